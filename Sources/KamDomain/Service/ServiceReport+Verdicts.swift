extension ServiceReport {
  /// The verdict on one row and why, in words and numbers (`docs/service.md`, "Verdicts").
  ///
  /// Over-served first: a client sold at a loss once its cost to serve is counted (unless
  /// marked strategic), or a client outside the key accounts met as often as key accounts
  /// usually are while its share of its owner's time is well above its share of the
  /// owner's profit (a client in synergy aside: a joint initiative is meetings by design).
  /// Then under-served: a key or class B client met well below its tier's
  /// usual, or out of its own rhythm at the period's end. Prospects and new clients are
  /// courted by design: balanced.
  static func verdict(
    of row: ServiceRow, usualMeetings: [ServiceTier: Double], days: Int64, policy: Policy
  ) -> (ServiceVerdict, String) {
    let span = ServiceText.span(days: days)
    let effort =
      "\(ServiceText.count(row.meetings, "meeting")), "
      + "\(ServiceText.grouped(row.minutes)) minutes in \(span)"
    let tierUsual = usualMeetings[row.tier]
    let usualWords =
      tierUsual.map { "; \(row.tier.plural) usually get \(ServiceText.number($0))" } ?? ""
    let stake =
      row.valueAtStake.map { $0 > .zero ? "; value at stake \(ServiceText.money($0))" : "" }
      ?? ""
    if row.tier == .acquisition {
      return (
        .balanced,
        (row.stage == .prospect ? "a prospect: " : "new: ")
          + effort + usualWords
      )
    }
    let strategic = row.keyAccountReasons.contains(.strategic)
    if row.profit < .zero, row.costToServe > .zero, !strategic {
      var cost = "\(ServiceText.money(row.costToServe)) cost to serve"
      if row.complaintCost > .zero {
        cost += " (complaint handling \(ServiceText.money(row.complaintCost)))"
      }
      return (
        .overServed,
        "unprofitable after cost to serve: profit \(ServiceText.money(row.profit)) over "
          + ServiceText.window(days: policy.windowDays) + "; "
          + "\(ServiceText.count(row.meetings, "meeting")), "
          + "\(ServiceText.grouped(row.minutes)) minutes, \(cost) in \(span)"
      )
    }
    // A joint initiative (synergy) is meetings by design: not "met like a key account".
    if row.tier == .classB || row.tier == .classC, row.stage != .synergy,
      let keyUsual = usualMeetings[.key],
      keyUsual > 0, row.meetings > 0,
      Double(row.meetings) >= policy.serviceKeyLikeShare * keyUsual,
      row.effortShare >= policy.serviceOverFactor * row.valueShare, row.effortShare > 0
    {
      return (
        .overServed,
        "met like a key account: " + effort + usualWords
          + ", key accounts \(ServiceText.number(keyUsual)); "
          + "\(ServiceText.percent(row.effortShare)) of \(row.owner)'s minutes for "
          + "\(ServiceText.percent(row.valueShare)) of the profit"
      )
    }
    if row.tier == .key || row.tier == .classB {
      if let tierUsual, tierUsual > 0,
        Double(row.meetings) < policy.serviceUnderShare * tierUsual
      {
        return (.underServed, "below its tier: " + effort + usualWords + stake)
      }
      if let gap = row.daysSinceContact, let usual = row.usualContactGap,
        Double(gap) > policy.serviceGapFactor * usual
      {
        return (
          .underServed,
          "out of rhythm: no meeting for \(ServiceText.grouped(gap)) days, usually every "
            + "\(ServiceText.number(usual)); " + effort + stake
        )
      }
    }
    return (.balanced, effort + usualWords)
  }
}
