#include <sqlite3.h>

/// Turns SQLite's memory statistics off, before its first connection opens: with them on,
/// every allocation SQLite makes takes a global mutex (SQLITE_DEFAULT_MEMSTATUS, on in
/// Debian's build). `sqlite3_config` is variadic, which Swift cannot call; this can be.
/// Returns SQLITE_MISUSE, harmlessly, once SQLite is initialised.
static inline int kam_sqlite3_disable_memory_statistics(void) {
  return sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
}
