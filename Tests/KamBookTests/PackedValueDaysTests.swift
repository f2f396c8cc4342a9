import KamDomain
import KamTime
import Testing

@testable import KamBook

@Suite("The packed days of the client_value table")
struct PackedValueDaysTests {
  @Test("packed days sum back to the amounts inside a window, negative ones too")
  func roundTrip() {
    let days = [
      ValueDay(
        date: CalendarDate(iso: "2025-12-31")!, revenue: Money(minorUnits: 1_000),
        cogs: Money(minorUnits: 400)),
      ValueDay(date: CalendarDate(iso: "2026-01-01")!, revenue: Money(minorUnits: -250)),
      ValueDay(date: CalendarDate(iso: "2026-06-30")!, costToServe: Money(minorUnits: 7)),
      ValueDay(date: CalendarDate(iso: "1969-12-31")!, revenue: Money(minorUnits: Int64.max)),
    ]
    let bytes = PackedValueDays.pack(days)
    #expect(bytes.count < 4 * 4 * 8)
    let window = ValueWindow(endingOn: CalendarDate(iso: "2026-12-31")!, days: 365)
    let (revenue, cogs, serve) = bytes.withUnsafeBytes { PackedValueDays.sum($0, in: window) }
    #expect(revenue == Money(minorUnits: -250))
    #expect(cogs == .zero)
    #expect(serve == Money(minorUnits: 7))
    let old = ValueWindow(endingOn: CalendarDate(iso: "1970-01-01")!, days: 2)
    #expect(bytes.withUnsafeBytes { PackedValueDays.sum($0, in: old) }.0.minorUnits == Int64.max)
  }
}
