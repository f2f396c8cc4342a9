import KamEventLog
import KamTime

/// The events both contenders append: realistic ~200-byte JSON payloads over a
/// few thousand client streams, generated once so neither side pays for it.
struct Workload {
  let events: [NewEvent]

  init(count: Int, streams: Int) {
    var generator = SplitMix64(seed: 42)
    let start = Instant(iso: "2020-01-01T09:00:00Z")!
    events = (0..<count).map { n in
      let client = "client-\(Int(generator.next() % UInt64(streams)))"
      let amount = 1000 + Int(generator.next() % 5_000_000)
      let payload =
        #"{"client":"\#(client)","amount":\#(amount),"cost":\#(amount * 6 / 10),"#
        + #""ref":"INV-2026-\#(100_000 + n)","note":"quarterly order of consumables for the "#
        + #"north plant, delivered by truck to dock \#(n % 9)"}"#
      return NewEvent(
        id: EventID(rawValue: "bench-\(n)"), stream: StreamID(client), type: "sale-recorded",
        typeVersion: 2,
        occurredAt: start.advanced(byMilliseconds: Int64(n) * 60_000),
        payload: Array(payload.utf8))
    }
  }
}

/// A small, fast, seedable generator, so every run appends the same events.
struct SplitMix64: RandomNumberGenerator {
  var state: UInt64
  init(seed: UInt64) { state = seed }
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
