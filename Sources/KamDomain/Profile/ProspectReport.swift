public import KamTime

/// The key-client profile learned on one day, and every open prospect's and first-year
/// client's fit against it, best fit first.
public struct ProspectReport: Hashable, Sendable {
  /// The profile.
  public var profile: KeyClientProfile
  /// The scored clients: fit highest first (none last), then by slug.
  public var fits: [ProspectFit]

  /// Learns the profile from `histories` and scores the new clients known on `date`.
  public init(_ histories: [ClientHistory], on date: CalendarDate, policy: Policy) {
    profile = KeyClientProfile(histories, on: date, policy: policy)
    let profile = profile
    let new = histories.filter { history in
      EarlyFacts(history, on: date, earlyDays: profile.earlyDays).map {
        KeyClientProfile.isNew($0, on: date, policy: policy)
      } ?? false
    }
    fits = ParallelMap.map(new) { profile.score($0, policy: policy) }.compactMap { $0 }
      .sorted { a, b in
        switch (a.fit, b.fit) {
        case (let x?, let y?) where x != y: x > y
        case (.some, nil): true
        case (nil, .some): false
        default: a.client < b.client
        }
      }
  }
}
