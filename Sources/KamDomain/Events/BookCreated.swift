/// The book was created, in this currency.
public struct BookCreated: EventPayload {
  public static let type = "book-created"
  public static let version = 1

  /// The currency of every amount in the book.
  public var currency: Currency

  /// Creates the event.
  public init(currency: Currency) {
    self.currency = currency
  }

  public init(json: FlatJSON) throws(PayloadError) {
    self.currency = try json.currency("currency")
  }

  public var json: FlatJSON {
    var json = FlatJSON()
    json.set("currency", .string(currency.rawValue))
    return json
  }
}
