extension Statement {
  /// Runs the statement to its end, skipping any rows, then resets it and
  /// clears its bindings.
  ///
  /// ```swift
  /// let delete = try db.cachedStatement("DELETE FROM client_value WHERE client = ?")
  /// try delete.bind("acme")
  /// try delete.execute()
  /// ```
  ///
  /// - Throws: ``DatabaseError``: SQLite's, or ``ResultCode/misuse`` when the
  ///   statement has parameters and no arguments were bound.
  public func execute() throws(DatabaseError) {
    try begin()
    defer { end() }
    while try step() {}
  }

  /// Calls `body` with each row, in order, then resets the statement and
  /// clears its bindings, also when `body` or a step throws.
  ///
  /// The one loop over rows: it never leaves a statement mid-way, holding its
  /// read snapshot open (a later `BEGIN IMMEDIATE` would then fail with
  /// `SQLITE_BUSY_SNAPSHOT`). `body` gets the same ``Row`` value each time,
  /// showing the current row; it allocates nothing per row.
  ///
  /// ```swift
  /// var versions = Set<Int>()
  /// try select.forEachRow { row in versions.insert(try row.column(0)) }
  /// ```
  ///
  /// - Throws: ``DatabaseError``, ``RowDecodingError`` from the reads, or what `body` throws.
  public func forEachRow(_ body: (Row) throws -> Void) throws {
    try begin()
    defer { end() }
    let row = Row(self)
    while try step() { try body(row) }
  }

  /// True when `predicate` holds for a row, reading the rows in order and
  /// stopping at the first for which it does, as GRDB's `Cursor.contains(where:)`:
  /// a check that reports the first problem it finds.
  ///
  /// ```swift
  /// var expected: Int64 = 1
  /// let gap = try select.containsRow { row in
  ///   defer { expected += 1 }
  ///   return try row.column(0, as: Int64.self) != expected
  /// }
  /// ```
  public func containsRow(where predicate: (Row) throws -> Bool) throws -> Bool {
    try begin()
    defer { end() }
    let row = Row(self)
    while try step() {
      if try predicate(row) { return true }
    }
    return false
  }

  /// The first row, mapped by `body`, or nil when there is none; the
  /// statement is reset and its bindings cleared after it.
  ///
  /// ```swift
  /// let head = try select.fetchOne { row in (try row.column(0, as: Int64.self), try row.column(1, as: Blob.self)) }
  /// ```
  public func fetchOne<Result>(_ body: (Row) throws -> Result) throws -> Result? {
    try begin()
    defer { end() }
    return try step() ? try body(Row(self)) : nil
  }

  /// Every row, mapped by `body`, in order; the statement is reset and its
  /// bindings cleared after it.
  ///
  /// ```swift
  /// let names = try select.fetchAll { try $0.column(0, as: String.self) }
  /// ```
  public func fetchAll<Result>(_ body: (Row) throws -> Result) throws -> [Result] {
    var results: [Result] = []
    try forEachRow { results.append(try body($0)) }
    return results
  }

  /// Starts a run: its arguments must be bound, and no other run be reading it.
  private func begin() throws(DatabaseError) {
    precondition(
      !isRunning, "a statement cannot run again while its rows are read (`\(sql)`)")
    try checkArguments()
    isRunning = true
    isReset = false
  }

  private func end() {
    isRunning = false
    reset()
  }
}
