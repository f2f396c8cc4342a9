extension BookStore {
  /// ``read(_:)`` with every error in the book's terms (``BookError/wrap(_:)``).
  package func reading<Result>(_ body: (any BookTransaction) throws -> Result) throws(BookError)
    -> Result
  {
    do {
      return try read(body)
    } catch {
      throw BookError.wrap(error)
    }
  }

  /// ``write(_:)`` with every error in the book's terms (``BookError/wrap(_:)``).
  package func writing<Result>(_ body: (any BookTransaction) throws -> Result) throws(BookError)
    -> Result
  {
    do {
      return try write(body)
    } catch {
      throw BookError.wrap(error)
    }
  }
}
