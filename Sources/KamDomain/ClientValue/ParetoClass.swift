/// A client's Pareto class on profit: A the top earners, B the next, C the rest.
public enum ParetoClass: String, CaseIterable, Sendable {
  /// The smallest set of top clients reaching `paretoA` of the positive profit.
  case a = "A"
  /// The next clients, up to `paretoB` of the positive profit.
  case b = "B"
  /// Everyone else, including every client with profit at or below zero.
  case c = "C"
}
