extension SimulatedAccount {
  /// Draws account `index`: its name, owner, arrival and behaviour.
  ///
  /// Each account has its own random stream, so an account's life depends on
  /// the seed, its index and its owner's schedule, not on the other accounts.
  static func draw(
    index: Int, config: SimulationConfig, owners: [SimulatedOwner], days: Int
  ) -> SimulatedAccount {
    var random = SimulationRandom(seed: config.seed, stream: UInt64(index) + 1)
    let company = SimulationNames.company(index, using: &random)
    let established = random.chance(config.establishedShare)
    var owner = random.int(0...owners.count - 1)
    var registered = 0
    if established {
      registered = random.int(0...min(60, days))
    } else {
      // Prospects arrive more often while their owner pushes acquisition.
      repeat {
        owner = random.int(0...owners.count - 1)
        registered = random.int(0...max(0, days - 14))
      } while owners[owner].focus(at: registered) == nil && !random.chance(0.35)
    }
    var account = SimulatedAccount(
      index: index, slug: company.slug, name: company.name, segment: company.segment,
      owner: owner, random: random)
    account.established = established
    account.registeredDay = registered
    account.drawBehaviour(activity: config.activity)
    return account
  }

  private mutating func drawBehaviour(activity: Double) {
    demanding = random.chance(0.12)
    oneOff = !established && random.chance(0.15)
    orderSize = min(max(random.logNormal(mu: SimulationMath.log(250_000), sigma: 1.1), 5_000), 5e8)
    rate = min(max(random.logNormal(mu: SimulationMath.log(5), sigma: 1.35) * activity, 0.4), 250)
    rhythm = random.pick([
      (random.uniform(3, 8), 0.4), (random.uniform(1.2, 3), 0.4), (random.uniform(0.5, 1), 0.2),
    ])
    if demanding {
      margin = random.uniform(0.06, 0.14)
      negotiates = random.uniform(0.4, 0.7)
      complaintRate = random.uniform(0.08, 0.2)
    } else if oneOff {
      margin = random.uniform(0.35, 0.5)
      negotiates = 0
    } else {
      margin = min(max(0.26 + 0.07 * random.normal(), 0.08), 0.5)
      negotiates = random.uniform(0.05, 0.35)
      complaintRate = random.uniform(0.01, 0.06)
    }
    hazard = random.logNormal(mu: SimulationMath.log(0.045), sigma: 0.5)
    if established {
      winProbability = 1
      willWin = true
      decisionDay = registeredDay + random.int(0...30)
    } else {
      winProbability = random.pick([
        (random.uniform(0.7, 0.95), 0.3), (random.uniform(0.35, 0.7), 0.4),
        (random.uniform(0.05, 0.35), 0.3),
      ])
      winProbability = (winProbability * 100).rounded() / 100
      willWin = random.chance(winProbability)
      decisionDay = registeredDay + random.int(20...150)
    }
  }

  /// Sets the tier and the meeting cadence that follows from it.
  mutating func assign(_ tier: Tier) {
    self.tier = tier
    switch tier {
    case .key: cadence = 30
    case .mid: cadence = 75
    // Half the small clients just order: nobody visits them unless something comes up.
    case .small: cadence = random.chance(0.5) ? 540 : 180
    }
    // Demanding clients call for far more service than their size deserves.
    if demanding { cadence = max(20, cadence / 3) }
  }
}
