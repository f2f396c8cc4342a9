/// One member a policy change changes: its value in force and the new one.
public struct PolicyDifference: Hashable, Sendable {
  /// The member's name in the document (`windowDays`).
  public var member: String
  /// Its value in the policy in force.
  public var old: FlatJSONValue
  /// Its value in the new policy.
  public var new: FlatJSONValue

  /// Creates a difference.
  public init(member: String, old: FlatJSONValue, new: FlatJSONValue) {
    self.member = member
    self.old = old
    self.new = new
  }

  /// The members `candidate` changes against `current`, in the document's order.
  ///
  /// The version is left out: kam assigns it, so it differs in every change. An
  /// empty list is a change that changes nothing (``ChangePolicy`` refuses it).
  public static func between(_ current: Policy, _ candidate: Policy) -> [PolicyDifference] {
    let old = current.document
    return candidate.document.members.compactMap { member in
      guard member.key != "version", let was = old[member.key], was != member.value else {
        return nil
      }
      return PolicyDifference(member: member.key, old: was, new: member.value)
    }
  }
}
