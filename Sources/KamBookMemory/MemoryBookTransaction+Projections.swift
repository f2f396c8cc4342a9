import KamBook
import KamDomain
import KamEventLog
import KamTime

extension MemoryBookTransaction {
  func checkpoint(of projection: String) throws -> ProjectionCheckpoint? {
    state.checkpoints[projection]
  }

  func save(_ checkpoint: ProjectionCheckpoint) throws {
    try requireWritable()
    state.checkpoints[checkpoint.name] = checkpoint
  }

  func removeCheckpoint(of projection: String) throws {
    try requireWritable()
    state.checkpoints[projection] = nil
  }

  func reset(_ table: ProjectionTable) throws {
    try requireWritable()
    switch table {
    case .directory: state.directory = [:]
    case .stageTransitions: state.transitions = [:]
    case .valueDays: state.valueDays = [:]
    case .snapshots: state.snapshots = [:]
    }
  }

  /// Nothing of a memory book can go missing behind its back.
  func restoreMissingProjectionStorage() throws {}

  func directoryEntry(of client: ClientSlug) throws -> DirectoryEntry? {
    state.directory[client]
  }

  func directoryEntries() throws -> [DirectoryEntry] {
    state.directory.values.sorted { $0.client < $1.client }
  }

  func clientSlugs() throws -> [String] {
    state.directory.keys.sorted().map(\.rawValue)
  }

  func save(_ entry: DirectoryEntry) throws {
    try requireWritable()
    state.directory[entry.client] = entry
  }

  func replaceTransitions(of client: ClientSlug, with transitions: [StageTransition]) throws {
    try requireWritable()
    state.transitions[client] = transitions.isEmpty ? nil : transitions
  }

  func transitions(matching query: TransitionQuery) throws -> [ClientTransition] {
    var found: [(client: ClientSlug, n: Int, transition: StageTransition)] = []
    for (client, transitions) in state.transitions where query.client.map({ $0 == client }) ?? true
    {
      for (n, transition) in transitions.enumerated() where query.matches(transition) {
        found.append((client, n, transition))
      }
    }
    found.sort { ($0.transition.on, $0.client, $0.n) < ($1.transition.on, $1.client, $1.n) }
    return found.map { ClientTransition(client: $0.client, transition: $0.transition) }
  }

  func replaceValueDays(of client: ClientSlug, with row: ValueDaysRow?) throws {
    try requireWritable()
    state.valueDays[client] = row
  }

  func forEachValueDays(
    knownBy day: CalendarDate, _ body: (ClientSlug, UnsafeRawBufferPointer) throws -> Void
  ) throws {
    for (client, row) in state.valueDays.sorted(by: { $0.key < $1.key }) where row.firstDay <= day {
      try row.days.withUnsafeBytes { try body(client, $0) }
    }
  }

  func replaceSnapshot(of client: ClientSlug, with snapshot: [UInt8]?) throws {
    try requireWritable()
    state.snapshots[client.rawValue] = snapshot
  }

  func snapshot(of client: ClientSlug) throws -> [UInt8]? {
    state.snapshots[client.rawValue]
  }

  func snapshots() throws -> [(client: String, snapshot: [UInt8])] {
    state.snapshots.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
  }

  func storedModel(_ name: String, on day: CalendarDate) throws -> StoredModel? {
    state.storedModels[name + " " + day.description]
  }

  func save(_ model: StoredModel) throws {
    try requireWritable()
    state.storedModels = state.storedModels.filter {
      $0.value.name != model.name || $0.value.logSeq >= model.logSeq
    }
    state.storedModels[model.name + " " + model.day.description] = model
  }

  func removeStoredModels() throws {
    try requireWritable()
    state.storedModels = [:]
  }

  func projectionWatermarks() throws -> [LogWatermark] {
    var watermarks: [LogWatermark] = []
    for checkpoint in state.checkpoints.values.sorted(by: { $0.name < $1.name }) {
      watermarks.append(
        LogWatermark(
          seq: checkpoint.checkpoint, claim: "projection \(checkpoint.name) has read up to"))
      if let failed = checkpoint.failedSeq {
        watermarks.append(
          LogWatermark(seq: failed, claim: "projection \(checkpoint.name) stopped at event"))
      }
    }
    if let last = state.directory.values.map(\.lastSeq).max() {
      watermarks.append(LogWatermark(seq: last, claim: "the client directory names event"))
    }
    if let cause = state.transitions.values.flatMap({ $0.compactMap(\.causeSeq) }).max() {
      watermarks.append(LogWatermark(seq: cause, claim: "a stage transition names event"))
    }
    return watermarks
  }

  func rowOccurrences(reset: Bool) throws -> any RowOccurrences {
    try requireWritable()
    if reset { state.importRows = [:] }
    return MemoryRowOccurrences(self)
  }

  func commandTallies(of actor: String) throws -> [CommandTally] {
    var order: [CommandID] = []
    var tallies: [CommandID: CommandTally] = [:]
    var causations: [CommandID: Set<String?>] = [:]
    for event in state.events where event.actor == actor {
      if tallies[event.commandID] == nil {
        order.append(event.commandID)
        tallies[event.commandID] = CommandTally(
          command: event.commandID, events: 0, retractions: 0, clientEvents: 0, causation: nil)
      }
      tallies[event.commandID]!.events += 1
      if event.type == EventRetracted.type { tallies[event.commandID]!.retractions += 1 }
      if !event.stream.rawValue.hasPrefix("$") { tallies[event.commandID]!.clientEvents += 1 }
      causations[event.commandID, default: []].insert(event.causationID)
    }
    return order.map { command in
      var tally = tallies[command]!
      // One causation shared by every event, none missing: as SQLite's min = max and counts.
      if let only = causations[command], only.count == 1, let causation = only.first! {
        tally.causation = causation
      }
      return tally
    }
  }
}
