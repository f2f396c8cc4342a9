/// What every domain event's payload provides: its type name, schema version
/// and flat JSON form.
public protocol EventPayload: Hashable, Sendable {
  /// The stored type name, such as `sale-recorded`.
  static var type: String { get }
  /// The current payload schema version.
  static var version: Int { get }
  /// Reads a payload of the current version.
  init(json: FlatJSON) throws(PayloadError)
  /// The payload as flat JSON.
  var json: FlatJSON { get }
  /// The members that hold an amount of money, in minor units: outputs show them
  /// as decimals (`12000.50`), never as the integer stored.
  static var moneyFields: Set<String> { get }
  /// The members that hold a percentage, in basis points.
  static var percentageFields: Set<String> { get }
}

extension EventPayload {
  public static var moneyFields: Set<String> { [] }
  public static var percentageFields: Set<String> { [] }
}
