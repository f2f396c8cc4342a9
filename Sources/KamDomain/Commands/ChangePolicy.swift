/// Put a scoring policy in force.
public struct ChangePolicy: Hashable, Sendable {
  /// The policy; its version is assigned when it is put in force.
  public var policy: Policy

  /// Puts `policy` in force.
  public init(_ policy: Policy) { self.policy = policy }

  /// The policy as it goes in force after `current`: with the next version.
  public func versioned(after current: Policy) -> Policy {
    var policy = policy
    policy.version = current.version + 1
    return policy
  }

  /// The policy change, given the policy in force; refused when it changes
  /// nothing (the document was validated when it was read), since a new version
  /// identical to the one in force would only say something changed.
  public func decide(given current: Policy) -> Result<[DomainEvent], CommandRefusal> {
    guard !PolicyDifference.between(current, policy).isEmpty else {
      return .failure(
        CommandRefusal(
          .unchanged,
          "the policy is the one in force already (version \(current.version)); nothing to change"
        ))
    }
    let policy = versioned(after: current)
    return .success([
      .policyChanged(
        PolicyChanged(version: Int64(policy.version), document: policy.document.text))
    ])
  }
}
