extension CommandRefusal {
  /// A rename, reassignment or segment change to what the client has already.
  static func unchanged(
    _ client: ClientSlug, _ field: ClientHistory.ProfileChange.Field, _ value: String
  ) -> CommandRefusal {
    let words: Words =
      switch field {
      case .name: "client \"\(client)\" is named \"\(value)\" already; nothing to change"
      case .owner: "the owner of client \"\(client)\" is \"\(value)\" already; nothing to change"
      case .segment: "client \"\(client)\" is in segment \"\(value)\" already; nothing to change"
      }
    return CommandRefusal(.unchanged, words)
  }

  /// An empty name, owner or segment.
  static func emptyProfileValue(_ field: ClientHistory.ProfileChange.Field) -> CommandRefusal {
    CommandRefusal(.emptyValue, "\(input: field.rawValue) must not be empty")
  }
}
