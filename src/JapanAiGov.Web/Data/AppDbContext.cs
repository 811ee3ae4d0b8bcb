using JapanAiGov.Web.Accounts;
using JapanAiGov.Web.Alerts;
using JapanAiGov.Web.Items;
using JapanAiGov.Web.Polling;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace JapanAiGov.Web.Data;

/// <summary>The one store of the app: items, history, alerts, legislation and identity.</summary>
/// <remarks>
/// Add a migration (SQLite is the provider migrations are generated for):
/// <c>dotnet tool install --global dotnet-ef --version 10.0.15</c>, then
/// <c>dotnet ef migrations add NAME --project src/JapanAiGov.Web --output-dir Data/Migrations</c>.
/// </remarks>
public sealed class AppDbContext(DbContextOptions<AppDbContext> options) : IdentityDbContext<AppUser>(options), IDataProtectionKeyContext
{
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<RegulatoryItem> Items => Set<RegulatoryItem>();

    public DbSet<Source> Sources => Set<Source>();

    public DbSet<StatusChange> StatusChanges => Set<StatusChange>();

    public DbSet<AlertEvent> AlertEvents => Set<AlertEvent>();

    public DbSet<WatchedLaw> WatchedLaws => Set<WatchedLaw>();

    public DbSet<LawRevision> LawRevisions => Set<LawRevision>();

    public DbSet<LegislativeUpdate> LegislativeUpdates => Set<LegislativeUpdate>();

    public DbSet<LawRevisionText> LawRevisionTexts => Set<LawRevisionText>();

    public DbSet<PollRun> PollRuns => Set<PollRun>();

    public DbSet<PollLawResult> PollLawResults => Set<PollLawResult>();

    public DbSet<PollerLease> PollerLeases => Set<PollerLease>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite has no native instant type and EF cannot ORDER BY a DateTimeOffset stored as text.
        // Every instant we store is UTC (from TimeProvider), so a binary (ticks) encoding sorts and compares correctly.
        if (Database.IsSqlite())
        {
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
        }

        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(40);
    }
}
