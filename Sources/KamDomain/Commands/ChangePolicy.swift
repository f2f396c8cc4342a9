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

  /// The policy change, given the policy in force; never refused (the document
  /// was validated when it was read).
  public func decide(given current: Policy) -> Result<[DomainEvent], CommandRefusal> {
    let policy = versioned(after: current)
    return .success([
      .policyChanged(
        PolicyChanged(version: Int64(policy.version), document: policy.document.text))
    ])
  }
}
