import ArgumentParser

/// The confirmation a logging command needs to date an event long ago.
///
/// A mistyped year (`0001`, `1926` for `2026`) would otherwise enter the log
/// and make every client look decades overdue; see ``GlobalOptions/occurredAt(on:option:allowingOld:)``.
struct BackdatingOptions: ParsableArguments {
  @Flag(help: "Accept a day more than ten years before today (never before 1970-01-01).")
  var allowOldDate = false
}
