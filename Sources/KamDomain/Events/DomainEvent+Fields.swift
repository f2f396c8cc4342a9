extension DomainEvent {
  /// What a payload member stored as an integer holds, as outputs show it.
  public enum Field: Hashable, Sendable {
    /// Money in minor units.
    case money
    /// A percentage in basis points.
    case percentage
    /// A plain integer (a score, a sequence number, a version).
    case integer
  }

  /// Every payload type kam records.
  public static let payloadTypes: [any EventPayload.Type] = [
    BookCreated.self, ClientRegistered.self, ProspectRegistered.self, ClientAssessed.self,
    StrategicFlagSet.self, StrategicFlagCleared.self, SaleRecorded.self, MeetingHeld.self,
    ComplaintFiled.self, ComplaintResolved.self, PriceNegotiated.self, InitiativeStarted.self,
    InitiativeEnded.self, EventRetracted.self, PolicyChanged.self, DecisionRecorded.self,
    ClientRenamed.self, ClientReassigned.self, ClientSegmentChanged.self,
  ]

  private static let payloadTypesByName = Dictionary(
    uniqueKeysWithValues: payloadTypes.map { ($0.type, $0) })

  /// The payload type stored under `name`, nil for a type this kam does not know.
  public static func payloadType(named name: String) -> (any EventPayload.Type)? {
    payloadTypesByName[name]
  }

  /// What member `key` of a payload of type `type` holds (a plain integer for a
  /// type or member kam does not know).
  public static func field(_ key: String, ofType type: String) -> Field {
    guard let payload = payloadType(named: type) else { return .integer }
    if payload.moneyFields.contains(key) { return .money }
    if payload.percentageFields.contains(key) { return .percentage }
    return .integer
  }
}
