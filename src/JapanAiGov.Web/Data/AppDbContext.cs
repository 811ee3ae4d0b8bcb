using JapanAiGov.Web.Accounts;
using JapanAiGov.Web.Alerts;
using JapanAiGov.Web.Alerts.Channels;
using JapanAiGov.Web.Audit;
using JapanAiGov.Web.Caching;
using JapanAiGov.Web.Diet;
using JapanAiGov.Web.Items;
using JapanAiGov.Web.Polling;
using JapanAiGov.Web.Sources;
using JapanAiGov.Web.PublicComments;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace JapanAiGov.Web.Data;

/// <summary>The one store of the app: items, history, alerts, legislation and identity. This type runs on SQLite;
/// <see cref="Postgres.PostgresAppDbContext"/> is the same model on PostgreSQL with its own migrations.</summary>
/// <remarks>
/// After a model change add a migration for each provider (<c>dotnet tool install --global dotnet-ef --version 10.0.15</c>):
/// <c>dotnet ef migrations add NAME --project src/JapanAiGov.Web --context AppDbContext --output-dir Data/Migrations</c> and
/// <c>dotnet ef migrations add NAME --project src/JapanAiGov.Web --context PostgresAppDbContext --output-dir Data/Postgres/Migrations</c>.
/// </remarks>
public class AppDbContext : IdentityDbContext<AppUser>, IDataProtectionKeyContext
{
    public AppDbContext(DbContextOptions<AppDbContext> options)
        : base(options)
    {
    }

    /// <summary>For provider-specific subclasses, which carry their own migrations.</summary>
    protected AppDbContext(DbContextOptions options)
        : base(options)
    {
    }

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<RegulatoryItem> Items => Set<RegulatoryItem>();

    public DbSet<Source> Sources => Set<Source>();

    public DbSet<StatusChange> StatusChanges => Set<StatusChange>();

    public DbSet<ItemWithdrawal> ItemWithdrawals => Set<ItemWithdrawal>();
    public DbSet<ActionChange> ActionChanges => Set<ActionChange>();

    public DbSet<AlertEvent> AlertEvents => Set<AlertEvent>();

    public DbSet<Subscription> Subscriptions => Set<Subscription>();

    public DbSet<Delivery> Deliveries => Set<Delivery>();

    public DbSet<ChannelDestination> ChannelDestinations => Set<ChannelDestination>();

    public DbSet<ChannelDeliveryAttempt> ChannelDeliveryAttempts => Set<ChannelDeliveryAttempt>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<WatchedLaw> WatchedLaws => Set<WatchedLaw>();

    public DbSet<LawRevision> LawRevisions => Set<LawRevision>();

    public DbSet<LegislativeUpdate> LegislativeUpdates => Set<LegislativeUpdate>();

    public DbSet<LawRevisionText> LawRevisionTexts => Set<LawRevisionText>();

    public DbSet<PollRun> PollRuns => Set<PollRun>();

    public DbSet<PollLawResult> PollLawResults => Set<PollLawResult>();

    public DbSet<PollerLease> PollerLeases => Set<PollerLease>();

    public DbSet<PublicCommentCase> PublicCommentCases => Set<PublicCommentCase>();

    public DbSet<PublicCommentResult> PublicCommentResults => Set<PublicCommentResult>();

    public DbSet<PublicCommentMatch> PublicCommentMatches => Set<PublicCommentMatch>();

    public DbSet<PublicCommentRun> PublicCommentRuns => Set<PublicCommentRun>();

    public DbSet<WatchRule> WatchRules => Set<WatchRule>();

    public DbSet<DietBill> DietBills => Set<DietBill>();

    public DbSet<DietBillMatch> DietBillMatches => Set<DietBillMatch>();

    public DbSet<DietBillStep> DietBillSteps => Set<DietBillStep>();

    public DbSet<DietRun> DietRuns => Set<DietRun>();

    public DbSet<ContentChange> ContentChanges => Set<ContentChange>();

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
