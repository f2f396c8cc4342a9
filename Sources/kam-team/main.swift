import KamCLI
import KamCLIPostgres

// kam with the PostgreSQL store linked in: what `kam` runs for a postgres:// book.
PostgresBooks.install()
KamRunner.main()
