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
    // The latent fit comes first; every draw it shapes below keeps noise of its own, so the
    // behaviour only hints at the fit (see `fit`).
    fit = random.normal()
    let z = fit
    demanding = random.chance(0.12)
    // One-off buyers are mostly poor fits: 15 % of won prospects at z = 0.
    oneOff = !established && random.chance(Self.logistic(Self.logit(0.15) - 0.8 * z))
    let size = random.logNormal(mu: SimulationMath.log(250_000) + 0.25 * z, sigma: 1.07)
    orderSize = min(max(size, 5_000), 5e8)
    // Total log-σ ≈ 1.35 as before the fit: 0.75 from the fit, 1.12 of the client's own.
    let orders = random.logNormal(mu: SimulationMath.log(5) + 0.75 * z, sigma: 1.12)
    rate = min(max(orders * activity, 0.4), 250)
    // Good fits buy regularly, poor ones in bursts.
    let regular = SimulationMath.exp(0.7 * z)
    rhythm = random.pick([
      (random.uniform(3, 8), 0.4 * regular), (random.uniform(1.2, 3), 0.4),
      (random.uniform(0.5, 1), 0.2 / regular),
    ])
    let friction = SimulationMath.exp(-0.3 * z)
    if demanding {
      margin = random.uniform(0.06, 0.14)
      negotiates = min(random.uniform(0.4, 0.7) * friction, 0.9)
      complaintRate = min(random.uniform(0.08, 0.2) * friction, 0.4)
    } else if oneOff {
      margin = random.uniform(0.35, 0.5)
      negotiates = 0
    } else {
      margin = min(max(0.26 + 0.07 * random.normal(), 0.08), 0.5)
      negotiates = min(random.uniform(0.05, 0.35) * friction, 0.9)
      complaintRate = min(random.uniform(0.01, 0.06) * friction, 0.4)
    }
    // The base hazard: median 3 % a year at z = 0, about 3.3 times higher per standard
    // deviation of poorer fit, with a client-own spread (σ 0.4) besides.
    hazard = random.logNormal(mu: SimulationMath.log(0.05) - 1.6 * z, sigma: 0.4)
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
      // Good fits decide sooner: 20–150 days at z = 0.
      let courting = Double(random.int(20...150)) * SimulationMath.exp(-0.25 * z)
      decisionDay = registeredDay + min(max(Int(courting.rounded()), 10), 240)
    }
  }

  /// How readily the client answers a meeting with an order (see ``BookSimulator``'s meetings).
  var responsiveness: Double { min(0.5, 0.15 * SimulationMath.exp(0.6 * fit)) }

  /// The yearly drift of the order rate's logarithm: good fits grow, poor fits fade.
  var growth: Double { 0.08 * fit }

  static func logistic(_ x: Double) -> Double { 1 / (1 + SimulationMath.exp(-x)) }

  static func logit(_ p: Double) -> Double { SimulationMath.log(p / (1 - p)) }

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
