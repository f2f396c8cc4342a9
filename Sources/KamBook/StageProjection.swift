import KamDomain
import KamSQLite
import KamTime

/// Keeps `stage_transitions`: each client's settled stage timeline.
enum StageProjection {
  /// The projection, for one catch-up.
  static func make() -> PerClientProjection<StageTimeline> {
    PerClientProjection(
      name: "stage-timeline", table: "stage_transitions",
      compute: { history, policy in StageTimeline(settled: history, policy: policy) },
      store: store)
  }

  private static func store(_ client: ClientSlug, _ timeline: StageTimeline?, _ db: Database)
    throws
  {
    try db.execute("DELETE FROM stage_transitions WHERE client = ?", [client.rawValue])
    let insert = try db.cachedStatement(
      """
      INSERT INTO stage_transitions
        (client, n, from_stage, to_stage, on_date, rule, cause_seq, policy_version)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?)
      """)
    for (n, transition) in (timeline?.transitions ?? []).enumerated() {
      try insert.bind(
        client.rawValue, n + 1, transition.from?.rawValue, transition.to.rawValue,
        transition.on.description, transition.rule, transition.causeSeq,
        transition.policyVersion)
      try insert.execute()
    }
  }
}
