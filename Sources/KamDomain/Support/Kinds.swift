/// What kind of meeting was held.
public enum MeetingKind: String, CaseIterable, Sendable {
  /// At the client's premises.
  case visit
  /// By telephone or video.
  case call
  /// A working session on a topic.
  case workshop
  /// A periodic business review.
  case review
}

/// How serious a complaint is.
public enum Severity: String, CaseIterable, Sendable {
  /// Minor.
  case low
  /// Noticeable.
  case medium
  /// Threatens the relationship.
  case high
}

/// How a price negotiation ended.
public enum NegotiationOutcome: String, CaseIterable, Sendable {
  /// We won the deal.
  case won
  /// We lost the deal.
  case lost
  /// Still going on.
  case open
}

/// What a joint initiative is: the marks of a synergistic relationship.
public enum InitiativeKind: String, CaseIterable, Sendable {
  /// A joint work team, such as launching a product together.
  case jointTeam = "joint-team"
  /// Shared warehouse space.
  case sharedWarehouse = "shared-warehouse"
  /// Developing a product or service together.
  case coDevelopment = "co-development"
}

/// What a recorded decision decided.
public enum DecisionKind: String, CaseIterable, Sendable {
  /// Make the client a key account.
  case designateKeyAccount = "designate-key-account"
  /// Stop treating the client as a key account.
  case dropKeyAccount = "drop-key-account"
  /// Approve a discount.
  case approveDiscount = "approve-discount"
  /// Contact the client less.
  case reduceContact = "reduce-contact"
  /// Contact the client more.
  case increaseContact = "increase-contact"
  /// Give the client to another account owner.
  case reassignOwner = "reassign-owner"
}

extension FlatJSON {
  /// A required member holding one of an enumeration's raw values.
  public func word<Word: RawRepresentable>(_ key: String, as type: Word.Type) throws(PayloadError)
    -> Word where Word.RawValue == String
  {
    let text = try string(key)
    guard let word = Word(rawValue: text) else { throw .unknownWord(key, text) }
    return word
  }
}
