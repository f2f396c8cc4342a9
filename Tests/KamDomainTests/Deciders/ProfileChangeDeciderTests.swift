import KamDomain
import KamTime
import Testing

@Suite("Deciders: renaming, reassigning and moving a client to another segment")
struct ProfileChangeDeciderTests {
  static let at = noon("2026-02-01")
  static let acme = slug("acme")

  /// Each change, the event it records, and how the history reads it.
  static let changes: [(any ClientCommand, DomainEvent, ClientHistory.ProfileChange.Field)] = [
    (
      RenameClient(client: acme, name: "ACME Polska", occurredAt: at),
      .clientRenamed(ClientRenamed(client: acme, name: "ACME Polska")), .name
    ),
    (
      ReassignClient(client: acme, owner: "bob", occurredAt: at),
      .clientReassigned(ClientReassigned(client: acme, owner: "bob")), .owner
    ),
    (
      ChangeSegment(client: acme, segment: "retail", occurredAt: at),
      .clientSegmentChanged(ClientSegmentChanged(client: acme, segment: "retail")), .segment
    ),
  ]

  /// A client registered as "ACME S.A.", anna's, in segment wholesale.
  static func registered() -> GivenClient {
    var given = GivenClient("acme")
    given.event(
      .clientRegistered(
        ClientRegistered(client: acme, name: "ACME S.A.", segment: "wholesale", owner: "anna")),
      on: "2026-01-01")
    return given
  }

  @Test(
    "given a registered client, when a change is decided, then it records its event and the history reads the new value",
    arguments: changes)
  func records(
    command: any ClientCommand, event: DomainEvent, read: ClientHistory.ProfileChange.Field
  ) throws {
    var given = Self.registered()
    let events = command.decide(given: given.history).events
    #expect(events == [event])
    let seq = given.event(try #require(events?.first), on: "2026-02-01")
    #expect(given.history.read(read) == command.newValue)
    #expect(given.history.truncated(through: seq - 1)?.read(read) != command.newValue)
    let snapshot = try ClientHistory(snapshot: given.history.snapshot)
    #expect(snapshot == given.history && snapshot.read(read) == command.newValue)
  }

  @Test(
    "given a client that has the value already, when the same change is decided, then it is refused as unchanged",
    arguments: changes.map(\.0))
  func unchanged(command: any ClientCommand) throws {
    var given = Self.registered()
    given.event(try #require(command.decide(given: given.history).events?.first), on: "2026-02-01")
    let refusal = command.decide(given: given.history).refusal
    #expect(refusal?.code == .unchanged)
    #expect(refusal?.message.hasSuffix("already; nothing to change") == true)
  }

  @Test("the refusals of a change to what the client has name the client and the value")
  func unchangedWords() {
    let history = Self.registered().history
    let refusals = [
      RenameClient(client: Self.acme, name: "ACME S.A.", occurredAt: Self.at) as any ClientCommand,
      ReassignClient(client: Self.acme, owner: "anna", occurredAt: Self.at),
      ChangeSegment(client: Self.acme, segment: "wholesale", occurredAt: Self.at),
    ].map { $0.decide(given: history).refusal?.message }
    #expect(
      refusals == [
        "client \"acme\" is named \"ACME S.A.\" already; nothing to change",
        "the owner of client \"acme\" is \"anna\" already; nothing to change",
        "client \"acme\" is in segment \"wholesale\" already; nothing to change",
      ])
  }

  @Test(
    "given no events, or a retracted registration, when a change is decided, then the client is unknown",
    arguments: changes.map(\.0))
  func unknownClient(command: any ClientCommand) {
    var retracted = Self.registered()
    retracted.retract(1, on: "2026-01-02")
    for history in [nil, retracted.history] {
      #expect(command.decide(given: history).refusal?.code == .unknownClient)
    }
  }

  @Test("when a change gives an empty value, then it is refused before any history is asked")
  func empty() {
    let commands: [any ClientCommand] = [
      RenameClient(client: Self.acme, name: "", occurredAt: Self.at),
      ReassignClient(client: Self.acme, owner: "", occurredAt: Self.at),
      ChangeSegment(client: Self.acme, segment: "", occurredAt: Self.at),
    ]
    for command in commands {
      #expect(command.validate()?.code == .emptyValue)
      #expect(command.decide(given: nil).refusal?.code == .emptyValue)
    }
  }

  @Test("given two renames, when the second is retracted, then the first name stands again")
  func retracted() {
    var given = Self.registered()
    given.event(.clientRenamed(ClientRenamed(client: Self.acme, name: "ACME 2")), on: "2026-02-01")
    let second = given.event(
      .clientRenamed(ClientRenamed(client: Self.acme, name: "ACME 3")), on: "2026-03-01")
    #expect(given.history.name == "ACME 3")
    given.retract(second, on: "2026-03-02")
    #expect(given.history.name == "ACME 2")
    #expect(given.history.value(of: .name, before: second) == "ACME 2")
    given.retract(2, on: "2026-03-03")
    #expect(given.history.name == "ACME S.A.")
    #expect(given.history.owner == "anna" && given.history.segment == "wholesale")
  }

  @Test(
    "given a prospect reassigned, when it is registered as a prospect again with an owner, then the later registration's owner stands"
  )
  func registrationAfterChange() {
    var given = GivenClient("acme")
    given.prospect(winProbability: 0.3, on: "2026-01-01")
    given.event(
      .clientReassigned(ClientReassigned(client: Self.acme, owner: "bob")), on: "2026-01-05")
    #expect(given.history.owner == "bob")
    given.event(
      .prospectRegistered(
        ProspectRegistered(client: Self.acme, name: "acme", winProbability: 0.5)),
      on: "2026-01-10")
    #expect(given.history.owner == "bob")
    given.event(
      .prospectRegistered(
        ProspectRegistered(client: Self.acme, name: "acme", owner: "carol", winProbability: 0.6)),
      on: "2026-01-11")
    #expect(given.history.owner == "carol")
  }

  @Test("a format 2 snapshot, written before changes existed, still reads, with none")
  func formatTwo() throws {
    let history = Self.registered().history
    var bytes = history.snapshot
    // Format 3 wrote the changes (none: one zero byte) after the strategic marks; without
    // them the bytes are format 2's.
    #expect(bytes[0] == 6)  // zigzag varint of 3
    bytes[0] = 4
    let marksEnd = bytes.count - 3  // the empty retractions, strays and lastSeq follow
    bytes.remove(at: marksEnd - 1)
    let back = try ClientHistory(snapshot: bytes)
    #expect(back == history && back.name == "ACME S.A." && back.owner == "anna")
  }

  @Test("the three payloads read back from their stored JSON")
  func payloads() throws {
    for (_, event, _) in Self.changes {
      #expect(
        try DomainEvent(type: event.type, version: event.version, payload: event.payloadBytes)
          == event)
      #expect(event.version == 1)
    }
    #expect(
      Self.changes.map(\.1.type) == [
        "client-renamed", "client-reassigned", "client-segment-changed",
      ])
  }
}

extension ClientHistory {
  /// What the history reads for `field`.
  fileprivate func read(_ field: ProfileChange.Field) -> String? {
    switch field {
    case .name: name
    case .owner: owner
    case .segment: segment
    }
  }
}

extension ClientCommand {
  /// The value a change command gives.
  fileprivate var newValue: String? {
    switch self {
    case let rename as RenameClient: rename.name
    case let reassign as ReassignClient: reassign.owner
    case let change as ChangeSegment: change.segment
    default: nil
    }
  }
}
