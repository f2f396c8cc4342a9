import KamDomain

/// Keeps each client's settled stage timeline (`stage_transitions` in SQL).
enum StageProjection {
  /// The projection, for one catch-up.
  static func make() -> PerClientProjection<StageTimeline> {
    PerClientProjection(
      name: "stage-timeline", table: .stageTransitions,
      compute: { history, policy in StageTimeline(settled: history, policy: policy) },
      store: { client, timeline, tx in
        try tx.replaceTransitions(of: client, with: timeline?.transitions ?? [])
      })
  }
}
