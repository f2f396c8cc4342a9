public import KamBook
public import KamDomain
public import KamEventLog

extension Book {
  /// Creates a book held in memory, gone with the process: for tests, and for
  /// trying kam without a file.
  public static func inMemory(currency: Currency, context: AppendContext) throws(BookError)
    -> Book
  {
    try create(in: MemoryBookStore(), currency: currency, context: context).book
  }
}
