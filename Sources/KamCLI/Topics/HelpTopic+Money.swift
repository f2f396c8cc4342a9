extension HelpTopic {
  /// How amounts are entered and printed.
  static let moneyPage = """
    Money

    Amounts are entered as decimals in the book's currency (kam init --currency,
    PLN by default): 12000, 12000.5 or 12000.50. A point is the only decimal
    separator, with no grouping and at most two decimals: 12 000,50, 12,000.50 and
    12000.505 are refused (exit 64), never guessed. --amount, --cost and --list take
    0 to 999999999999.99. kam import reads amounts the same way (decimal = , in the
    rules for a comma). Percentages, such as --asked and --granted, are 15 or 15%.

    Amounts are printed with two decimals, never as the minor units (grosze, cents)
    the book stores. Tables group thousands (12,000.50, -1,900.00) and name the
    currency once in their title (Amounts in PLN); JSON and CSV carry the same
    decimals ungrouped, JSON as strings ("12000.50") so that no program reads them
    as floating point. Probabilities, shares and scores are JSON numbers.

    """
}
