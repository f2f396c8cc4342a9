import KamBook
import KamBookPostgres
package import KamCLI

/// Team books on PostgreSQL for the command line: what `kam-team` and the tests install.
package enum PostgresBooks {
  /// `postgres://` books opened, created, copied and verified through ``PostgresBookStore``.
  package static let serverBooks = ServerBooks(
    open: { url throws(BookError) in try Book(serverURL: url) },
    create: { url, currency, context throws(BookError) in
      try Book.create(serverURL: url, currency: currency, context: context)
    },
    store: { url, create throws(BookError) in try PostgresBookStore(url: url, create: create) },
    verify: { url, expected throws(BookError) in
      try Book.verify(serverURL: url, expecting: expected)
    })

  /// Installs them for this process: `kam --db postgres://…` then opens the book here.
  package static func install() { ServerBooks.installed = serverBooks }
}
