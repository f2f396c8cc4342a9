public import KamDomain
import KamEventLog
import KamSQLite
import KamTime

extension Book {
  /// Every client stream's directory entry, by slug.
  public func directory() throws(BookError) -> [DirectoryEntry] {
    do {
      return try log.queue.read { db in
        let select = try db.cachedStatement("SELECT client FROM client_directory ORDER BY client")
        defer { select.reset() }
        var slugs: [ClientSlug] = []
        while try select.step() {
          if let slug = ClientSlug(rawValue: select.column(0)) { slugs.append(slug) }
        }
        return try slugs.compactMap { try DirectoryProjection.load($0, db) }
      }
    } catch {
      throw BookError.wrap(error)
    }
  }

  /// The directory entry of one client, or nil.
  public func entry(for client: ClientSlug) throws(BookError) -> DirectoryEntry? {
    do {
      return try log.queue.access { db in try DirectoryProjection.load(client, db) }
    } catch {
      throw BookError.wrap(error)
    }
  }
}
