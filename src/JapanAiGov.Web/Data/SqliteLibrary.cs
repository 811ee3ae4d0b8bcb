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

    /// <summary>The library's answer: 0 (SQLITE_OK), or 21 (SQLITE_MISUSE) when a connection was opened first.</summary>
    public static int Result { get; private set; } = -1;

    public static void Configure()
    {
        if (Interlocked.Exchange(ref _configured, 1) == 1)
        {
            return;
        }

        Batteries_V2.Init();
        Result = raw.sqlite3_config(ConfigMemoryStatus, 0);
    }
}
