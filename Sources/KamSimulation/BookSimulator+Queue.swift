import KamDomain
import KamTime

extension BookSimulator {
  /// Queues an event that occurred on day `t` for the day it will be entered.
  ///
  /// Mostly the same evening; with the configured share, days or weeks later
  /// (backdated). Never before `notBefore`, the entry day of an event it
  /// depends on (a complaint before its resolution). Returns the entry day.
  @discardableResult
  mutating func emit(
    _ account: inout SimulatedAccount, _ event: DomainEvent, on t: Int, notBefore: Int = 0,
    backdate: Bool = true, minute: Int? = nil, retractAfter: Int? = nil
  ) -> Int {
    let minuteOfDay = minute ?? (8 * 60 + account.random.int(0...479))
    let occurredAt = date(t).start.advanced(
      byMilliseconds: Int64(minuteOfDay) * 60_000 + Int64(account.random.int(0...59_999)))
    var entered = t
    if backdate, account.random.chance(config.backdatedShare) {
      // Most late entries come within a week; some wait for a month-end tidy-up.
      entered += account.random.chance(0.6) ? account.random.int(1...7) : account.random.int(8...45)
    }
    entered = businessDay(onOrAfter: max(entered, notBefore))
    guard entered <= days else {
      summary.notYetRecorded += 1
      return entered
    }
    queue[entered].append(
      QueuedEvent(
        stream: account.stream, event: event, occurredAt: occurredAt, owner: account.owner,
        retractAfter: retractAfter))
    return entered
  }

  /// `t`, or the Monday after when `t` falls on a weekend.
  func businessDay(onOrAfter t: Int) -> Int {
    var day = t
    while isWeekend(day) { day += 1 }
    return day
  }

  /// Turns what is entered on day `t` into batches: one per owner, in the
  /// evening, in the order the events were queued.
  mutating func flush(day t: Int) {
    let queued = queue[t]
    queue[t] = []
    guard !queued.isEmpty else { return }
    var byOwner = Array(repeating: [QueuedEvent](), count: owners.count)
    for item in queued { byOwner[item.owner].append(item) }
    for (owner, items) in byOwner.enumerated() where !items.isEmpty {
      // Owners type up their day one after another from 17:00, so system
      // time rises with the sequence number.
      let minute = 17 * 60 + owner * 10 + clock.int(0...8)
      let recordedAt = date(t).start.advanced(
        byMilliseconds: Int64(minute) * 60_000 + Int64(clock.int(0...59_999)))
      var events: [SimulatedEvent] = []
      events.reserveCapacity(items.count)
      for item in items {
        eventNumber += 1
        let event = SimulatedEvent(
          number: eventNumber, stream: item.stream, event: item.event,
          occurredAt: item.occurredAt, recordedAt: recordedAt)
        count(event)
        events.append(event)
        if let days = item.retractAfter { queueRetraction(of: event, owner: owner, after: days) }
      }
      batchNumber += 1
      summary.batches += 1
      ready.append(
        SimulationBatch(
          number: batchNumber, actor: owners[owner].login, recordedAt: recordedAt, events: events))
    }
  }

  /// Counts an event in the summary.
  mutating func count(_ event: SimulatedEvent) {
    summary.events += 1
    summary.eventsByType[event.event.type, default: 0] += 1
    if event.isBackdated { summary.backdated += 1 }
  }

  /// A mistaken entry is noticed and retracted a few days after it was entered;
  /// only now is its sequence number known.
  private mutating func queueRetraction(of event: SimulatedEvent, owner: Int, after days: Int) {
    let t = businessDay(onOrAfter: Int(start.days(to: event.recordedAt.date)) + days)
    guard t <= self.days else {
      summary.notYetRecorded += 1
      return
    }
    let retraction = DomainEvent.eventRetracted(
      EventRetracted(seq: event.number, reason: "entered twice"))
    queue[t].append(
      QueuedEvent(
        stream: event.stream, event: retraction,
        occurredAt: date(t).start.advanced(byMilliseconds: 9 * 3_600_000), owner: owner))
  }
}
