public import KamDomain

extension Book {
  /// Every client stream's directory entry, by slug.
  public func directory() throws(BookError) -> [DirectoryEntry] {
    try store.reading { tx in try tx.directoryEntries() }
  }

  /// Every client's slug, in order, without reading the entries.
  public func clientSlugs() throws(BookError) -> [String] {
    try store.reading { tx in try tx.clientSlugs() }
  }

  /// The slug of the book's nearest to `typed`, when close enough to be a likely typo
  /// (``SlugSearch``): what an unknown client's "did you mean" names.
  public func nearestClientSlug(to typed: String) throws(BookError) -> String? {
    try store.reading { tx in try tx.nearestClientSlug(to: typed) }
  }

  /// The directory entry of one client, or nil.
  public func entry(for client: ClientSlug) throws(BookError) -> DirectoryEntry? {
    try store.reading { tx in try tx.directoryEntry(of: client) }
  }
}
