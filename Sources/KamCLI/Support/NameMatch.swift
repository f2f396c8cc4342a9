import KamDomain

/// Resolves a name typed on the command line (`--owner anna`, `--segment ret`,
/// `--actor tom`) against the names the book has: the name itself, or the start
/// of it or of any word of it, in any case, when exactly one name matches.
///
/// An ambiguous start is refused naming the candidates, an unknown name naming
/// the nearest (or, when none is near, the names there are), so a typo never
/// reads as an empty answer.
struct NameMatch {
  /// The option, as typed (`--owner`).
  var option: String
  /// The names' noun, plural (`owners`).
  var plural: String
  /// The refusal of a name nothing matches, given the text (visible).
  var unknown: (String) -> String

  /// The one name of `names` that `text` names.
  func resolve(_ text: String, among names: [String]) throws(CLIError) -> String {
    if names.contains(text) { return text }
    let typed = text.lowercased()
    let same = names.filter { $0.lowercased() == typed }
    if same.count == 1 { return same[0] }
    let starting = names.filter { name in
      name.lowercased().hasPrefix(typed)
        || name.split(separator: " ").contains { $0.lowercased().hasPrefix(typed) }
    }
    if starting.count == 1 { return starting[0] }
    if starting.count > 1 {
      throw CLIError(
        .usage,
        "\(option) \"\(text.visible)\" matches \(starting.count) \(plural): "
          + starting.prefix(5).map(\.visible).joined(separator: ", ")
          + (starting.count > 5 ? ", …" : "") + "; give more of the name")
    }
    var message = unknown(text.visible)
    if let near = SlugSuggester.nearest(to: text, in: names) {
      message += " (did you mean \"\(near.visible)\"?)"
    } else if !names.isEmpty {
      message += "; \(plural): " + names.prefix(10).map(\.visible).joined(separator: ", ")
    }
    throw CLIError(.usage, message)
  }
}
