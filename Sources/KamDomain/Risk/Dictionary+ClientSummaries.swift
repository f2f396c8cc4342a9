extension Dictionary where Key == ClientSlug {
  /// Each client's summary, from a list of them in slug order (what the purchase and spend
  /// models fit); the first of a client's entries where one were listed twice.
  init(summaries listed: [(client: ClientSlug, summary: Value)]) {
    self.init(listed.lazy.map { ($0.client, $0.summary) }, uniquingKeysWith: { first, _ in first })
  }
}
