import KamDomain
import KamTime

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A synthetic book with a known truth: loyal clients are neglected at random (their
/// meetings stop) and neglected clients stop buying more often. Reproducible from a seed.
///
/// Days count from ``Given/origin``; the book is evaluated on day 1000 and runs to day
/// 1180, so the 180 days after it hold the truth.
///
/// - Four owners; `ala` and `bob` shift their attention to acquisition from about day 850
///   (many new prospects met every two weeks), and neglect 45 % of their clients; `cyn`
///   and `dan` neglect 10 %.
/// - A client first buys on a day in [0, 550], buys as a Poisson process with a mean gap
///   of 14–60 days and is met every 14–45 days (±20 %).
/// - Neglect starts on a day in [800, 970] ([850, 970] for shifting owners): no meeting
///   from then on. 70 % of neglected clients stop buying 20–200 days later.
/// - 12 % of the others stop buying on a day in [700, 1180], unannounced: their meetings
///   go on, so contact tells nothing about them.
/// - Noise for everyone alike: 10 % have a complaint in the last 200 days, resolved after
///   5–60 days; negotiations about twice a year, 10 % of them lost.
struct NeglectBook {
  static let owners = ["ala", "bob", "cyn", "dan"]
  static let today = 1000
  static let end = 1180

  /// Every history, clients then prospects.
  var histories: [ClientHistory] = []
  /// The neglected clients.
  var neglected: Set<ClientSlug> = []
  /// The evaluation day.
  var today: CalendarDate { Given.day(Self.today) }

  init(seed: UInt64, clients: Int = 400) {
    var rng = SplitMix64(seed: seed)
    var book = GivenBook()
    for index in 0..<clients {
      let slug = "c\(index)"
      let owner = Self.owners[index % Self.owners.count]
      let shifting = index % Self.owners.count < 2
      let isNeglected = Double.random(in: 0..<1, using: &rng) < (shifting ? 0.45 : 0.10)
      let first = Int.random(in: 0...550, using: &rng)
      let neglectStart =
        isNeglected ? Int.random(in: (shifting ? 850 : 800)...970, using: &rng) : Self.end + 1
      var churn = Self.end + 1
      if isNeglected, Double.random(in: 0..<1, using: &rng) < 0.7 {
        churn = neglectStart + Int.random(in: 20...200, using: &rng)
      } else if !isNeglected, Double.random(in: 0..<1, using: &rng) < 0.12 {
        churn = Int.random(in: 700...Self.end, using: &rng)
      }
      if isNeglected { neglected.insert(GivenBook.slug(slug)) }
      book.client(slug, owner: owner, on: first)
      let gap = Double.random(in: 14...60, using: &rng)
      var day = first
      while day <= min(churn - 1, Self.end) {
        book.sale(slug, on: day)
        day += max(1, Int((-log(Double.random(in: Double.ulpOfOne..<1, using: &rng)) * gap)))
      }
      let cadence = Double.random(in: 14...45, using: &rng)
      var meeting = first + Int.random(in: 0...Int(cadence), using: &rng)
      while meeting < min(neglectStart, Self.end + 1) {
        book.meeting(slug, on: meeting)
        meeting += max(1, Int(cadence * Double.random(in: 0.8...1.2, using: &rng)))
      }
      Self.noise(&book, slug, &rng)
    }
    for (index, owner) in Self.owners.enumerated() {
      Self.prospects(&book, owner: owner, shifting: index < 2, &rng)
    }
    histories = book.all
  }

  /// A complaint for one client in ten and a negotiation about twice a year.
  private static func noise(_ book: inout GivenBook, _ slug: String, _ rng: inout SplitMix64) {
    if Double.random(in: 0..<1, using: &rng) < 0.1 {
      let filed = Int.random(in: (today - 200)...today, using: &rng)
      book.complaint(slug, "k-\(slug)", on: filed)
      book.resolved(slug, "k-\(slug)", on: filed + Int.random(in: 5...60, using: &rng))
    }
    for _ in 0..<Int.random(in: 0...(end / 180), using: &rng) {
      let lost = Double.random(in: 0..<1, using: &rng) < 0.1
      book.negotiation(
        slug, on: Int.random(in: 0...end, using: &rng), granted: lost ? 0 : 500,
        outcome: lost ? .lost : .won)
    }
  }

  /// Five prospects per owner met every 30–50 days all along; a shifting owner adds
  /// fifteen more from about day 850, met every 10–20 days.
  private static func prospects(
    _ book: inout GivenBook, owner: String, shifting: Bool, _ rng: inout SplitMix64
  ) {
    let count = shifting ? 20 : 5
    for index in 0..<count {
      let slug = "p-\(owner)-\(index)"
      let late = index >= 5
      let start =
        late ? Int.random(in: 850...900, using: &rng) : Int.random(in: 0...60, using: &rng)
      book.prospect(slug, owner: owner, on: start)
      let cadence = late ? 10...20 : 30...50
      var day = start
      while day <= end {
        book.meeting(slug, on: day)
        day += Int.random(in: cadence, using: &rng)
      }
    }
  }
}
