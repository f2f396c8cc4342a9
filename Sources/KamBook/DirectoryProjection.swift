import KamDomain
import KamSQLite
import KamTime

/// Keeps `client_directory`: one row per client stream.
struct DirectoryProjection: BookProjection {
  let name = "client-directory"

  func reset(_ db: Database) throws {
    try db.execute("DELETE FROM client_directory")
  }

  func apply(_ batch: [RecordedEvent], _ db: Database, _ book: Book) throws {
    var touched: [ClientSlug: DirectoryEntry] = [:]
    for recorded in batch {
      guard let slug = ClientSlug(rawValue: recorded.stream) else { continue }
      var entry: DirectoryEntry
      if let known = touched[slug] {
        entry = known
      } else {
        entry = try Self.load(slug, db) ?? DirectoryEntry(client: slug)
      }
      entry.apply(recorded)
      touched[slug] = entry
    }
    let upsert = try db.cachedStatement(
      """
      INSERT INTO client_directory
        (client, name, prospect, segment, owner, registered_on, events, last_seq)
      VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
      ON CONFLICT (client) DO UPDATE SET name = ?2, prospect = ?3, segment = ?4, owner = ?5,
        registered_on = ?6, events = ?7, last_seq = ?8
      """)
    for entry in touched.values {
      try upsert.bind([
        entry.client.rawValue, entry.name, entry.registeredAsProspect, entry.segment, entry.owner,
        entry.registeredOn?.description, entry.events, entry.lastSeq,
      ])
      try upsert.step()
    }
  }

  static func load(_ slug: ClientSlug, _ db: Database) throws -> DirectoryEntry? {
    let select = try db.cachedStatement(
      """
      SELECT name, prospect, segment, owner, registered_on, events, last_seq
      FROM client_directory WHERE client = ?
      """)
    try select.bind([slug.rawValue])
    defer { select.reset() }
    guard try select.step() else { return nil }
    var entry = DirectoryEntry(client: slug)
    entry.name = select.column(0)
    entry.registeredAsProspect = select.column(1)
    entry.segment = select.column(2)
    entry.owner = select.column(3)
    entry.registeredOn = select.column(4, as: String?.self).flatMap { CalendarDate(iso: $0) }
    entry.events = select.column(5)
    entry.lastSeq = select.column(6)
    return entry
  }
}
