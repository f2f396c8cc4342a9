import KamDomain
import KamSQLite
import KamTime

/// Keeps `client_directory`: one row per client stream.
///
/// Entries are loaded on first touch and written once in ``finish(_:_:_:)``, so
/// a long catch-up writes each client's row once, not once per batch.
final class DirectoryProjection: BookProjection {
  let name = "client-directory"
  private var pending: [ClientSlug: DirectoryEntry] = [:]
  /// True when the catch-up starts from an empty table: nothing to load.
  private var fromEmpty = false

  func reset(_ db: Database) throws {
    try db.execute("DELETE FROM client_directory")
  }

  func begin(from checkpoint: Int64) {
    pending = [:]
    fromEmpty = checkpoint == 0
  }

  func apply(_ batch: CatchUpBatch, _ db: Database, _ book: Book) throws {
    for (recorded, slug) in zip(batch.events, batch.clients) {
      guard let slug else { continue }
      if !fromEmpty, pending[slug] == nil {
        pending[slug] = try Self.load(slug, db) ?? DirectoryEntry(client: slug)
      }
      pending[slug, default: DirectoryEntry(client: slug)].apply(recorded)
    }
  }

  func finish(_ db: Database, _ book: Book, _ histories: CatchUpHistories) throws {
    defer { pending = [:] }
    let upsert = try db.cachedStatement(
      """
      INSERT INTO client_directory
        (client, name, prospect, segment, owner, registered_on, events, last_seq)
      VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
      ON CONFLICT (client) DO UPDATE SET name = ?2, prospect = ?3, segment = ?4, owner = ?5,
        registered_on = ?6, events = ?7, last_seq = ?8
      """)
    for entry in pending.values.sorted(by: { $0.client < $1.client }) {
      try upsert.bind(
        entry.client.rawValue, entry.name, entry.registeredAsProspect, entry.segment, entry.owner,
        entry.registeredOn?.description, entry.events, entry.lastSeq)
      try upsert.execute()
    }
  }

  static func load(_ slug: ClientSlug, _ db: Database) throws -> DirectoryEntry? {
    try db.fetchOne(
      """
      SELECT name, prospect, segment, owner, registered_on, events, last_seq
      FROM client_directory WHERE client = ?
      """, [slug.rawValue]
    ) { row in
      var entry = DirectoryEntry(client: slug)
      entry.name = try row.column(0)
      entry.registeredAsProspect = try row.column(1)
      entry.segment = try row.column(2)
      entry.owner = try row.column(3)
      entry.registeredOn = try row.column(4, as: String?.self).flatMap { CalendarDate(iso: $0) }
      entry.events = try row.column(5)
      entry.lastSeq = try row.column(6)
      return entry
    }
  }
}
