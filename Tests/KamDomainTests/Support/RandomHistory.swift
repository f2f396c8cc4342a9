import KamDomain
import KamTime

/// A random client history and policy, reproducible from a seed.
///
/// Thresholds and the window are shrunk at random so that every rule and
/// trigger fires within a few hundred days; events are appended in shuffled
/// order (so many are backdated), then resolutions and endings, then
/// retractions, some of them of retractions. `everyKind` adds, after all that,
/// the facts the stage rules read little of: registrations again (as prospect
/// and client, with new names, owners and terms), strategic marks, second
/// resolutions and endings, and strays (a resolution or an ending of nothing).
struct RandomHistory {
  var given = Given()
  var policy = Policy()
  var today = 0

  init(seed: UInt64, everyKind: Bool = false) {
    var rng = SplitMix64(seed: seed)
    let span: Int
    if seed % 5 == 0 {
      span = 900  // the default policy over a few years
    } else {
      span = 360
      policy.windowDays = Int.random(in: 1...180, using: &rng)
      policy.partnershipSales = Int.random(in: 1...4, using: &rng)
      policy.partnershipTenureDays = Int.random(in: 0...90, using: &rng)
      policy.partnershipMeetings = Int.random(in: 0...2, using: &rng)
      policy.cooperationSales = Int.random(in: 1...3, using: &rng)
      policy.cooperationMeetings = Int.random(in: 0...2, using: &rng)
      policy.staleComplaintDays = Int.random(in: 0...20, using: &rng)
      policy.synergyStanding = Int.random(in: 40...80, using: &rng)
      policy.goldenShotQuietDays = Int.random(in: 0...20, using: &rng)
      policy.hourlyRateMinor = Int64.random(in: 0...30_000, using: &rng)
    }
    today = Int.random(in: -20...span + 60, using: &rng)
    let day = { (rng: inout SplitMix64) in Int.random(in: 0...span, using: &rng) }
    var actions: [(inout Given) -> Void] = []
    if Bool.random(using: &rng) {
      let registered = day(&rng)
      actions.append { $0.registered(on: registered) }
    }
    for _ in 0..<Int.random(in: 0...20, using: &rng) {
      let (date, amount) = (day(&rng), Int64.random(in: 1...200_000, using: &rng))
      let cost = Int64.random(in: 0...amount * 5 / 4, using: &rng)
      actions.append { $0.sale(on: date, amount: amount, cost: cost) }
    }
    for _ in 0..<Int.random(in: 0...6, using: &rng) {
      let date = day(&rng)
      let minutes = Bool.random(using: &rng) ? Int64.random(in: 0...240, using: &rng) : nil
      let cost =
        Int.random(in: 0..<4, using: &rng) == 0
        ? Int64.random(in: 0...50_000, using: &rng) : nil
      actions.append { $0.meeting(on: date, minutes: minutes, cost: cost) }
    }
    for _ in 0..<Int.random(in: 0...3, using: &rng) {
      let date = day(&rng)
      actions.append { $0.negotiation(on: date) }
    }
    for _ in 0..<Int.random(in: 0...3, using: &rng) {
      let (date, standing) = (day(&rng), Int64.random(in: 30...100, using: &rng))
      actions.append { $0.assessed(standing: standing, on: date) }
    }
    var followUps: [(inout Given) -> Void] = []
    for index in 0..<Int.random(in: 0...3, using: &rng) {
      let (id, filed) = ("c\(index)", day(&rng))
      actions.append { $0.complaint(id, on: filed) }
      guard Int.random(in: 0..<3, using: &rng) > 0 else { continue }
      let resolved = filed + Int.random(in: 0...60, using: &rng)
      let cost = Int64.random(in: 0...100_000, using: &rng)
      followUps.append { $0.resolved(id, on: resolved, cost: cost) }
    }
    for index in 0..<Int.random(in: 0...3, using: &rng) {
      let (id, from) = ("i\(index)", day(&rng))
      let to = Bool.random(using: &rng) ? from + Int.random(in: -5...200, using: &rng) : nil
      actions.append { $0.initiative(id, from: from, to: to) }
      guard Bool.random(using: &rng) else { continue }
      let last = from + Int.random(in: -3...90, using: &rng)
      followUps.append { $0.initiativeEnded(id, last: last, on: max(from, last)) }
    }
    actions.shuffle(using: &rng)
    followUps.shuffle(using: &rng)
    for action in actions + followUps { action(&given) }
    for _ in 0..<Int.random(in: 0...3, using: &rng) where given.seq > 0 {
      let target = Int64.random(in: 1...given.seq, using: &rng)
      given.retract(target, on: day(&rng))
    }
    if everyKind { addEveryKind(&rng, day: day) }
  }

  private mutating func addEveryKind(
    _ rng: inout SplitMix64, day: (inout SplitMix64) -> Int
  ) {
    let client = Given.client
    for index in 0..<Int.random(in: 0...6, using: &rng) {
      let on = day(&rng)
      let owner = Bool.random(using: &rng) ? "owner-\(index)" : nil
      let segment = Bool.random(using: &rng) ? "segment-\(index)" : nil
      switch Int.random(in: 0..<9, using: &rng) {
      case 0:
        given.record(
          .clientRegistered(
            ClientRegistered(client: client, name: "ACME \(index)", segment: segment, owner: owner)),
          on: on)
      case 1:
        let probability = Double(Int.random(in: 0...100, using: &rng)) / 100
        let expected = Bool.random(using: &rng) ? Money(minorUnits: Int64(index) * 1_000) : nil
        given.record(
          .prospectRegistered(
            ProspectRegistered(
              client: client, name: "ACME \(index)", segment: segment, owner: owner,
              winProbability: probability, expectedValue: expected)),
          on: on)
      case 2:
        given.record(
          .strategicFlagSet(StrategicFlagSet(client: client, reason: "reason \(index)")), on: on)
      case 3:
        given.record(.strategicFlagCleared(StrategicFlagCleared(client: client)), on: on)
      case 6:
        given.record(.clientRenamed(ClientRenamed(client: client, name: "ACME \(index)")), on: on)
      case 7:
        given.record(
          .clientReassigned(ClientReassigned(client: client, owner: "owner-\(index)")), on: on)
      case 8:
        given.record(
          .clientSegmentChanged(ClientSegmentChanged(client: client, segment: "segment-\(index)")),
          on: on)
      case 4:
        // A second resolution of a known complaint, or a stray one.
        given.resolved("c\(Int.random(in: 0...3, using: &rng))", on: on, cost: 100)
      default:
        // A second ending of a known initiative, or a stray one.
        given.initiativeEnded("i\(Int.random(in: 0...3, using: &rng))", last: on, on: on)
      }
    }
    for _ in 0..<Int.random(in: 0...2, using: &rng) where given.seq > 0 {
      given.retract(Int64.random(in: 1...given.seq, using: &rng), on: day(&rng))
    }
  }
}
