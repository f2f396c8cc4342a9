import KamBook
import KamDomain
import KamEventLog
import KamTime

/// One transaction of a ``MemoryBookStore``: the log part, on a copy of the state.
final class MemoryBookTransaction: BookTransaction {
  /// The state this transaction sees, and changes when writable.
  var state: MemoryBookState
  private let writable: Bool
  private let upcaster = BookUpcaster()

  init(_ state: MemoryBookState, writable: Bool) {
    self.state = state
    self.writable = writable
  }

  /// Refuses a change in a read transaction, as a database would.
  func requireWritable() throws {
    guard writable else {
      throw BookError(
        .bug, "this is a bug: a read transaction of the memory store was asked to write")
    }
  }

  func append(_ events: [NewEvent], context: AppendContext) throws -> AppendResult {
    try requireWritable()
    // On a copy: a batch refused half-way leaves nothing of itself.
    var working = state
    var stored: [StoredEvent] = []
    var duplicates = 0
    for event in events {
      guard !event.type.isEmpty, event.typeVersion >= 1 else {
        throw EventLogError(
          .invalidEvent, "event \(event.id) needs a type and a type version of at least 1")
      }
      if let position = working.positions[event.id] {
        stored.append(try upcast(working.events[position]))
        duplicates += 1
        continue
      }
      let current = working.streamVersions[event.stream] ?? 0
      guard event.expectedVersion.admits(current) else {
        throw EventLogError(
          .wrongExpectedVersion,
          "stream \(event.stream) is at version \(current), but the append expected "
            + "\(event.expectedVersion)")
      }
      var new = StoredEvent(
        seq: SequenceNumber(rawValue: Int64(working.events.count + 1)), id: event.id,
        stream: event.stream, streamVersion: current + 1, type: event.type,
        typeVersion: event.typeVersion, occurredAt: event.occurredAt,
        recordedAt: context.recordedAt, actor: context.actor, commandID: context.commandID,
        correlationID: event.correlationID, causationID: event.causationID,
        payload: event.payload, hash: [])
      new.hash = HashChain.hash(previous: working.head?.hash ?? HashChain.genesis, new)
      let recordedAt = context.recordedAt.millisecondsSinceEpoch
      if recordedAt < working.latestRecordedAt {
        working.outOfOrder.append(
          OutOfOrderRecord(
            seq: new.seq.rawValue, recordedAt: recordedAt,
            latestBefore: working.latestRecordedAt))
      } else {
        working.latestRecordedAt = recordedAt
      }
      working.positions[event.id] = working.events.count
      working.events.append(new)
      working.streamVersions[event.stream] = new.streamVersion
      working.head = ChainHead(seq: new.seq, hash: new.hash)
      stored.append(new)
    }
    state = working
    return AppendResult(events: stored, duplicates: duplicates)
  }

  func lastSequence() throws -> SequenceNumber {
    SequenceNumber(rawValue: Int64(state.events.count))
  }

  func lastSequence(recordedBy instant: Instant) throws -> SequenceNumber? {
    let k = instant.millisecondsSinceEpoch
    if state.outOfOrder.contains(where: { $0.recordedAt <= k && k < $0.latestBefore }) {
      return nil
    }
    // Not straddled: the events recorded by K are a prefix, ending at the last of them.
    return state.events.last { $0.recordedAt.millisecondsSinceEpoch <= k }?.seq ?? .zero
  }

  func streamVersion(of stream: StreamID) throws -> Int64 {
    state.streamVersions[stream] ?? 0
  }

  func forEachEvent(
    matching filter: EventFilter, fold: Bool, _ body: (StoredEvent) throws -> Void
  ) throws {
    let start = Int(filter.after.rawValue)
    let end = min(state.events.count, Int(filter.before.map { $0.rawValue - 1 } ?? Int64.max))
    guard start < end else { return }
    for event in state.events[start..<end] where Self.matches(event, filter) {
      try body(try upcast(event))
    }
  }

  private static func matches(_ event: StoredEvent, _ filter: EventFilter) -> Bool {
    (filter.stream.map { event.stream == $0 } ?? true)
      && (filter.occurredFrom.map { event.occurredAt >= $0 } ?? true)
      && (filter.occurredBefore.map { event.occurredAt < $0 } ?? true)
      && (filter.recordedBy.map { event.recordedAt <= $0 } ?? true)
  }

  func forEachEventToFold(
    after position: SequenceNumber, limit: Int, _ body: (StoredEvent) throws -> Void
  ) throws {
    for event in slice(after: position, limit: limit) { try body(try upcast(event)) }
  }

  func forEachEventToFold(
    after position: SequenceNumber, limit: Int, checking chain: inout ChainCheck,
    _ body: (StoredEvent) throws -> Void
  ) throws {
    precondition(
      chain.failure != nil || position == chain.checkedThrough,
      "the chain is checked from the first event")
    for event in slice(after: position, limit: limit) {
      chain.check(event)
      try body(try upcast(event))
    }
  }

  private func slice(after position: SequenceNumber, limit: Int) -> ArraySlice<StoredEvent> {
    let start = min(Int(position.rawValue), state.events.count)
    return state.events[start...].prefix(limit)
  }

  func event(at seq: SequenceNumber) throws -> StoredEvent? {
    let index = Int(seq.rawValue) - 1
    guard state.events.indices.contains(index) else { return nil }
    return try upcast(state.events[index])
  }

  func events(at seqs: [SequenceNumber], fold: Bool) throws -> [StoredEvent] {
    try seqs.compactMap { try event(at: $0) }
  }

  func events(of command: CommandID) throws -> [StoredEvent] {
    try state.events.filter { $0.commandID == command }.map(upcast)
  }

  func lastCommand(of actor: String) throws -> CommandID? {
    state.events.last { $0.actor == actor }?.commandID
  }

  func forEachEventAsStored(_ body: (StoredEvent) throws -> Bool) throws {
    for event in state.events where try !body(event) { return }
  }

  func listedOutOfOrder() throws -> [OutOfOrderRecord] { state.outOfOrder }

  func recordedHead() throws -> ChainHead? { state.head }

  func hash(at seq: SequenceNumber) throws -> [UInt8]? {
    let index = Int(seq.rawValue) - 1
    return state.events.indices.contains(index) ? state.events[index].hash : nil
  }

  private func upcast(_ event: StoredEvent) throws -> StoredEvent {
    var event = event
    try upcaster.upcast(&event)
    return event
  }
}
