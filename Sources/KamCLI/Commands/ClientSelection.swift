import ArgumentParser
import KamDomain

/// `--owner`, `--segment`, `--stage`, `--class` and `--limit`: which clients `kam clients`,
/// `key-accounts`, `value` and `risk` list, and how many.
struct ClientSelection: ParsableArguments {
  @Option(
    help: ArgumentHelp(
      "Only this owner's clients: the owner as registered, or the start of it or of any word of it, in any case (anna, nowak); \"(unassigned)\" for clients without one.",
      valueName: "owner"))
  var owner: String?
  @Option(
    help: ArgumentHelp(
      "Only clients of this segment: as registered, or the start of it or of any word of it, in any case; \"(none)\" for clients without one.",
      valueName: "segment"))
  var segment: String?
  @Option(help: ArgumentHelp("Only clients in this stage.", valueName: "stage")) var stage: Stage?
  @Option(
    name: .customLong("class"),
    help: ArgumentHelp("Only clients of this Pareto class.", valueName: "class"))
  var paretoClass: ParetoClass?
  @Option(help: ArgumentHelp("List at most this many clients.", valueName: "n")) var limit: Int?

  func validate() throws {
    try CLIError.validating {
      if let limit, limit < 1 {
        throw CLIError.badValue("--limit", String(limit), expected: "a whole number of at least 1")
      }
      if owner == "" { throw CLIError.badValue("--owner", "", expected: "an owner's name") }
      if segment == "" { throw CLIError.badValue("--segment", "", expected: "a segment") }
    }
  }

  /// True when any option narrows the list.
  var narrows: Bool { owner != nil || segment != nil || stage != nil || paretoClass != nil }

  /// The owners and segments of `rows` that `--owner` and `--segment` are resolved
  /// against, gathered only when one of them is given: a listing of 20,000 clients would
  /// hash every name for nothing.
  func names(of rows: some Sequence<ClientListing>) -> Names {
    owner == nil && segment == nil ? Names() : Names(rows)
  }

  /// The owner `--owner` names among `owners` (nil for "(unassigned)"); an
  /// unknown or ambiguous name is refused with the candidates.
  static func owner(_ text: String, among owners: [String]) throws(CLIError) -> String? {
    if text == AttentionReport.unassigned { return nil }
    return try NameMatch(option: "--owner", plural: "owners") {
      "no client in the book has an owner matching \"\($0)\""
    }.resolve(text, among: owners)
  }

  /// The segment `--segment` names among `segments` (nil for "(none)"), as
  /// ``owner(_:among:)`` resolves an owner.
  static func segment(_ text: String, among segments: [String]) throws(CLIError) -> String? {
    if text == Names.noSegment { return nil }
    return try NameMatch(option: "--segment", plural: "segments") {
      "no client in the book has a segment matching \"\($0)\""
    }.resolve(text, among: segments)
  }

  /// What the selection keeps of a listing, as a filter on one row; `names` are every
  /// owner and segment of the book, so that a name is resolved against all of them.
  func filter(owners names: Names) throws(CLIError) -> (ClientListing) -> Bool {
    let wanted: String?? = try owner.map { text throws(CLIError) in
      try Self.owner(text, among: names.owners)
    }
    let inSegment: String?? = try segment.map { text throws(CLIError) in
      try Self.segment(text, among: names.segments)
    }
    let (stage, paretoClass) = (stage, paretoClass)
    return { row in
      if let wanted, row.owner != wanted { return false }
      if let inSegment, row.segment != inSegment { return false }
      if let stage, row.stage != stage { return false }
      if let paretoClass, row.paretoClass != paretoClass { return false }
      return true
    }
  }

  /// The title's parts naming the selection: "owner Anna Nowak", "segment retail",
  /// "stage cooperation", "class A".
  func titleParts(owners names: Names) -> [String] {
    var parts: [String] = []
    // The name resolved, else as typed: "(unassigned)" and "(none)" resolve to nil, which
    // `try?` folds into a refusal's, so they are shown as typed, the same words.
    if let owner {
      parts.append("owner " + ((try? Self.owner(owner, among: names.owners)) ?? owner))
    }
    if let segment {
      parts.append("segment " + ((try? Self.segment(segment, among: names.segments)) ?? segment))
    }
    if let stage { parts.append("stage \(stage.rawValue)") }
    if let paretoClass { parts.append("class \(paretoClass.rawValue)") }
    return parts
  }

  /// Names the selection in a table's title: what it keeps after the title's first part,
  /// then the order (nil for the command's default) and the cut before its last.
  func mark(_ title: inout [String], owners: Names, order: String?, cut: [String]) {
    title.insert(contentsOf: titleParts(owners: owners), at: 1)
    if let order { title.insert("by \(order)", at: title.count - 1) }
    title.insert(contentsOf: cut, at: title.count - 1)
  }

  /// The first `--limit` of `items`, and the part of the title saying so when it cut.
  func limited<T>(_ items: [T]) -> (items: [T], title: [String]) {
    guard let limit, items.count > limit else { return (items, []) }
    return (Array(items.prefix(limit)), ["first \(limit) of \(items.count)"])
  }
}
