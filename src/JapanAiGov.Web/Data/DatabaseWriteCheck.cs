using System.Globalization;
using JapanAiGov.Web.Sources;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace JapanAiGov.Web.Data;

/// <summary>
/// Part of /health/ready: proves the database can still be written, not only read — a full disk or a read-only file
/// lets every page render while every save fails. It commits one tiny write (the <see cref="Probe"/> row's time, in
/// the leases table, which nothing else reads) and, on SQLite, reports Degraded while the database's disk has less
/// free space than <see cref="DatabaseOptions.MinFreeDiskMegabytes"/>, so operators hear before saves start failing.
/// </summary>
public sealed class DatabaseWriteCheck(AppDbContext db, DatabaseConnection connection, IOptions<DatabaseOptions> options, TimeProvider time) : IHealthCheck
{
    public const string Probe = "health-write-probe";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await WriteProbeAsync(cancellationToken);
        }
        catch (Exception exception) when (exception is System.Data.Common.DbException or DbUpdateException or IOException)
        {
            return HealthCheckResult.Unhealthy(
                StorageFull.Is(exception) ? "The database cannot be written: its storage is full. Nothing can be saved until space is freed." : "The database cannot be written.",
                exception);
        }

        return FreeSpaceProblem() is { } problem ? HealthCheckResult.Degraded(problem) : HealthCheckResult.Healthy();
    }

    private async Task WriteProbeAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (await db.PollerLeases.Where(l => l.Name == Probe).ExecuteUpdateAsync(s => s.SetProperty(l => l.ExpiresAt, now), cancellationToken) == 1)
        {
            return;
        }

        db.PollerLeases.Add(new PollerLease { Name = Probe, ExpiresAt = now });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (!StorageFull.Is(exception))
        {
            // Another instance's probe may have created the row at the same moment; then the update writes now.
            db.ChangeTracker.Clear();
            if (await db.PollerLeases.Where(l => l.Name == Probe).ExecuteUpdateAsync(s => s.SetProperty(l => l.ExpiresAt, now), cancellationToken) != 1)
            {
                throw;
            }
        }
    }

    private string? FreeSpaceProblem()
    {
        var minimum = options.Value.MinFreeDiskMegabytes;
        if (minimum <= 0 || connection.Provider != DatabaseProvider.Sqlite)
        {
            return null;
        }

        var file = new SqliteConnectionStringBuilder(connection.ConnectionString).DataSource;
        if (string.IsNullOrEmpty(file) || file == ":memory:" || Path.GetDirectoryName(Path.GetFullPath(file)) is not { } folder)
        {
            return null;
        }

        var free = new DriveInfo(folder).AvailableFreeSpace / (1024 * 1024);
        return free < minimum
            ? string.Create(CultureInfo.InvariantCulture, $"Only {free} MB free on the database's disk ({folder}), below Database:MinFreeDiskMegabytes ({minimum}); saves fail once it is full.")
            : null;
    }
}
