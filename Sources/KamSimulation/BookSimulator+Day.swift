import KamDomain
import KamTime

extension BookSimulator {
  /// Simulates day `t` for every account, then turns the day's entries into batches.
  mutating func simulate(day t: Int) {
    if !isWeekend(t) {
      // Stepping accounts outside `self` lets each step mutate both freely.
      var accounts = self.accounts
      self.accounts = []
      for index in accounts.indices where accounts[index].phase != .done {
        step(&accounts[index], t)
      }
      self.accounts = accounts
    }
    flush(day: t)
  }

  /// One business day of one account.
  private mutating func step(_ a: inout SimulatedAccount, _ t: Int) {
    switch a.phase {
    case .waiting:
      if t >= a.registeredDay { register(&a, t) }
    case .courting:
      court(&a, t)
    case .client:
      serve(&a, t)
    case .churned:
      afterChurn(&a, t)
    case .done:
      break
    }
  }

  private mutating func register(_ a: inout SimulatedAccount, _ t: Int) {
    let owner = owners[a.owner].name
    if a.established {
      let event = ClientRegistered(client: a.slug, name: a.name, segment: a.segment, owner: owner)
      emit(&a, .clientRegistered(event), on: t, backdate: false, minute: 8 * 60)
      summary.clientsRegistered += 1
      a.nextMeeting = t + a.random.int(0...20)
    } else {
      // The expected value is the owner's guess at a year's revenue, rounded as people do.
      let guess = a.orderSize * a.rate * a.random.logNormal(mu: 0, sigma: 0.5)
      let rounded = Int64((guess / 100_000).rounded()) * 100_000
      let event = ProspectRegistered(
        client: a.slug, name: a.name, segment: a.segment, owner: owner,
        winProbability: a.winProbability, expectedValue: Money(minorUnits: max(rounded, 100_000)))
      emit(&a, .prospectRegistered(event), on: t, backdate: false, minute: 8 * 60)
      summary.prospectsRegistered += 1
      a.nextMeeting = t + a.random.int(1...10)
      if a.random.chance(0.5) && !a.oneOff {
        a.nextNegotiation = max(t + 1, a.decisionDay - a.random.int(3...20))
      }
    }
    a.decisionDay = max(a.decisionDay, t)
    a.phase = .courting
    truth.records.append(
      .init(
        kind: .fit, owner: owner, client: a.stream, from: date(t), to: nil,
        detail: SimulationTruth.fitText(a.fit)))
  }

  /// Before the first sale: meetings, perhaps a negotiation, then won or lost.
  private mutating func court(_ a: inout SimulatedAccount, _ t: Int) {
    if t >= a.nextMeeting && !a.oneOff {
      meet(&a, t, prospect: true)
      let focus = owners[a.owner].focus(at: t) != nil
      a.nextMeeting = t + Int(a.random.uniform(20, 45) * (focus ? 0.6 : 1))
    }
    if let day = a.nextNegotiation, t >= day {
      a.nextNegotiation = nil
      let list = a.orderSize * a.random.logNormal(mu: 0, sigma: 0.3)
      negotiate(&a, t, list: list, outcome: a.willWin ? .won : .lost)
    }
    guard t >= a.decisionDay else { return }
    if a.willWin {
      if !a.established {
        summary.prospectsWon += 1
        truth.records.append(
          .init(
            kind: .won, owner: owners[a.owner].name, client: a.stream,
            from: date(a.registeredDay), to: date(t)))
      }
      becomeClient(&a, t)
    } else {
      summary.prospectsLost += 1
      truth.records.append(
        .init(
          kind: .lost, owner: owners[a.owner].name, client: a.stream,
          from: date(a.registeredDay), to: date(t)))
      a.phase = .done
    }
  }

  private mutating func becomeClient(_ a: inout SimulatedAccount, _ t: Int) {
    a.phase = .client
    a.firstSaleDay = t
    sell(&a, t, list: a.orderSize * a.random.logNormal(mu: 0, sigma: 0.35), discount: 0)
    if a.oneOff {
      churn(&a, t, cause: "one-off")
      return
    }
    a.nextSale = t + gap(&a, t)
    a.nextMeeting = min(a.nextMeeting, t + a.random.int(7...30))
    a.nextYear = t + 365
    if a.tier == .key {
      a.standing = min(max(75 + 10 * a.random.normal(), 30), 95)
      a.nextAssessment = t + a.random.int(120...300)
    }
    if a.random.chance(a.tier == .key ? 0.2 : 0.02) {
      a.nextStrategic = t + a.random.int(30...400)
    }
    if a.demanding {
      truth.records.append(
        .init(
          kind: .demanding, owner: owners[a.owner].name, client: a.stream, from: date(t), to: nil,
          detail: "low margin and frequent service"))
    }
  }

  /// Days until the next order: the client's rhythm, slower while a new client ramps up.
  func gap(_ a: inout SimulatedAccount, _ t: Int) -> Int {
    let tenure = Double(t - (a.firstSaleDay ?? t))
    let ramp = a.established ? 1 : min(1, 0.5 + tenure / 730)
    let mean = 365 / (a.rate * ramp) * (a.fading == nil ? 1 : Self.fadeSlowdown)
    return max(1, Int(a.random.gamma(shape: a.rhythm, mean: mean).rounded()))
  }
}
