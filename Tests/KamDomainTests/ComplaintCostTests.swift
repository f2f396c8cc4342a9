import KamDomain
import KamTime
import Testing

@Suite("Complaint resolution costs in the value window")
struct ComplaintCostTests {
  let policy = Policy()
  let t = day("2026-12-31")

  @Test("given a complaint filed before the window, resolved inside, then it costs by resolvedOn")
  func datedByResolution() {
    var given = GivenClient("acme")
    given.complaint("c1", on: "2025-12-01")
    given.resolved("c1", cost: 800, on: "2026-01-01")
    given.complaint("c2", on: "2026-12-20")
    given.resolved("c2", cost: 300, on: "2027-01-05")  // after t

    let value = ClientValue.evaluate(given.history, on: t, policy: policy)

    #expect(value.costToServe == money(800))
  }

  @Test("given an unresolved complaint, then it costs nothing yet")
  func unresolved() {
    var given = GivenClient("acme")
    given.complaint("c1", on: "2026-06-01")

    #expect(ClientValue.evaluate(given.history, on: t, policy: policy).costToServe == .zero)
  }

  @Test("given the resolution is retracted, then its cost is excluded")
  func retractedResolution() {
    var given = GivenClient("acme")
    given.complaint("c1", on: "2026-06-01")
    let resolution = given.resolved("c1", cost: 800, on: "2026-06-05")
    given.retract(resolution, on: "2026-06-06")

    #expect(ClientValue.evaluate(given.history, on: t, policy: policy).costToServe == .zero)
  }

  @Test("given the complaint itself is retracted, then its resolution cost is excluded too")
  func retractedComplaint() {
    var given = GivenClient("acme")
    let complaint = given.complaint("c1", on: "2026-06-01")
    given.resolved("c1", cost: 800, on: "2026-06-05")
    given.retract(complaint, on: "2026-06-06")

    #expect(ClientValue.evaluate(given.history, on: t, policy: policy).costToServe == .zero)
  }

  @Test("given only costs to serve, then the client is unprofitable")
  func onlyCosts() {
    var given = GivenClient("acme")
    given.meeting(minutes: 30, on: "2026-02-01")
    given.complaint("c1", on: "2026-03-01")
    given.resolved("c1", cost: 50, on: "2026-03-02")

    let value = ClientValue.evaluate(given.history, on: t, policy: policy)

    #expect(value.revenue == .zero)
    #expect(value.costToServe == money(150))
    #expect(value.profit == money(-150))
    #expect(value.unprofitable)
  }
}

@Suite("A complaint's resolutions under retraction")
struct ComplaintResolutionTests {
  @Test(
    "given a resolution retracted, a second one retracted, and the first retraction retracted, then the first stands"
  )
  func firstResolutionComesBack() throws {
    var given = GivenClient("acme")
    given.complaint("c1", on: "2026-03-01")
    let first = given.resolved("c1", cost: 300, on: "2026-03-05")
    let undoFirst = given.retract(first, on: "2026-03-06")
    let second = given.resolved("c1", cost: 900, on: "2026-03-10")
    given.retract(second, on: "2026-03-11")
    given.retract(undoFirst, on: "2026-03-12")
    let history = given.history
    let complaint = try #require(history.complaint(id: "c1"))

    let standing = complaint.standingResolution { !history.isRetracted($0) }

    #expect(standing?.seq == first)
    #expect(standing?.date == day("2026-03-05"))
    #expect(
      history.valueDays(policy: Policy()) == [
        ValueDay(date: day("2026-03-05"), costToServe: money(300))
      ])
  }

  @Test("given the only resolution retracted, then the complaint stands open and costs nothing")
  func retractedResolutionLeavesItOpen() throws {
    var given = GivenClient("acme")
    given.complaint("c1", on: "2026-03-01")
    let resolution = given.resolved("c1", cost: 300, on: "2026-03-05")
    given.retract(resolution, on: "2026-03-06")
    let history = given.history
    let complaint = try #require(history.complaint(id: "c1"))
    #expect(complaint.standingResolution { !history.isRetracted($0) } == nil)
    #expect(history.valueDays(policy: Policy()).isEmpty)
  }
}
