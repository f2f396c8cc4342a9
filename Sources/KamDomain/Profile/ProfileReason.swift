/// One feature of a client against the profile: its value, the lasting clients' typical
/// value, and how far the difference moves the fit (on the log-odds scale).
public struct ProfileReason: Hashable, Sendable {
  /// The feature.
  public var feature: ProfileFeature
  /// The client's value, in the feature's unit; nil when it has none (read as the mean).
  public var value: Double?
  /// The lasting training clients' median; nil when none of them had the feature.
  public var typical: Double?
  /// β·(z − z̃): the log-odds the fit gains (or, negative, loses) from differing from the
  /// typical lasting client in this feature.
  public var contribution: Double
}
