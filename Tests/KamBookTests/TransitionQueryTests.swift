import KamBook
import KamDomain
import KamTestSupport
import KamTime
import Testing

/// `kam transitions` reads the stored transitions through each store's query: every store
/// must give the same transitions in the same order (by day, client, then the client's
/// order), whether it reads through an index or reads everything and sorts.
@Suite("Stage transitions queried on every store")
struct TransitionQueryTests {
  static let today = CalendarDate(iso: "2026-11-28")!

  /// The queries `kam transitions` makes: all, one client, a period, a first day, a last
  /// day, a stage moved to or from, an earlier as-of day.
  static func queries(_ clients: [ClientSlug]) -> [TransitionQuery] {
    var queries = [TransitionQuery(asOf: today)]
    func query(_ change: (inout TransitionQuery) -> Void) {
      var query = TransitionQuery(asOf: today)
      change(&query)
      queries.append(query)
    }
    for client in clients { query { $0.client = client } }
    query {
      $0.begin = CalendarDate(iso: "2025-03-01")
      $0.end = CalendarDate(iso: "2025-09-01")
    }
    query { $0.begin = CalendarDate(iso: "2025-06-01") }
    query { $0.end = CalendarDate(iso: "2025-06-01") }
    query { $0.to = .lapsed }
    query { $0.from = .transactional }
    queries.append(TransitionQuery(asOf: CalendarDate(iso: "2025-05-01")!))
    return queries
  }

  @Test(
    "given the same random book on every store, when its transitions are queried every way, then each store gives the same list in the same order",
    arguments: [11, 12, 13] as [UInt64])
  func sameOrderEverywhere(seed: UInt64) throws {
    var answers: [[[ClientTransition]]] = []
    for store in BookStoreKind.available {
      let folder = TemporaryDirectory()
      let book = try RandomBook(
        store, in: folder, seed: seed, commands: 120, catchUp: .afterEach
      ).book
      let clients = try book.histories().keys.sorted()
      answers.append(try Self.queries(clients).map { try book.transitions($0) })
    }
    let first = try #require(answers.first)
    #expect(first[0].count > 10)
    for answer in answers.dropFirst() { #expect(answer == first) }
    // The order is by day, then client, then each client's own order.
    for list in first {
      let keys = list.map { ($0.transition.on, $0.client.rawValue) }
      #expect(zip(keys, keys.dropFirst()).allSatisfy { $0 <= $1 })
    }
  }
}
