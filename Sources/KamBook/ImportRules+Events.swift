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
      return try amount(text, field: field)
    }
    let clientText = clientPrefix + (try required("client"))
    guard let client = ClientSlug(rawValue: clientText.lowercased()) else {
      throw RowError(
        field: "client",
        message: "\(Self.shown(clientText)) does not make a slug (\(ClientSlug.rule))")
    }
    var date: CalendarDate?
    if let text = try value("date", in: columns) {
      let parsed = try day(text)
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
      let kind = try meetingKind(try required("kind"))
      var minutes: Int64?
      if let text = try value("minutes", in: columns) { minutes = try self.minutes(text) }
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

  /// Checks a `const.FIELD` value as a row's value for that field would be.
  func checkConstant(_ field: String, _ text: String) throws(RowError) {
    switch field {
    case "amount", "cost": _ = try amount(text, field: field)
    case "date": _ = try day(text)
    case "minutes": _ = try minutes(text)
    case "kind": _ = try meetingKind(text)
    default: break
    }
  }

  /// An amount of at least 0 in the rules' decimal format.
  func amount(_ text: String, field: String) throws(RowError) -> Money {
    guard let money = Money(decimal: text, decimalSeparator: decimalSeparator),
      money.minorUnits >= 0
    else {
      let separator = decimalSeparator == UInt8(ascii: ",") ? "a comma" : "a point"
      throw RowError(
        field: field,
        message:
          "\(Self.shown(text)) is not an amount (expected a decimal of at least 0 and at most \(Money.maximum) with \(separator), no thousands separators)"
      )
    }
    return money
  }

  /// A real date in the rules' date format, no earlier than 1970-01-01.
  func day(_ text: String) throws(RowError) -> CalendarDate {
    guard let parsed = date(text) else {
      throw RowError(
        field: "date",
        message: "\(Self.shown(text)) is not a real date in the format \(dateFormat.rawValue)")
    }
    guard parsed >= .earliestBusinessDay else {
      throw RowError(
        field: "date",
        message:
          "\(parsed) is before \(CalendarDate.earliestBusinessDay), the earliest day kam records")
    }
    return parsed
  }

  /// Minutes of a meeting, 0 to 1440, digits only.
  func minutes(_ text: String) throws(RowError) -> Int64 {
    guard let value = Self.number(text, upTo: 1440) else {
      throw RowError(
        field: "minutes", message: "\(Self.shown(text)) is not a number of minutes from 0 to 1440")
    }
    return Int64(value)
  }

  /// A meeting kind.
  func meetingKind(_ text: String) throws(RowError) -> MeetingKind {
    guard let kind = MeetingKind(rawValue: text) else {
      throw RowError(
        field: "kind", message: "\(Self.shown(text)) is not visit, call, workshop or review")
    }
    return kind
  }
}
