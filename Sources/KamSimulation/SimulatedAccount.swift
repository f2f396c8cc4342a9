import KamDomain

/// One simulated account: who it is, how it behaves, and where it stands.
struct SimulatedAccount {
  /// Where the account is in its life.
  enum Phase: Hashable, Sendable {
    /// Not registered yet.
    case waiting
    /// Registered, first sale not made yet (prospects are courted here).
    case courting
    /// Buying.
    case client
    /// Stopped buying; may still get a win-back call.
    case churned
    /// Nothing more will happen.
    case done
  }

  /// How much attention the account is worth to its owner.
  enum Tier: Hashable, Sendable {
    /// The best relationships: frequent reviews, assessments, initiatives.
    case key
    /// Regular clients.
    case mid
    /// Small clients, seen rarely.
    case small
  }

  /// A complaint waiting for its resolution.
  struct OpenComplaint: Hashable, Sendable {
    var id: String
    var filedDay: Int
    var resolveDay: Int
    var recordedDay: Int
    var cost: Int64
  }

  /// A joint initiative going on.
  struct OpenInitiative: Hashable, Sendable {
    var id: String
    var lastDay: Int
    /// True when the start event named no last day, so an end event follows.
    var needsEndEvent: Bool
    var recordedDay: Int
  }

  // Identity
  let index: Int
  let slug: ClientSlug
  let name: String
  let segment: String
  let owner: Int
  var random: SimulationRandom

  // Profile, drawn once
  /// The latent fit: a standard normal z-score, drawn before everything else it shapes.
  ///
  /// Real clients differ in an underlying propensity to work with us: a well-fitting one
  /// buys more often, more regularly and a little more, haggles and complains less, takes
  /// less courting, answers a meeting with an order, grows, and stays longer. The fit
  /// shapes those behaviours and the base hazard of leaving; kam never sees it, only the
  /// behaviour (docs/simulation.md, "Latent fit").
  var fit = 0.0
  var established = false
  var registeredDay = 0
  var winProbability = 1.0
  var willWin = true
  var decisionDay = 0
  var orderSize = 0.0
  var rate = 0.0
  var rhythm = 1.0
  var margin = 0.25
  var negotiates = 0.2
  var complaintRate = 0.03
  var cadence = 90.0
  var tier = Tier.small
  var demanding = false
  var oneOff = false
  var hazard = 0.07

  // State
  var phase = Phase.waiting
  var firstSaleDay: Int?
  var lastSaleDay: Int?
  var sales = 0
  var nextSale = Int.max
  var nextMeeting = Int.max
  var nextNegotiation: Int?
  var pendingOrder: (day: Int, list: Double, discount: Int)?
  var nextComplaint: Int?
  var complaints: [OpenComplaint] = []
  var complaintCount = 0
  var complaintsSinceAssessment = 0
  var nextAssessment = Int.max
  var standing = 65.0
  var initiative: OpenInitiative?
  var initiativeCount = 0
  var strategic = false
  var nextStrategic: Int?
  /// The owner's choice for the latest push: its first day, and whether this client slides.
  var focusDecision: (start: Int, neglect: Bool)?
  var neglectedSince: Int?
  var neglectedSinceAssessment = false
  var wasNeglected = false
  /// While the client has made up its mind to leave: the day it stops, and why it began.
  var fading: (until: Int, cause: String)?
  var churnDay: Int?
  var winBack = 0
  var nextYear = Int.max

  init(
    index: Int, slug: ClientSlug, name: String, segment: String, owner: Int,
    random: SimulationRandom
  ) {
    self.index = index
    self.slug = slug
    self.name = name
    self.segment = segment
    self.owner = owner
    self.random = random
  }

  /// The stream of its events.
  var stream: String { slug.rawValue }

  /// True once the account has bought for a year: the clients neglect hurts.
  func isLoyal(at t: Int) -> Bool {
    guard let first = firstSaleDay else { return false }
    return t - first >= 365
  }

  /// Expected yearly gross profit at full activity: what its tier is based on.
  var expectedGrossProfit: Double { orderSize * rate * margin }
}
