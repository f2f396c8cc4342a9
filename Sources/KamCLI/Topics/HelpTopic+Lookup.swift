import KamDomain

extension HelpTopic {
  /// The topic `text` names: its name in any case, or the one name it starts.
  static func named(_ text: String) throws(CLIError) -> HelpTopic {
    let typed = text.lowercased()
    if let exact = HelpTopic(rawValue: typed) { return exact }
    let starting = allCases.filter { $0.name.hasPrefix(typed) }
    if !typed.isEmpty, starting.count == 1 { return starting[0] }
    let names = allCases.map(\.name)
    let near = SlugSuggester.nearest(to: typed, in: names).map { " (did you mean \"\($0)\"?)" }
    throw CLIError(
      .usage,
      "unknown topic \"\(text.visible)\"\(near ?? ""); the topics are "
        + names.joined(separator: ", "))
  }
}
