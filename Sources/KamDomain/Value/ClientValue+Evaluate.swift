public import KamTime

extension ClientValue {
  /// The client's value over the policy's window ending on `date` (see ``ValueWindow``).
  ///
  /// Facts are taken by business date, wherever they sit in the stream, so a
  /// backdated sale recorded after later events still counts on its own date.
  /// Retracted facts are left out.
  public static func evaluate(
    _ history: ClientHistory, on date: CalendarDate, policy: Policy
  ) -> ClientValue {
    evaluate(history, in: ValueWindow(endingOn: date, policy: policy), policy: policy)
  }

  /// The client's value over an explicit window.
  public static func evaluate(
    _ history: ClientHistory, in window: ValueWindow, policy: Policy
  ) -> ClientValue {
    var revenue = Money.zero
    var cogs = Money.zero
    var costToServe = Money.zero
    for sale in history.sales where window.contains(sale.date) && !history.isRetracted(sale.seq) {
      revenue += sale.amount
      cogs += sale.cost
    }
    for meeting in history.meetings
    where window.contains(meeting.date) && !history.isRetracted(meeting.seq) {
      costToServe += meeting.costToServe(policy: policy)
    }
    for complaint in history.complaints {
      // A resolution costs on the day it was resolved. It counts only while both
      // the resolution and the complaint itself stand: a retracted complaint was
      // recorded in error, and so was anything paid to settle it.
      guard let resolvedOn = complaint.resolvedOn, let resolutionSeq = complaint.resolutionSeq,
        window.contains(resolvedOn), !history.isRetracted(resolutionSeq),
        !history.isRetracted(complaint.seq)
      else { continue }
      costToServe += complaint.resolutionCost
    }
    return ClientValue(
      client: history.client, revenue: revenue, cogs: cogs, costToServe: costToServe)
  }
}
