extension DomainEvent {
  /// The payload as UTF-8 JSON bytes.
  public var payloadBytes: [UInt8] { payload.json.bytes }

  /// Decodes a stored payload of the current version (older versions are
  /// upcast by ``DomainUpcaster`` before they get here).
  public init(type: String, version: Int, payload: some Collection<UInt8>) throws(PayloadError) {
    guard let json = FlatJSON(bytes: payload) else { throw .malformed }
    func make<P: EventPayload>(_: P.Type) throws(PayloadError) -> P {
      guard version == P.version else { throw .unknownType(type, version) }
      return try P(json: json)
    }
    switch type {
    case BookCreated.type: self = .bookCreated(try make(BookCreated.self))
    case ClientRegistered.type: self = .clientRegistered(try make(ClientRegistered.self))
    case ProspectRegistered.type: self = .prospectRegistered(try make(ProspectRegistered.self))
    case ClientRenamed.type: self = .clientRenamed(try make(ClientRenamed.self))
    case ClientReassigned.type: self = .clientReassigned(try make(ClientReassigned.self))
    case ClientSegmentChanged.type:
      self = .clientSegmentChanged(try make(ClientSegmentChanged.self))
    case ClientAssessed.type: self = .clientAssessed(try make(ClientAssessed.self))
    case StrategicFlagSet.type: self = .strategicFlagSet(try make(StrategicFlagSet.self))
    case StrategicFlagCleared.type:
      self = .strategicFlagCleared(try make(StrategicFlagCleared.self))
    case SaleRecorded.type: self = .saleRecorded(try make(SaleRecorded.self))
    case MeetingHeld.type: self = .meetingHeld(try make(MeetingHeld.self))
    case ComplaintFiled.type: self = .complaintFiled(try make(ComplaintFiled.self))
    case ComplaintResolved.type: self = .complaintResolved(try make(ComplaintResolved.self))
    case PriceNegotiated.type: self = .priceNegotiated(try make(PriceNegotiated.self))
    case InitiativeStarted.type: self = .initiativeStarted(try make(InitiativeStarted.self))
    case InitiativeEnded.type: self = .initiativeEnded(try make(InitiativeEnded.self))
    case EventRetracted.type: self = .eventRetracted(try make(EventRetracted.self))
    case PolicyChanged.type: self = .policyChanged(try make(PolicyChanged.self))
    case DecisionRecorded.type: self = .decisionRecorded(try make(DecisionRecorded.self))
    default: throw .unknownType(type, version)
    }
  }
}
