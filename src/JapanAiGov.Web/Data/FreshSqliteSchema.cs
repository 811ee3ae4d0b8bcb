using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace JapanAiGov.Web.Data;

/// <summary>
/// Creates a new SQLite database's schema from every migration at once: the script <c>dotnet ef migrations script</c>
/// writes (embedded as <c>Data/Migrations/FreshSqliteDatabase.sql</c>), run in one IMMEDIATE transaction. EF's own
/// path builds and finalizes a model per migration first, which was most of a fresh install's start-up time. Only a
/// database without a single table takes this path; every other one (and every later migration) goes through EF's
/// migrator as before. A test keeps the script equal to what the migrator generates from the migrations in the code.
/// </summary>
public static class FreshSqliteSchema
{
    public const string ResourceName = "FreshSqliteDatabase.sql";

    /// <summary>The script as <c>dotnet ef migrations script</c> wrote it.</summary>
    public static string Script() => Embedded(ResourceName);

    /// <summary>A script embedded in the build (Data/Migrations/*.sql).</summary>
    internal static string Embedded(string resourceName)
    {
        using var stream = typeof(FreshSqliteSchema).Assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"The embedded resource {resourceName} is missing from the build.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>
    /// The script for one transaction: each migration's own BEGIN/COMMIT go (the whole schema commits or nothing does),
    /// and so do the foreign-key switches around table rebuilds, which SQLite ignores inside a transaction (a new
    /// database has no rows for a rebuild to check).
    /// </summary>
    public static string OneTransaction(string script) =>
        string.Join('\n', script.Split('\n').Where(line => line.TrimEnd('\r') is not ("BEGIN TRANSACTION;" or "COMMIT;" or "PRAGMA foreign_keys = 0;" or "PRAGMA foreign_keys = 1;")));

    /// <summary>
    /// Creates the schema when the database has no table yet, and with it the seed rows at <paramref name="seedAt"/>
    /// when given (<see cref="FreshSqliteSeed"/>); false (and nothing done) otherwise.
    /// </summary>
    public static async Task<bool> TryCreateAsync(AppDbContext db, DateTimeOffset? seedAt, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var connection = db.Database.GetDbConnection();
        await using var command = connection.CreateCommand();
        command.Transaction = transaction.GetDbTransaction();

        // Inside the write transaction: a second instance starting at the same moment waits here, then sees the tables.
        command.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'table'";
        if (Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture) > 0)
        {
            return false;
        }

        command.CommandText = OneTransaction(Script());
        await command.ExecuteNonQueryAsync(cancellationToken);
        if (seedAt is { } now)
        {
            await FreshSqliteSeed.InsertAsync(db, command, now, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return true;
    }
}
