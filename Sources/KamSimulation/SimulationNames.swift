import KamDomain

/// Word lists for the names of simulated owners and companies.
enum SimulationNames {
  /// Account owners: (display name, login).
  static let owners: [(name: String, login: String)] = [
    ("Anna Nowak", "anowak"), ("Piotr Kowalski", "pkowalski"), ("Marta Wiśniewska", "mwisniewska"),
    ("Tomasz Zieliński", "tzielinski"), ("Katarzyna Lewandowska", "klewandowska"),
    ("Michał Wójcik", "mwojcik"), ("Agnieszka Kamińska", "akaminska"),
    ("Paweł Szymański", "pszymanski"), ("Ewa Dąbrowska", "edabrowska"),
    ("Krzysztof Kozłowski", "kkozlowski"),
  ]

  /// First words of company names.
  static let stems = [
    "Baltic", "Vistula", "Tatra", "Mazovia", "Silesia", "Warta", "Oder", "Polar", "Amber",
    "Carpathia", "Nordic", "Granit", "Orzeł", "Sokół", "Zefir", "Krokus", "Jantar", "Sudety",
    "Pomorze", "Kujawy", "Bystra", "Lazur", "Opal", "Wawel", "Hetman", "Kopernik", "Magnolia",
    "Rubin", "Sawa", "Delta", "Atlas", "Orion", "Vega", "Nova", "Cedr", "Dąb", "Brzoza", "Lipa",
  ]

  /// What the companies do, with their market segment.
  static let trades: [(word: String, segment: String)] = [
    ("Steel", "manufacturing"), ("Plast", "manufacturing"), ("Mech", "manufacturing"),
    ("Foods", "food"), ("Dairy", "food"), ("Bakery", "food"), ("Logistics", "logistics"),
    ("Trans", "logistics"), ("Cargo", "logistics"), ("Build", "construction"),
    ("Dom", "construction"), ("Retail", "retail"), ("Market", "retail"), ("Med", "healthcare"),
    ("Pharma", "healthcare"), ("Energy", "energy"), ("Solar", "energy"), ("Tech", "it"),
    ("Soft", "it"), ("Print", "services"), ("Serwis", "services"),
  ]

  /// Legal forms.
  static let forms = ["sp. z o.o.", "S.A.", "sp.j.", "sp.k."]

  /// The name, slug and segment of account `index`.
  static func company(_ index: Int, using random: inout SimulationRandom) -> (
    name: String, slug: ClientSlug, segment: String
  ) {
    let stem = random.element(stems)
    let trade = random.element(trades)
    let name = "\(stem) \(trade.word) \(random.element(forms))"
    // The index keeps slugs unique however the words repeat.
    let text = ascii(stem + "-" + trade.word) + "-" + String(index + 1)
    return (name, ClientSlug(rawValue: text)!, trade.segment)
  }

  /// Lower-case ASCII for a slug: Polish letters lose their marks.
  static func ascii(_ text: String) -> String {
    let map: [Character: String] = [
      "ą": "a", "ć": "c", "ę": "e", "ł": "l", "ń": "n", "ó": "o", "ś": "s", "ź": "z",
      "ż": "z",
    ]
    var out = ""
    for character in text.lowercased() {
      if let plain = map[character] {
        out += plain
      } else if character.isASCII, character.isLetter || character.isNumber || character == "-" {
        out.append(character)
      }
    }
    return out
  }
}
