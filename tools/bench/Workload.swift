import KamDomain
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
