using SQLitePCL;

namespace JapanAiGov.Web.Data;

/// <summary>
/// Process-wide settings of the native SQLite library, applied before its first connection. Memory statistics are off:
/// with them on, every allocation SQLite makes (dozens per statement it prepares) takes one global mutex, which the
/// requests of a busy instance then queue on. Nothing in the app reads those statistics.
/// </summary>
internal static class SqliteLibrary
{
    private const int ConfigMemoryStatus = 9; // SQLITE_CONFIG_MEMSTATUS

    private static int _configured;

    public static void Configure()
    {
        if (Interlocked.Exchange(ref _configured, 1) == 1)
        {
            return;
        }

        // SQLITE_MISUSE (the library already in use: a host that opened a connection first) leaves the statistics on.
        Batteries_V2.Init();
        _ = raw.sqlite3_config(ConfigMemoryStatus, 0);
    }
}
