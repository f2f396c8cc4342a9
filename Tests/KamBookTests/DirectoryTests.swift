import KamBook
import KamDomain
import KamEventLog
import KamTestSupport
import KamTime
import Testing

@Suite("Renames, reassignments and segment changes, on every store")
struct DirectoryTests {
  let acme = ClientSlug(rawValue: "acme")!
  let context = AppendContext(actor: "ann")

  func at(_ day: String) -> Instant {
    CalendarDate(iso: day)!.start.advanced(byMilliseconds: 43_200_000)
  }

  @Test(
    "given clients registered out of order, then the slugs are the directory's, in its order, and each entry is the one read alone",
    arguments: BookStoreKind.available)
  func slugsAndEntries(store: BookStoreKind) throws {
    let folder = TemporaryDirectory()
    let book = try store.book(in: folder)
    for (n, slug) in ["zeta", "acme", "beta-2", "beta-10", "a"].enumerated() {
      let client = ClientSlug(rawValue: slug)!
      try book.execute(
        RegisterClient(
          ClientRegistered(
            client: client, name: slug.uppercased(), owner: n % 2 == 0 ? "ann" : nil),
          occurredAt: at("2026-01-0\(n + 1)")), context: context)
    }
    let directory = try book.directory()
    #expect(try book.clientSlugs() == ["a", "acme", "beta-10", "beta-2", "zeta"])
    #expect(directory.map(\.client.rawValue) == (try book.clientSlugs()))
    for entry in directory {
      #expect(try book.entry(for: entry.client) == entry)
    }
    // "Did you mean", searched where the store keeps the slugs: of two as close (beta-10 and
    // beta-2), the first in order.
    #expect(try book.nearestClientSlug(to: "acmee") == "acme")
    #expect(try book.nearestClientSlug(to: "beta-1") == "beta-10")
    #expect(try book.nearestClientSlug(to: "nowhere") == nil)
  }

  @Test(
    "given many clients, when slugs near and far from theirs are typed, then the store's search names what reading every slug names",
    arguments: BookStoreKind.available)
  func nearestAgainstEverySlug(store: BookStoreKind) throws {
    let folder = TemporaryDirectory()
    let book = try store.book(in: folder)
    var random = SplitMix64(seed: 20_261_208)
    let letters = Array("abz09-")
    func slug(_ length: Int) -> String {
      String(letters[Int.random(in: 0..<5, using: &random)])
        + String((1..<length).map { _ in letters.randomElement(using: &random)! })
    }
    let slugs = Set((0..<120).map { _ in slug(Int.random(in: 1...8, using: &random)) })
    for (n, slug) in slugs.enumerated() {
      try book.execute(
        RegisterClient(
          ClientRegistered(client: ClientSlug(rawValue: slug)!, name: slug),
          occurredAt: at("2026-01-01").advanced(byMilliseconds: Int64(n))), context: context)
    }
    let every = try book.clientSlugs()
    for typed in slugs.prefix(40).map({ String($0.dropLast()) + "z" })
      + (0..<40).map({ _ in slug(Int.random(in: 1...9, using: &random)) })
    {
      #expect(
        try book.nearestClientSlug(to: typed) == SlugSuggester.nearest(to: typed, in: every),
        "\(typed)")
    }
  }

  @Test(
    "given a registered client, when it is renamed, reassigned and moved, then the directory and its history say so, and a rebuild keeps it",
    arguments: BookStoreKind.available)
  func changes(store: BookStoreKind) throws {
    let folder = TemporaryDirectory()
    let book = try store.book(in: folder)
    try book.execute(
      RegisterClient(
        ClientRegistered(client: acme, name: "ACME S.A.", segment: "wholesale", owner: "anna"),
        occurredAt: at("2026-01-01")), context: context)
    try book.execute(
      RenameClient(client: acme, name: "ACME Polska", occurredAt: at("2026-02-01")),
      context: context)
    try book.execute(
      ReassignClient(client: acme, owner: "bob", occurredAt: at("2026-03-01")), context: context)
    let moved = try book.execute(
      ChangeSegment(client: acme, segment: "retail", occurredAt: at("2026-04-01")),
      context: context)
    let entry = try #require(try book.entry(for: acme))
    #expect(entry.name == "ACME Polska" && entry.owner == "bob" && entry.segment == "retail")
    #expect(entry.events == 4)
    let history = try #require(try book.history(of: acme).0)
    #expect(history.name == "ACME Polska" && history.owner == "bob")
    #expect(history.segment == "retail")
    #expect(history.value(of: .segment, before: moved.events[0].seq.rawValue) == "wholesale")
    let folded = try #require(try book.foldedHistories()[acme])
    #expect(folded == history && folded.segment == "retail")
    let dump = try book.projectionDump()
    try book.rebuild()
    #expect(try book.projectionDump() == dump)
    // As known before the rename: the registered name and owner.
    let before = try #require(
      try book.histories(before: SequenceNumber(rawValue: moved.events[0].seq.rawValue - 2))[acme]
    )
    #expect(before.name == "ACME S.A." && before.owner == "anna")
  }

  @Test(
    "given a rename, when it is retracted, then the history has the old name again",
    arguments: BookStoreKind.available)
  func retracted(store: BookStoreKind) throws {
    let folder = TemporaryDirectory()
    let book = try store.book(in: folder)
    try book.execute(
      RegisterClient(ClientRegistered(client: acme, name: "ACME"), occurredAt: at("2026-01-01")),
      context: context)
    let renamed = try book.execute(
      RenameClient(client: acme, name: "ACME 2", occurredAt: at("2026-02-01")), context: context)
    try book.retract(renamed.events[0].seq, reason: "wrong client", context: context)
    #expect(try book.history(of: acme).0?.name == "ACME")
    // The directory, which suggestions and listings read, says the same once caught up.
    try book.catchUp()
    #expect(try book.entry(for: acme)?.name == "ACME")
    let dump = try book.projectionDump()
    try book.rebuild()
    #expect(try book.projectionDump() == dump)
    // Named as before, so a rename to the old name is refused as changing nothing.
    #expect {
      try book.execute(
        RenameClient(client: acme, name: "ACME", occurredAt: at("2026-03-01")), context: context)
    } throws: { error in
      (error as? BookError)?.refusal?.code == .unchanged
    }
  }
}
