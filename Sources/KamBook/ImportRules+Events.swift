import KamDomain
import KamTime

extension ImportRules {
  /// The event one row stands for, with its client and business date.
  func event(from columns: [Substring], today: CalendarDate) throws(RowError) -> (
    client: ClientSlug, date: CalendarDate?, event: DomainEvent
  ) {
    func required(_ field: String) throws(RowError) -> String {
      guard let value = try value(field, in: columns) else {
        throw RowError(field: field, message: "is empty; a \(event.rawValue) needs it")
      }
      return value
    }
    func money(_ field: String) throws(RowError) -> Money? {
      guard let text = try value(field, in: columns) else { return nil }
      guard let money = Money(decimal: text, decimalSeparator: decimalSeparator),
        money.minorUnits >= 0
      else {
        let separator = decimalSeparator == UInt8(ascii: ",") ? "a comma" : "a point"
        throw RowError(
          field: field,
          message:
            "\"\(text)\" is not an amount (expected a decimal of at least 0 with \(separator), no thousands separators)"
        )
      }
      return money
    }
    let clientText = clientPrefix + (try required("client"))
    guard let client = ClientSlug(rawValue: clientText.lowercased()) else {
      throw RowError(
        field: "client", message: "\"\(clientText)\" does not make a slug (\(ClientSlug.rule))")
    }
    var date: CalendarDate?
    if let text = try value("date", in: columns) {
      guard let parsed = self.date(text) else {
        throw RowError(
          field: "date",
          message: "\"\(text)\" is not a real date in the format \(dateFormat.rawValue)")
      }
      guard parsed <= today else {
        throw RowError(field: "date", message: "\(parsed) is in the future (today is \(today))")
      }
      date = parsed
    }
    switch event {
    case .sale:
      let amount = try money("amount") ?? .zero
      let sale = SaleRecorded(
        client: client, amount: amount, cost: try money("cost") ?? .zero,
        ref: try value("ref", in: columns), note: try value("note", in: columns))
      return (client, date, .saleRecorded(sale))
    case .meeting:
      let kindText = try required("kind")
      guard let kind = MeetingKind(rawValue: kindText) else {
        throw RowError(
          field: "kind", message: "\"\(kindText)\" is not visit, call, workshop or review")
      }
      var minutes: Int64?
      if let text = try value("minutes", in: columns) {
        guard let value = Int64(text), value >= 0, value <= 1440 else {
          throw RowError(
            field: "minutes", message: "\"\(text)\" is not a number of minutes from 0 to 1440")
        }
        minutes = value
      }
      let meeting = MeetingHeld(
        client: client, kind: kind, minutes: minutes, cost: try money("cost"))
      return (client, date, .meetingHeld(meeting))
    case .client:
      let registered = ClientRegistered(
        client: client, name: try required("name"), segment: try value("segment", in: columns),
        owner: try value("owner", in: columns))
      return (client, date, .clientRegistered(registered))
    }
  }
}
