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
}
