public import KamTime

/// One stay of a client in a stage, as CRMs report lifecycle stages: entered,
/// exited, and time in stage.
public struct StageVisit: Hashable, Sendable {
  /// The stage.
  public var stage: Stage
  /// The first day in the stage.
  public var entered: CalendarDate
  /// The first day in the next stage, or nil while the client is still in it.
  public var exited: CalendarDate?
  /// Whole days elapsed in the stage: `exited − entered`, or `today − entered`
  /// for the current stage (0 on the day it was entered).
  public var days: Int64

  /// Creates a visit.
  public init(stage: Stage, entered: CalendarDate, exited: CalendarDate?, days: Int64) {
    self.stage = stage
    self.entered = entered
    self.exited = exited
    self.days = days
  }
}
