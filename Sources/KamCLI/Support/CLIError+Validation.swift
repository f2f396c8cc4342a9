import ArgumentParser

extension CLIError {
  /// Runs the checks of a command's `validate()`: values that need no book,
  /// refused before one is opened.
  ///
  /// The parser wraps whatever `validate()` throws and gives exit status 64
  /// only to a `ValidationError` (anything else exits 1, which ``KamRunner``
  /// would take for a bug), so a check's ``CLIError`` — a bad command line,
  /// since no book is involved — becomes one with the same line.
  static func validating(_ checks: () throws -> Void) throws {
    do {
      try checks()
    } catch let error as CLIError {
      throw ValidationError(error.message)
    }
  }
}
