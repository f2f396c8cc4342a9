import KamDomain
import KamTime
import Testing

@Suite("Churn risk: complaints and discount pressure")
struct RiskTroubleSignalTests {
  @Test(
    "given a complaint filed on day 10, then open, stale from day 41, gone once resolved",
    arguments: [
      (9, 0.0, 0.0, 0.0), (10, 1, 0, 0.25), (40, 1, 0, 0.25), (41, 1, 1, 0.5), (44, 1, 1, 0.5),
      (45, 0, 0, 0),
    ])
  func complaint(day: Int, open: Double, stale: Double, score: Double) throws {
    var book = GivenBook()
    book.sale("acme", on: 0)
    book.complaint("acme", "c1", on: 10)
    book.resolved("acme", "c1", on: 45)
    let reading = try #require(try book.reading(.complaints, of: "acme", on: day))
    #expect(reading.value == open)
    #expect(reading.detail == stale)
    #expect(reading.score == score)
  }

  @Test("given two stale complaints, one of them with a retracted resolution, then score 1")
  func retractedResolution() throws {
    var book = GivenBook()
    book.sale("acme", on: 0)
    book.complaint("acme", "c1", on: 10)
    book.complaint("acme", "c2", on: 12)
    let resolution = book.resolved("acme", "c2", on: 20)
    book.retract("acme", resolution, on: 21)
    let reading = try #require(try book.reading(.complaints, of: "acme", on: 100))
    #expect(reading.value == 2)
    #expect(reading.detail == 2)
    #expect(reading.score == 1)
  }

  @Test("given a retracted complaint, when evaluated, then it does not count")
  func retractedComplaint() throws {
    var book = GivenBook()
    book.sale("acme", on: 0)
    let filed = book.complaint("acme", "c1", on: 10)
    book.retract("acme", filed, on: 11)
    #expect(try book.reading(.complaints, of: "acme", on: 100)?.value == 0)
  }

  @Test(
    "given a discount, a lost deal and a plain deal, then only the last 180 days count",
    arguments: [(150, 2.0, 1.0, 0.75), (189, 2, 1, 0.75), (190, 1, 1, 0.5), (230, 0, 0, 0)])
  func discountPressure(day: Int, value: Double, lost: Double, score: Double) throws {
    var book = GivenBook()
    book.sale("acme", on: 0)
    book.negotiation("acme", on: 10, granted: 500, outcome: .won)
    book.negotiation("acme", on: 50, granted: 0, outcome: .lost)
    book.negotiation("acme", on: 100, granted: 0, outcome: .won)
    let reading = try #require(try book.reading(.discountPressure, of: "acme", on: day))
    #expect(reading.value == value)
    #expect(reading.detail == lost)
    #expect(reading.score == score)
  }

  @Test("given five discounts granted in the window, when evaluated, then the score caps at 1")
  func discountCap() throws {
    var book = GivenBook()
    book.sale("acme", on: 0)
    for day in [1, 2, 3, 4, 5] { book.negotiation("acme", on: day, outcome: .open) }
    let reading = try #require(try book.reading(.discountPressure, of: "acme", on: 10))
    #expect(reading.value == 5)
    #expect(reading.score == 1)
  }
}
