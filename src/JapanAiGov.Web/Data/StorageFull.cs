using Microsoft.Data.Sqlite;
using Npgsql;

namespace JapanAiGov.Web.Data;

/// <summary>
/// Recognises a write refused because the storage is full, whichever store refused it: SQLite's SQLITE_FULL ("database
/// or disk is full"), PostgreSQL's <c>disk_full</c> (53100), or the operating system's "no space left on device". Such
/// a write changed nothing (its transaction rolled back), so the person who made it is told exactly that
/// (<see cref="Hosting.HttpHardening.StatusCodeFor"/> answers 503).
/// </summary>
public static class StorageFull
{
    private const int SqliteFull = 13;
    private const string PostgresDiskFull = "53100";

    // ENOSPC on Linux and macOS; ERROR_HANDLE_DISK_FULL and ERROR_DISK_FULL on Windows.
    private static readonly int[] NoSpaceResults = [28, unchecked((int)0x80070027), unchecked((int)0x80070070)];

    public static bool Is(Exception? exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            var full = e switch
            {
                SqliteException sqlite => sqlite.SqliteErrorCode == SqliteFull,
                PostgresException postgres => postgres.SqlState == PostgresDiskFull,
                IOException io => NoSpaceResults.Contains(io.HResult),
                _ => false,
            };
            if (full)
            {
                return true;
            }
        }

        return false;
    }
}
