import KamDomain
import KamTime
import Testing

@Suite("Client value over the trailing window")
struct ClientValueTests {
  let policy = Policy()
  let t = day("2026-12-31")

  @Test("given sales, a meeting and a resolved complaint, then profit is revenue − cogs − cost")
  func profitFormula() {
    var given = GivenClient("acme")
    given.sale(10_000, cost: 6_000, on: "2026-03-01")
    given.sale(5_000, cost: 2_000, on: "2026-06-01")
    given.meeting(cost: 500, on: "2026-04-01")
    given.complaint("c1", on: "2026-05-01")
    given.resolved("c1", cost: 1_500, on: "2026-05-10")

    let value = ClientValue.evaluate(given.history, on: t, policy: policy)

    #expect(value.client == slug("acme"))
    #expect(value.revenue == money(15_000))
    #expect(value.cogs == money(8_000))
    #expect(value.costToServe == money(2_000))
    #expect(value.profit == money(5_000))
    #expect(!value.unprofitable)
  }

  /// (days before t, whether a sale dated then counts).
  static let boundaries: [(Int64, Bool)] = [
    (0, true),
    (1, true),
    (364, true),  // W − 1 days before: the window's first day
    (365, false),  // exactly W days before: the previous window's last day
    (400, false),
    (-1, false),  // after t: not known as of t
  ]

  @Test(
    "given one sale some days before t, when evaluated on t, then it counts only inside (t−W, t]",
    arguments: boundaries)
  func windowBoundary(daysBefore: Int64, counts: Bool) {
    var given = GivenClient("acme")
    given.sale(1_000, on: t.adding(days: -daysBefore).description)

    let value = ClientValue.evaluate(given.history, on: t, policy: policy)

    #expect(value.revenue == (counts ? money(1_000) : .zero))
  }

  @Test("the window is the W days ending on t, both ends inclusive")
  func windowConvention() {
    let window = ValueWindow(endingOn: t, policy: policy)
    #expect(window.first == day("2026-01-01"))
    #expect(window.days == 365)
    #expect(window.contains(day("2026-01-01")))
    #expect(!window.contains(day("2025-12-31")))
    #expect(window.contains(t))
    #expect(!window.contains(day("2027-01-01")))
  }

  @Test("given a backdated sale recorded after later events, then it counts by its business date")
  func backdatedSale() {
    var given = GivenClient("acme")
    given.sale(1_000, on: "2026-11-01")
    given.meeting(cost: 100, on: "2026-12-01")
    given.sale(4_000, cost: 1_000, on: "2026-02-15")  // entered late, dated early
    given.sale(9_000, on: "2025-06-01")  // backdated beyond the window

    let value = ClientValue.evaluate(given.history, on: t, policy: policy)
    // On 2026-05-31 the window starts on 2025-06-01: both backdated sales count.
    let earlier = ClientValue.evaluate(given.history, on: day("2026-05-31"), policy: policy)

    #expect(value.revenue == money(5_000))
    #expect(value.profit == money(3_900))
    #expect(earlier.revenue == money(13_000))
  }

  @Test("given a retracted sale, then it is excluded; retracting the retraction restores it")
  func retractedSale() {
    var given = GivenClient("acme")
    given.sale(1_000, on: "2026-03-01")
    let wrong = given.sale(7_000, cost: 3_000, on: "2026-03-02")
    let retraction = given.retract(wrong, on: "2026-03-03")
    #expect(ClientValue.evaluate(given.history, on: t, policy: policy).revenue == money(1_000))

    given.retract(retraction, on: "2026-03-04")
    let restored = ClientValue.evaluate(given.history, on: t, policy: policy)
    #expect(restored.revenue == money(8_000))
    #expect(restored.cogs == money(3_000))
  }

  /// (minutes, explicit cost in minor units, hourly rate in minor units, expected cost).
  static let meetings: [(Int64?, Int64?, Int64, Int64)] = [
    (90, nil, 20_000, 30_000),
    (1, nil, 20_000, 333),  // 333.33… rounds down
    (1, nil, 100, 2),  // 1.66… rounds up
    (1, nil, 90, 2),  // exactly 1.5: half-up
    (1, nil, 30, 1),  // exactly 0.5: half-up
    (0, nil, 20_000, 0),
    (90, 1_000, 20_000, 1_000),  // the explicit cost wins
    (nil, nil, 20_000, 0),  // nothing known: free
  ]

  @Test(
    "given a meeting, its cost is the explicit cost, else minutes × hourly rate / 60, half-up",
    arguments: meetings)
  func meetingCost(minutes: Int64?, cost: Int64?, rate: Int64, minor: Int64) {
    var policy = Policy()
    policy.hourlyRateMinor = rate
    var given = GivenClient("acme")
    given.meeting(minutes: minutes, costMinor: cost, on: "2026-06-01")

    let value = ClientValue.evaluate(given.history, on: t, policy: policy)

    #expect(value.costToServe == Money(minorUnits: minor))
    #expect(value.profit == Money(minorUnits: -minor))
  }

  @Test("given a retracted meeting, then its cost is excluded")
  func retractedMeeting() {
    var given = GivenClient("acme")
    let meeting = given.meeting(minutes: 60, on: "2026-06-01")
    given.retract(meeting, on: "2026-06-02")

    #expect(ClientValue.evaluate(given.history, on: t, policy: policy).costToServe == .zero)
  }
}
