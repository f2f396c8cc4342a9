// swift-tools-version: 6.1
import PackageDescription

/// Upcoming language features every non-system target opts into: explicit `any`,
/// imports that do not leak into a module's API unless marked `public`, and member
/// lookup that only sees what a file imports.
let strictness: [SwiftSetting] = [
  .enableUpcomingFeature("ExistentialAny"),
  .enableUpcomingFeature("InternalImportsByDefault"),
  .enableUpcomingFeature("MemberImportVisibility"),
]

/// This manifest's folder: the linker runs elsewhere, so files it reads are named in full.
let packageFolder = String(#filePath.dropLast("/Package.swift".count))

/// The Swift runtime linked in (what `--static-swift-stdlib` does, with the libraries
/// Foundation needs where it is linked): no dynamic symbol binding at each start, and no
/// relocation of the runtime's metadata: 13 ms → 7.5 ms for `kam --version` (README,
/// "Performance"). The export list keeps the executable's 38,000 symbols out of its dynamic
/// symbol table, which the loader and the runtime's `dladdr` search at each start: another
/// 10.5 → 6.2 ms of CPU. Release builds on Linux only.
let staticRuntime: [LinkerSetting] = [
  .unsafeFlags(
    [
      "-static-stdlib", "-Xlinker", "-l_FoundationCollections", "-Xlinker",
      "-l_FoundationCShims", "-Xlinker", "-lCoreFoundation", "-Xlinker", "-l_FoundationICU",
      "-Xlinker", "-lstdc++",
      "-Xlinker", "-lswiftSynchronization", "-Xlinker", "-no-pie",
      "-Xlinker", "--version-script=\(packageFolder)/Sources/kam/kam.exports",
    ], .when(platforms: [.linux], configuration: .release))
]

/// `kam` itself goes one step further: a static executable, SQLite (the system's
/// `libsqlite3.a`, from the same libsqlite3-dev) and the C and C++ runtimes linked in, so no
/// dynamic loader runs at all: `kam --version` 2.3 → 1.75 ms, and every command by as much
/// (README, "Performance"). Not kam-team, whose PostgreSQL connections resolve host names,
/// which a static glibc can only do with its shared NSS modules. kam's one such lookup, the
/// OS user's name when `$USER` is unset, loads them at run time, and reads "unknown" when
/// it cannot. Rebuild kam to take up a new SQLite from Debian. Release builds on Linux only.
let staticExecutable: [LinkerSetting] = [
  .unsafeFlags(
    [
      "-static-executable", "-Xlinker", "-l_FoundationCollections", "-Xlinker",
      "-l_FoundationCShims", "-Xlinker", "-lCoreFoundation", "-Xlinker", "-l_FoundationICU",
      "-Xlinker", "-lstdc++", "-Xlinker", "-lswiftSynchronization",
    ], .when(platforms: [.linux], configuration: .release))
]

let package = Package(
  name: "kam",
  products: [
    .executable(name: "kam", targets: ["kam"]),
    .executable(name: "kam-team", targets: ["kam-team"]),
    .library(name: "KamEventLog", targets: ["KamEventLog"]),
    .library(name: "KamBook", targets: ["KamBook", "KamBookSQLite"]),
    .library(name: "KamDomain", targets: ["KamDomain"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/apple/swift-crypto", from: "4.5.2"),
    .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
  ],
  targets: [
    // SQLite as shipped by the system (libsqlite3-dev), nothing vendored.
    .systemLibrary(
      name: "CKamSQLite",
      pkgConfig: "sqlite3",
      providers: [.apt(["libsqlite3-dev"])]
    ),
    // A thin, GRDB-shaped wrapper: connections, statements, typed errors.
    .target(
      name: "KamSQLite",
      dependencies: ["CKamSQLite"],
      swiftSettings: strictness
    ),
    // Instants and calendar days, shared by the log and the domain.
    .target(
      name: "KamTime",
      swiftSettings: strictness
    ),
    // The generic, append-only, hash-chained event log. Knows nothing of sales.
    .target(
      name: "KamEventLog",
      dependencies: [
        "KamTime",
        .product(name: "Crypto", package: "swift-crypto"),
      ],
      swiftSettings: strictness
    ),
    // The purchase-model numerics (BG/NBD, Gamma-Gamma, their fits and special functions):
    // plain numbers and days, no domain type, so they can be read and tested alone.
    .target(
      name: "KamPurchaseModel",
      dependencies: ["KamTime"],
      swiftSettings: strictness
    ),
    // Events, policy and projections as pure folds. No SQL, no log: the purchase model
    // sits below it, the simulator and the book above.
    .target(
      name: "KamDomain",
      dependencies: ["KamPurchaseModel", "KamTime"],
      swiftSettings: strictness
    ),
    // A synthetic book and what really happened in it, for demos, benchmarks and backtests.
    .target(
      name: "KamSimulation",
      dependencies: ["KamDomain", "KamPurchaseModel", "KamTime"],
      swiftSettings: strictness
    ),
    // The book on a PostgreSQL server, for a team's shared book: the same events, hash
    // chain, verification and projections as SQLite's, one writer at a time
    // (docs/architecture.md).
    .target(
      name: "KamBookPostgres",
      dependencies: [
        "KamBook",
        "KamDomain",
        "KamEventLog",
        "KamTime",
        .product(name: "PostgresNIO", package: "postgres-nio"),
      ],
      swiftSettings: strictness
    ),
    // The application: a book is a log plus the domain's projections, run over a
    // store (BookStore) that no backend's type leaks through.
    .target(
      name: "KamBook",
      dependencies: ["KamDomain", "KamEventLog", "KamPurchaseModel", "KamSimulation", "KamTime"],
      swiftSettings: strictness
    ),
    // The book in a SQLite file: the log, the projections' tables, migrations.
    .target(
      name: "KamBookSQLite",
      dependencies: [
        "KamBook", "KamDomain", "KamEventLog", "KamSimulation", "KamSQLite", "KamTime",
      ],
      swiftSettings: strictness
    ),
    // The book in memory: the second store, which the Book tests run on beside SQLite.
    .target(
      name: "KamBookMemory",
      dependencies: ["KamBook", "KamDomain", "KamEventLog", "KamTime"],
      swiftSettings: strictness
    ),
    // The command line: swift-argument-parser commands only.
    .target(
      name: "KamCLI",
      dependencies: [
        "KamBook",
        "KamBookSQLite",
        "KamDomain",
        "KamEventLog",
        "KamPurchaseModel",
        "KamSimulation",
        "KamTime",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ],
      swiftSettings: strictness
    ),
    // The PostgreSQL store for the command line, apart from it: `kam` starts without the
    // driver, SwiftNIO and Foundation, and hands a postgres:// book to `kam-team`.
    .target(
      name: "KamCLIPostgres",
      dependencies: ["KamBook", "KamBookPostgres", "KamCLI"],
      swiftSettings: strictness
    ),
    .executableTarget(
      name: "kam",
      // Not on kam-team, which it hands postgres:// books to: SwiftPM would link its module
      // in, and the driver with it. `swift build` builds both; tools/install installs both.
      dependencies: ["KamCLI"],
      exclude: ["kam.exports"],
      swiftSettings: strictness,
      linkerSettings: staticExecutable
    ),
    .executableTarget(
      name: "kam-team",
      dependencies: ["KamCLI", "KamCLIPostgres"],
      swiftSettings: strictness,
      linkerSettings: staticRuntime
    ),
    .executableTarget(
      name: "kam-bench",
      dependencies: [
        "KamBook", "KamBookPostgres", "KamBookSQLite", "KamCLI", "KamDomain", "KamEventLog",
        "KamPurchaseModel", "KamSimulation", "KamSQLite", "KamTime", "CKamSQLite",
        .product(name: "PostgresNIO", package: "postgres-nio"),
      ],
      path: "tools/bench",
      swiftSettings: strictness
    ),
    // One writer process of the PostgreSQL concurrency test (KamBookPostgresTests).
    .executableTarget(
      name: "kam-postgres-writer",
      dependencies: ["KamBookPostgres", "KamEventLog", "KamTime"],
      path: "tools/postgres-writer",
      swiftSettings: strictness
    ),
    // Helpers shared by the test targets (a temporary folder), never by the product.
    .target(
      name: "KamTestSupport",
      dependencies: [
        "KamBook", "KamBookMemory", "KamBookPostgres", "KamBookSQLite", "KamDomain",
        "KamEventLog", "KamTime",
      ],
      path: "Tests/KamTestSupport",
      swiftSettings: strictness
    ),
    .testTarget(
      name: "KamSQLiteTests",
      dependencies: ["KamSQLite", "KamTestSupport"],
      swiftSettings: strictness
    ),
    .testTarget(
      name: "KamEventLogTests",
      dependencies: ["KamBookSQLite", "KamEventLog", "KamSQLite", "KamTime", "KamTestSupport"],
      swiftSettings: strictness
    ),
    .testTarget(
      name: "KamBookPostgresTests",
      dependencies: [
        "KamBookPostgres", "KamBookSQLite", "KamEventLog", "KamTime", "KamTestSupport",
        .product(name: "PostgresNIO", package: "postgres-nio"),
      ],
      swiftSettings: strictness
    ),
    .testTarget(
      name: "KamPurchaseModelTests",
      dependencies: ["KamPurchaseModel", "KamTime"],
      swiftSettings: strictness
    ),
    .testTarget(
      name: "KamDomainTests",
      dependencies: ["KamDomain", "KamPurchaseModel", "KamSimulation", "KamTime"],
      swiftSettings: strictness
    ),
    .testTarget(
      name: "KamBookTests",
      dependencies: [
        "KamBook", "KamBookMemory", "KamBookSQLite", "KamDomain", "KamEventLog", "KamSQLite",
        "KamPurchaseModel", "KamTime", "KamTestSupport",
      ],
      swiftSettings: strictness
    ),
    .testTarget(
      name: "KamCLITests",
      // Not on the `kam` executable, although some tests run it: `swift test`
      // builds every product anyway, and depending on it would link its
      // static-runtime flags into a release test runner.
      dependencies: [
        "KamCLI", "KamCLIPostgres", "KamBook", "KamBookSQLite", "KamDomain", "KamEventLog",
        "KamPurchaseModel", "KamSQLite", "KamTime", "KamTestSupport",
      ],
      // Read from the source tree by path, not bundled.
      exclude: ["Fixtures"],
      swiftSettings: strictness
    ),
  ],
  swiftLanguageModes: [.v6]
)
