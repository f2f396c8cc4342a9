import KamDomain
import KamTime
import Testing

@Suite("A client's history stored as a snapshot")
struct ClientHistorySnapshotTests {
  @Test(
    "given random histories, then a snapshot reads back to the same history, byte for byte",
    arguments: 0..<40 as Range<UInt64>)
  func roundTrip(seed: UInt64) throws {
    let history = RandomHistory(seed: seed).given.history
    let bytes = history.snapshot
    let back = try ClientHistory(snapshot: bytes)
    #expect(back == history)
    #expect(back.snapshot == bytes)
    #expect(back.segment == history.segment && back.owner == history.owner)
    #expect(back.winProbability == history.winProbability)
    #expect(back.expectedValue == history.expectedValue)
    #expect(back.registeredAsProspect == history.registeredAsProspect)
  }

  @Test("given every kind of fact, then all of it survives, optional parts included")
  func everyKind() throws {
    var given = GivenClient("acme")
    given.prospect(winProbability: 0.75, on: "2026-01-02")
    given.sale(1_000, cost: 400, on: "2026-01-05")
    given.meeting(minutes: 45, on: "2026-01-06")
    given.meeting(cost: 120, on: "2026-01-07")
    given.complaint("c1", on: "2026-01-08")
    given.resolved("c1", cost: 50, on: "2026-01-09")
    given.assessed(attractiveness: 70, standing: 40, on: "2026-01-10")
    given.strategic(on: "2026-01-11")
    given.notStrategic(on: "2026-01-12")
    given.retract(2, on: "2026-01-13")
    let history = given.history
    let back = try ClientHistory(snapshot: history.snapshot)
    #expect(back == history)
    #expect(back.snapshot == history.snapshot)
  }

  @Test("damaged or foreign bytes are refused, never misread")
  func damaged() {
    var given = GivenClient("acme")
    given.sale(1_000, on: "2026-01-05")
    let bytes = given.history.snapshot
    #expect(throws: SnapshotError.self) { try ClientHistory(snapshot: Array(bytes.dropLast())) }
    #expect(throws: SnapshotError.self) { try ClientHistory(snapshot: bytes + [0]) }
    var other = bytes
    other[0] = 9
    #expect(throws: SnapshotError.self) { try ClientHistory(snapshot: other) }
    #expect(throws: SnapshotError.self) { try ClientHistory(snapshot: []) }
  }
}

@Suite("The snapshot's integers")
struct SnapshotIntegerTests {
  @Test(
    "integers of every size read back exactly",
    arguments: [0, 1, -1, 63, -64, 64, 127, 128, -129, 300, Int64(Int32.max), .max, .min] as [Int64]
  )
  func roundTrip(value: Int64) throws {
    var given = GivenClient("acme")
    given.event(
      .prospectRegistered(
        ProspectRegistered(
          client: slug("acme"), name: "ACME", winProbability: 0.5,
          expectedValue: Money(minorUnits: value))),
      on: "2026-01-04")
    given.sale(1, on: "2026-01-05")
    var history = given.history
    history.lastSeq = value
    let back = try ClientHistory(snapshot: history.snapshot)
    #expect(back.lastSeq == value)
    #expect(back.expectedValue == Money(minorUnits: value))
  }
}
