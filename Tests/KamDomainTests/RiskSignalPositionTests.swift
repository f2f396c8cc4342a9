import KamDomain
import Testing

@Suite("The risk listing's signal positions")
struct RiskSignalPositionTests {
  @Test("the signals are in the order the stored risk listing writes them as positions")
  func pinned() {
    // A stored risk listing names each signal by its position in `RiskSignal.allCases`:
    // a new, removed or moved case must bump `RiskListing.format` before this list changes.
    #expect(
      RiskSignal.allCases.map(\.rawValue) == [
        "p-alive", "contact-gap", "purchase-gap", "complaints", "discount-pressure",
        "attention-shift",
      ], "RiskSignal's cases changed: bump RiskListing.format, then update this list")
    #expect(RiskListing.format == 2_002)
  }
}
