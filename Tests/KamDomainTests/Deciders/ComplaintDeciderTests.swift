import KamDomain
import Testing

@Suite("Deciders: complaints")
struct ComplaintDeciderTests {
  let acme = slug("acme")

  func file(on date: String = "2026-03-01") -> FileComplaint {
    FileComplaint(client: acme, severity: .medium, about: "late", occurredAt: noon(date))
  }

  func resolve(_ id: String, cost: Int64 = 200, on date: String = "2026-03-10")
    -> ResolveComplaint
  {
    ResolveComplaint(client: acme, complaint: id, cost: money(cost), occurredAt: noon(date))
  }

  @Test("given two complaints, one retracted, when another is filed, then its number is the third")
  func numbering() {
    var given = GivenClient.registered()
    let first = given.complaint("acme-1", on: "2026-02-01")
    given.complaint("acme-2", on: "2026-02-02")
    given.retract(first, on: "2026-02-03")
    let decided = file().decide(given: given.history)
    #expect(
      decided.events == [
        .complaintFiled(
          ComplaintFiled(client: acme, complaint: "acme-3", severity: .medium, about: "late"))
      ])
  }

  @Test(
    "given an open complaint, when it is resolved on or after its filing day, then it is",
    arguments: ["2026-02-01", "2026-02-20"])
  func resolves(on date: String) {
    var given = GivenClient.registered()
    given.complaint("acme-1", on: "2026-02-01")
    #expect(
      resolve("acme-1", on: date).decide(given: given.history).events == [
        .complaintResolved(ComplaintResolved(client: acme, complaint: "acme-1", cost: money(200)))
      ])
  }

  @Test("given an open complaint, when it is resolved before it was filed, then it is refused")
  func beforeFiling() {
    var given = GivenClient.registered()
    given.complaint("acme-1", on: "2026-02-01")
    let refusal = resolve("acme-1", on: "2026-01-31").decide(given: given.history).refusal
    #expect(refusal?.code == .beforeStart)
    #expect(refusal?.message == "on 2026-01-31 is before the complaint was filed (2026-02-01)")
    #expect(
      refusal?.message { "--" + $0 }
        == "--on 2026-01-31 is before the complaint was filed (2026-02-01)")
  }

  @Test("given a resolved complaint, when it is resolved again, then it was resolved already")
  func resolvedAlready() {
    var given = GivenClient.registered()
    given.complaint("acme-1", on: "2026-02-01")
    given.resolved("acme-1", cost: 10, on: "2026-02-05")
    let refusal = resolve("acme-1").decide(given: given.history).refusal
    #expect(refusal?.code == .resolvedAlready)
    #expect(refusal?.message == "complaint acme-1 was resolved already, on 2026-02-05")
  }

  @Test("given a resolution that was retracted, when the complaint is resolved again, then it is")
  func afterRetractedResolution() {
    var given = GivenClient.registered()
    given.complaint("acme-1", on: "2026-02-01")
    let resolution = given.resolved("acme-1", cost: 10, on: "2026-02-05")
    given.retract(resolution, on: "2026-02-06")
    #expect(resolve("acme-1").decide(given: given.history).events?.count == 1)
  }

  @Test(
    "given open, resolved and retracted complaints, when an unknown one is resolved, then the open ones are named"
  )
  func unknown() {
    var given = GivenClient.registered()
    given.complaint("acme-1", on: "2026-02-01")
    given.complaint("acme-2", on: "2026-02-02")
    given.resolved("acme-2", cost: 0, on: "2026-02-03")
    let third = given.complaint("acme-3", on: "2026-02-04")
    given.complaint("acme-4", on: "2026-02-05")
    given.retract(third, on: "2026-02-06")
    let refusal = resolve("acme-3").decide(given: given.history).refusal
    #expect(refusal?.code == .unknownComplaint)
    #expect(
      refusal?.message == "client acme has no complaint \"acme-3\"; open complaints: acme-1, acme-4"
    )
    let none = resolve("acme-9").decide(given: GivenClient.registered().history).refusal
    #expect(none?.message == "client acme has no complaint \"acme-9\"")
  }
}
