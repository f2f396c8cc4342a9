/// Every event kam records.
public enum DomainEvent: Hashable, Sendable {
  /// See ``BookCreated``.
  case bookCreated(BookCreated)
  /// See ``ClientRegistered``.
  case clientRegistered(ClientRegistered)
  /// See ``ProspectRegistered``.
  case prospectRegistered(ProspectRegistered)
  /// See ``ClientRenamed``.
  case clientRenamed(ClientRenamed)
  /// See ``ClientReassigned``.
  case clientReassigned(ClientReassigned)
  /// See ``ClientSegmentChanged``.
  case clientSegmentChanged(ClientSegmentChanged)
  /// See ``ClientAssessed``.
  case clientAssessed(ClientAssessed)
  /// See ``StrategicFlagSet``.
  case strategicFlagSet(StrategicFlagSet)
  /// See ``StrategicFlagCleared``.
  case strategicFlagCleared(StrategicFlagCleared)
  /// See ``SaleRecorded``.
  case saleRecorded(SaleRecorded)
  /// See ``MeetingHeld``.
  case meetingHeld(MeetingHeld)
  /// See ``ComplaintFiled``.
  case complaintFiled(ComplaintFiled)
  /// See ``ComplaintResolved``.
  case complaintResolved(ComplaintResolved)
  /// See ``PriceNegotiated``.
  case priceNegotiated(PriceNegotiated)
  /// See ``InitiativeStarted``.
  case initiativeStarted(InitiativeStarted)
  /// See ``InitiativeEnded``.
  case initiativeEnded(InitiativeEnded)
  /// See ``EventRetracted``.
  case eventRetracted(EventRetracted)
  /// See ``PolicyChanged``.
  case policyChanged(PolicyChanged)
  /// See ``DecisionRecorded``.
  case decisionRecorded(DecisionRecorded)

  /// The payload inside.
  public var payload: any EventPayload {
    switch self {
    case .bookCreated(let e): e
    case .clientRegistered(let e): e
    case .prospectRegistered(let e): e
    case .clientRenamed(let e): e
    case .clientReassigned(let e): e
    case .clientSegmentChanged(let e): e
    case .clientAssessed(let e): e
    case .strategicFlagSet(let e): e
    case .strategicFlagCleared(let e): e
    case .saleRecorded(let e): e
    case .meetingHeld(let e): e
    case .complaintFiled(let e): e
    case .complaintResolved(let e): e
    case .priceNegotiated(let e): e
    case .initiativeStarted(let e): e
    case .initiativeEnded(let e): e
    case .eventRetracted(let e): e
    case .policyChanged(let e): e
    case .decisionRecorded(let e): e
    }
  }

  /// The stored type name.
  public var type: String { Swift.type(of: payload).type }
  /// The payload schema version written.
  public var version: Int { Swift.type(of: payload).version }
}
