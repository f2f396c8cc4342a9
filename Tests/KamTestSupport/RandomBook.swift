public import KamBook
import KamDomain
public import KamEventLog
public import KamTime

/// Random books: a few clients, backdated facts, retractions, complaints,
/// policy changes and (optionally) decisions, each command recorded one hour
/// after the previous one.
public struct RandomBook {
  /// When the first command is recorded.
  public static let start = Instant(iso: "2026-01-01T08:00:00Z")!

  /// When the projections catch up while the book is written.
  public enum CatchUp: Sendable {
    /// Never: a later query catches up once, over everything.
    case never
    /// After every command, as when people use kam one command at a time.
    case afterEach
    /// In the command's own transaction, as the logging commands do (their fast path).
    case inTheSameTransaction
  }

  /// The book.
  public let book: Book
  /// When each command was recorded, in order.
  public private(set) var recorded: [Instant] = []

  /// A random book in `kind`'s store (a SQLite one in `folder`).
  public init(
    _ kind: BookStoreKind, in folder: TemporaryDirectory, seed: UInt64, commands: Int,
    catchUp: CatchUp = .never, clockSetBack: Bool = false, decisions: Bool = false
  ) throws {
    try self.init(
      seed: seed, commands: commands, catchUp: catchUp, clockSetBack: clockSetBack,
      decisions: decisions
    ) { context in try kind.book(in: folder, context: context) }
  }

  /// A random book in the book `make` creates with the context it is given.
  /// With `clockSetBack`, every seventh command is recorded five hours before
  /// the one before it.
  public init(
    seed: UInt64, commands: Int, catchUp: CatchUp = .never, clockSetBack: Bool = false,
    decisions: Bool = false, make: (AppendContext) throws -> Book
  ) throws {
    var random = SplitMix64(seed: seed)
    let book = try make(AppendContext(actor: "t", recordedAt: Self.start))
    self.book = book
    let clients = ["acme", "beta", "gamma", "delta"].map { ClientSlug(rawValue: $0)! }
    func record(_ client: ClientSlug, _ context: AppendContext, _ event: DomainEvent, at: Instant)
      throws
    {
      let pending = [PendingEvent(event, occurredAt: at)]
      if catchUp == .inTheSameTransaction {
        _ = try book.recordCatchingUp(client: client, context: context) { _ in pending }
      } else {
        try book.record(client: client, context: context) { _ in pending }
      }
    }
    for client in clients {
      try record(
        client, Self.context(0),
        .clientRegistered(ClientRegistered(client: client, name: client.rawValue)),
        at: CalendarDate(iso: "2025-01-01")!.start)
    }
    for n in 1...commands {
      let context = Self.context(n, setBack: clockSetBack && n % 7 == 3)
      recorded.append(context.recordedAt)
      let client = clients[Int(random.next() % 4)]
      let day = CalendarDate(iso: "2025-01-01")!.adding(days: Int64(random.next() % 360))
      let at = day.start.advanced(byMilliseconds: 43_200_000)
      switch random.next() % 10 {
      case 0...4:
        let amount = Money(minorUnits: Int64(random.next() % 500_000))
        let cost = Money(minorUnits: amount.minorUnits / 2)
        try record(
          client, context, .saleRecorded(SaleRecorded(client: client, amount: amount, cost: cost)),
          at: at)
      case 5, 6:
        let minutes = Int64(random.next() % 120)
        try record(
          client, context,
          .meetingHeld(MeetingHeld(client: client, kind: .visit, minutes: minutes)), at: at)
      case 7:
        let last = try book.lastSequence()
        _ = try? book.retract(
          SequenceNumber(rawValue: 5 + Int64(random.next() % UInt64(max(last.rawValue - 5, 1)))),
          reason: "r", context: context)
      case 8:
        var policy = Policy()
        policy.windowDays = 200 + Int(random.next() % 300)
        // The same window again would change nothing, which is refused.
        if try book.policy().windowDays != policy.windowDays {
          _ = try book.setPolicy(policy, context: context)
        }
      default:
        try record(
          client, context,
          .complaintFiled(
            ComplaintFiled(client: client, complaint: "k\(n)", severity: .low, about: "x")),
          at: at)
      }
      if decisions, n % 6 == 0 {
        // A decision about a random client, for a random day of the first year.
        let decided = clients[Int(random.next() % 4)]
        let on = CalendarDate(iso: "2025-01-01")!.adding(days: Int64(random.next() % 360))
        _ = try? book.decide(
          client: decided, kind: .reduceContact, note: "n\(n)", on: on, context: context)
      }
      if catchUp == .afterEach { try book.catchUp() }
    }
  }

  /// The context of command `n`.
  public static func context(_ n: Int, setBack: Bool = false) -> AppendContext {
    let hours = Int64(n) - (setBack ? 6 : 0)
    return AppendContext(actor: "t", recordedAt: start.advanced(byMilliseconds: hours * 3_600_000))
  }
}
