public import ArgumentParser

/// How results are printed.
public enum OutputFormat: String, CaseIterable, Sendable, ExpressibleByArgument {
  /// Aligned columns for people.
  case table
  /// One JSON document for programs.
  case json
  /// CSV with a header line.
  case csv
}
