public import KamDomain
import KamEventLog

extension Book {
  /// Every client's history, folded from the whole log in one pass, by slug.
  ///
  /// Book-wide streams (`$book`, `$policy`, `$decisions`) are left out.
  public func clientHistories() throws(BookError) -> [ClientHistory] {
    var histories: [String: ClientHistory] = [:]
    do {
      try log.forEachEvent(matching: EventFilter()) { stored in
        guard let slug = ClientSlug(rawValue: stored.stream.rawValue) else { return }
        let recorded = try RecordedEvent(stored)
        histories[slug.rawValue, default: ClientHistory(client: slug)].apply(recorded)
      }
    } catch {
      throw BookError.wrap(error)
    }
    return histories.values.sorted { $0.client < $1.client }
  }
}
