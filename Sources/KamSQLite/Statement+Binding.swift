internal import CKamSQLite

extension Statement {
  /// Binds the arguments of the next run, one per parameter, in order (`?1`, `?2`, …).
  ///
  /// The statement is reset and its old bindings cleared first. Their number
  /// is known at compile time, and nothing is allocated: the form for hot
  /// paths (an append binds fourteen values per event).
  ///
  /// ```swift
  /// let insert = try db.cachedStatement("INSERT INTO t (id, name, payload) VALUES (?, ?, ?)")
  /// try insert.bind(Int64(1), "acme", UTF8Text(payload))
  /// try insert.execute()
  /// ```
  ///
  /// - Throws: ``DatabaseError`` with code ``ResultCode/misuse`` when the
  ///   statement has another number of parameters (``parameterCount``), or
  ///   SQLite's error when a value cannot be bound.
  public func bind<each Value: DatabaseValueConvertible>(_ values: repeat each Value)
    throws(DatabaseError)
  {
    var count: Int32 = 0
    for _ in repeat each values { count += 1 }
    try prepareBinding(count)
    var index: Int32 = 0
    for value in repeat each values {
      index += 1
      try value.bind(to: Parameter(statement: self, index: index))
    }
    hasArguments = true
  }

  /// Binds arguments gathered at run time (a query whose conditions vary), in order.
  ///
  /// As `bind(_:)`: the statement is reset, old
  /// bindings cleared, and the number of arguments checked.
  ///
  /// - Throws: ``DatabaseError`` with code ``ResultCode/misuse`` when their
  ///   number is not ``parameterCount``.
  public func bind(_ arguments: [(any DatabaseValueConvertible)?]) throws(DatabaseError) {
    try prepareBinding(Int32(arguments.count))
    for (offset, argument) in arguments.enumerated() {
      let parameter = Parameter(statement: self, index: Int32(offset + 1))
      if let argument { try argument.bind(to: parameter) } else { try parameter.bind(.null) }
    }
    hasArguments = true
  }

  /// Resets, clears the old bindings, and refuses a wrong number of arguments.
  private func prepareBinding(_ count: Int32) throws(DatabaseError) {
    precondition(!isRunning, "a statement cannot be bound while its rows are read (`\(sql)`)")
    reset()
    isReset = false
    guard count == parameterCount else {
      throw DatabaseError(
        code: .misuse,
        message:
          "wrong number of statement arguments: \(count) given, \(parameterCount) expected",
        sql: sql)
    }
  }

  /// Refuses to run a statement with parameters whose arguments are not bound:
  /// SQLite would take them as NULL.
  func checkArguments() throws(DatabaseError) {
    guard hasArguments || parameterCount == 0 else {
      throw DatabaseError(
        code: .misuse,
        message:
          "wrong number of statement arguments: none bound, \(parameterCount) expected",
        sql: sql)
    }
  }

  /// One parameter of a statement, lent to ``DatabaseValueConvertible/bind(to:)``
  /// while `Statement.bind(_:)` binds the arguments.
  ///
  /// Only the statement makes one, so a value cannot be bound past the
  /// argument count check.
  public struct Parameter {
    let statement: Statement
    /// The parameter's 1-based index.
    public let index: Int32

    /// Binds a value of any storage class.
    public func bind(_ value: DatabaseValue) throws(DatabaseError) {
      let handle = statement.handle
      let code: Int32
      switch value {
      case .null: code = sqlite3_bind_null(handle, index)
      case .integer(let int): code = sqlite3_bind_int64(handle, index, int)
      case .real(let double): code = sqlite3_bind_double(handle, index, double)
      case .text(let text):
        code = sqlite3_bind_text(handle, index, text, -1, SQLITE_TRANSIENT)
      case .blob(let bytes) where bytes.isEmpty:
        // A nil base address would bind NULL, not an empty blob.
        code = sqlite3_bind_zeroblob(handle, index, 0)
      case .blob(let bytes):
        code = bytes.withUnsafeBytes {
          sqlite3_bind_blob(handle, index, $0.baseAddress, Int32($0.count), SQLITE_TRANSIENT)
        }
      }
      try check(code)
    }

    /// Binds UTF-8 bytes as `TEXT` without building a `String` first.
    public func bindText(_ utf8: [UInt8]) throws(DatabaseError) {
      // A nil base address would bind NULL, not the empty text.
      guard !utf8.isEmpty else { return try bind(.text("")) }
      let code = utf8.withUnsafeBytes {
        sqlite3_bind_text(
          statement.handle, index, $0.baseAddress?.assumingMemoryBound(to: CChar.self),
          Int32($0.count), SQLITE_TRANSIENT)
      }
      try check(code)
    }

    private func check(_ code: Int32) throws(DatabaseError) {
      guard code == SQLITE_OK else {
        throw statement.database.error(code: code, sql: statement.sql)
      }
    }
  }
}
