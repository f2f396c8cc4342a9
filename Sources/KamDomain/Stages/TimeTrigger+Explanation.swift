extension TimeTrigger {
  /// What passing time did, with the policy's figures, for a transition to
  /// `stage` that no event caused: `no sale for 365 days` for a lapse.
  public func explanation(to stage: Stage, policy: Policy) -> String {
    let window = "the \(policy.windowDays)-day window"
    switch self {
    case .saleLeftWindow:
      return stage == .lapsed
        ? "no sale for \(policy.windowDays) days" : "a sale left \(window)"
    case .meetingLeftWindow: return "a meeting left \(window)"
    case .costLeftWindow: return "a cost left \(window)"
    case .complaintStale: return "a complaint open over \(policy.complaintDemotionDays) days"
    case .initiativeEnded: return "the joint initiative ended"
    case .tenureReached: return "first sale \(policy.partnershipTenureDays) days before"
    }
  }
}
