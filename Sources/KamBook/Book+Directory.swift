public import KamDomain
import KamEventLog
import KamSQLite
import KamTime

extension Book {
  /// Every client stream's directory entry, by slug.
  public func directory() throws(BookError) -> [DirectoryEntry] {
    do {
      return try log.queue.read { db in try directory(in: db) }
    } catch {
      throw BookError.wrap(error)
    }
  }

  /// ``directory()`` on a connection the caller holds (a catch-up's).
  func directory(in db: Database) throws -> [DirectoryEntry] {
    let slugs = try db.fetchAll("SELECT client FROM client_directory ORDER BY client") {
      try $0.column(0, as: String.self)
    }
    return try slugs.compactMap(ClientSlug.init(rawValue:)).compactMap {
      try DirectoryProjection.load($0, db)
    }
  }

  /// The directory entry of one client, or nil.
  public func entry(for client: ClientSlug) throws(BookError) -> DirectoryEntry? {
    do {
      return try log.queue.access { db in try entry(for: client, in: db) }
    } catch {
      throw BookError.wrap(error)
    }
  }

  /// ``entry(for:)`` on a connection the caller holds (an import's).
  func entry(for client: ClientSlug, in db: Database) throws -> DirectoryEntry? {
    try DirectoryProjection.load(client, db)
  }
}
