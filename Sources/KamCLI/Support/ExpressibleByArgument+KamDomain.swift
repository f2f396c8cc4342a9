public import ArgumentParser
import KamDomain

// The domain's fixed vocabularies, read straight from the command line, so that
// `--help` and the completion scripts list their values and a new case reaches
// the CLI without a second list to keep in step.
//
// Declared here rather than as small CLI enums: KamDomain must not import
// ArgumentParser (it is the CLI's concern), and a copy of each enum would be a
// second list to keep in step. The compiler accepts these without `@retroactive`
// because KamDomain is in the same package, so it can never grow a conflicting
// conformance behind our back. The raw values are the parsed words; the
// conformances add nothing but the protocol's defaults for `CaseIterable`,
// `RawRepresentable` enums. They are public because the types are (a conformance
// cannot be narrower), hence the public import, as `Kam.swift` has.

extension Stage: ExpressibleByArgument {}
extension Severity: ExpressibleByArgument {}
extension MeetingKind: ExpressibleByArgument {}
extension NegotiationOutcome: ExpressibleByArgument {}
extension InitiativeKind: ExpressibleByArgument {}
extension DecisionKind: ExpressibleByArgument {}
extension CalendarPeriod: ExpressibleByArgument {}

extension ParetoClass: ExpressibleByArgument {
  /// `A`, `B` or `C`, in either case (`--class a`).
  init?(argument: String) { self.init(rawValue: argument.uppercased()) }
}
