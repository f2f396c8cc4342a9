/// One client's change of stage.
public struct ClientTransition: Sendable, Hashable {
  /// The client.
  public var client: ClientSlug
  /// The change.
  public var transition: StageTransition

  /// A change of `client`'s stage.
  public init(client: ClientSlug, transition: StageTransition) {
    self.client = client
    self.transition = transition
  }
}
