extension Book {
  /// How long a command waits, unless told otherwise, for another kam to
  /// finish writing before it gives up with ``BookError/Code/retry``: 120 s.
  public static let defaultBusySeconds = 120

  /// After how long a wait the notice is given: 1 s.
  public static let busyNoticeMilliseconds: Int64 = 1000

  /// Makes a write wait up to `seconds` for another writer, calling `notice`
  /// once if it has waited ``busyNoticeMilliseconds``.
  public func waitWhenBusy(seconds: Int, notice: @escaping () -> Void = {}) {
    store.waitWhenBusy(
      seconds: seconds, noticeAfterMilliseconds: Self.busyNoticeMilliseconds, notice: notice)
  }
}
