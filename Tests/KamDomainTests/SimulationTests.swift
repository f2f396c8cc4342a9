import Foundation
import KamDomain
import KamSimulation
import KamTime
import Testing

@Suite("Simulated book: determinism and shape")
struct SimulationTests {
  static let book = SimulatedHistory()

  @Test("the same seed gives the same batches; another seed does not")
  func determinism() {
    let again = SimulatedHistory()
    #expect(again.batches == Self.book.batches)
    #expect(again.truth == Self.book.truth)
    let other = SimulatedHistory(seed: 8)
    #expect(other.batches != Self.book.batches)
  }

  @Test("log and exp match the platform's to within an ulp or two")
  func math() {
    for x in [1e-300, 0.001, 0.5, 1, 1.5, 2, 10, 12345.678, 1e300] {
      #expect(abs(SimulationMath.log(x) - log(x)) <= 1e-15 * max(1, abs(log(x))))
    }
    for x in [-700.0, -20, -1, -1e-9, 0, 0.3, 1, 5.5, 100, 700] {
      #expect(abs(SimulationMath.exp(x) - exp(x)) <= 1e-15 * exp(x))
    }
  }

  @Test("the book opens with its creation, then every relationship event kind occurs")
  func everyKind() {
    let events = Self.book.events
    #expect(events.first?.event.type == BookCreated.type)
    #expect(events.first?.number == 1)
    #expect(events.map(\.number) == Array(1...Int64(events.count)))
    let types = Set(events.map(\.event.type))
    // Decisions and policy changes record how kam is used, not the relationships.
    let expected = [
      BookCreated.type, ClientRegistered.type, ProspectRegistered.type, ClientAssessed.type,
      StrategicFlagSet.type, StrategicFlagCleared.type, SaleRecorded.type, MeetingHeld.type,
      ComplaintFiled.type, ComplaintResolved.type, PriceNegotiated.type,
      InitiativeStarted.type, InitiativeEnded.type, EventRetracted.type,
    ]
    for type in expected { #expect(types.contains(type), "\(type) never occurs") }
    #expect(Self.book.summary.events == events.count)
  }

  @Test("a realistic share of events is backdated; the rest are entered the same evening")
  func backdating() {
    let events = Self.book.events
    let late = events.filter(\.isBackdated)
    let share = Double(late.count) / Double(events.count)
    #expect(share > 0.04 && share < 0.11, "backdated share \(share)")
    #expect(late.contains { $0.occurredAt.date.days(to: $0.recordedAt.date) > 7 })
    for event in events.dropFirst() {
      #expect(event.recordedAt > event.occurredAt)
      #expect(event.occurredAt.date <= SimulatedHistory.endDate)
    }
  }

  @Test("system time never goes back, and every batch shares one recorded instant")
  func recordingOrder() {
    var previous = Instant(millisecondsSinceEpoch: 0)
    for batch in Self.book.batches {
      #expect(batch.recordedAt >= previous)
      #expect(batch.events.allSatisfy { $0.recordedAt == batch.recordedAt })
      #expect(!batch.events.isEmpty)
      previous = batch.recordedAt
    }
  }

  @Test("facts come after what they depend on: registration, complaint, initiative start")
  func causality() {
    var registered: Set<String> = []
    var filed: Set<String> = []
    var started: Set<String> = []
    for event in Self.book.events {
      switch event.event {
      case .clientRegistered(let e): registered.insert(e.client.rawValue)
      case .prospectRegistered(let e): registered.insert(e.client.rawValue)
      case .complaintFiled(let e): filed.insert(e.complaint)
      case .complaintResolved(let e): #expect(filed.contains(e.complaint))
      case .initiativeStarted(let e): started.insert(e.initiative)
      case .initiativeEnded(let e): #expect(started.contains(e.initiative))
      default: break
      }
      if event.stream != "$book" { #expect(registered.contains(event.stream)) }
    }
  }

  @Test("the ground truth names focus periods, neglect, churn, and won and lost prospects")
  func truth() {
    let truth = Self.book.truth
    for kind in [SimulationTruth.Kind.focus, .neglected, .churned, .won, .lost, .demanding, .fit] {
      #expect(!truth.records(kind).isEmpty, "no \(kind) records")
    }
    #expect(truth.csv.hasPrefix(SimulationTruth.csvHeader + "\n"))
    #expect(truth.records(.churned).contains { $0.detail == "neglected" })
    for record in truth.records { #expect(record.to.map { $0 >= record.from } ?? true) }
  }

  @Test("every account has one fit line, a z-score, and poor fits churn more often")
  func fit() throws {
    let truth = Self.book.truth
    let fits = truth.records(.fit)
    #expect(fits.count == Set(fits.compactMap(\.client)).count)
    #expect(fits.count == Self.book.histories.filter(\.isRegistered).count)
    #expect(fits.allSatisfy { Double($0.detail) != nil && $0.to == nil })
    #expect(SimulationTruth.fitText(-0.4124) == "-0.412")
    #expect(SimulationTruth.fitText(0.0004) == "0.000")
    #expect(SimulationTruth.fitText(1.5) == "1.500")
    let values = truth.fits
    let churned = Set(truth.records(.churned).compactMap(\.client))
    let mean = { (clients: [Double]) in clients.reduce(0, +) / Double(max(clients.count, 1)) }
    let churnedFit = mean(values.filter { churned.contains($0.key) }.map(\.value))
    let stayedFit = mean(values.filter { !churned.contains($0.key) }.map(\.value))
    #expect(churnedFit < stayedFit - 0.3, "churned \(churnedFit), the others \(stayedFit)")
  }
}
