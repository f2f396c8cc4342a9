public import KamTime

/// Who appends, as part of which command, and at what system time.
public struct AppendContext: Sendable, Hashable {
  /// Who wrote the events (the OS user by default).
  public var actor: String
  /// Groups the events of one invocation.
  public var commandID: CommandID
  /// System time: when the events were recorded. Pinned in tests and demos.
  public var recordedAt: Instant

  /// Creates a context.
  public init(actor: String, commandID: CommandID = .random(), recordedAt: Instant = .now) {
    self.actor = actor
    self.commandID = commandID
    self.recordedAt = recordedAt
  }
}
