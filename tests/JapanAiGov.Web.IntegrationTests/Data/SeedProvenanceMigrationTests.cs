using JapanAiGov.Web.Data;
using JapanAiGov.Web.IntegrationTests.Infrastructure;
using JapanAiGov.Web.Items;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace JapanAiGov.Web.IntegrationTests.Data;

/// <summary>The PublicComments migration repairs databases seeded before it (issue 12), on both providers.</summary>
public sealed class SeedProvenanceMigrationTests
{
    private const string RegisterUrl = "https://www.theregister.com/2026/04/08/japan_privacy_law_changes_ai/";
    private const string TjsUrl = "https://techjacksolutions.com/ai-brief/japan-relaxes-privacy-rules-for-ai-training-and-adds-profit/";

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Migration_OnAnEarlierSeed_FixesTheRegisterUnlessEditedAndAddsTjsAndRules(bool editedSince)
    {
        await using var app = new JapanAiGovFactory();
        await AssertRepairsEarlierSeedAsync(app, editedSince);
    }

    [PostgresFact]
    public async Task Migration_OnAnEarlierPostgresSeed_FixesTheRegisterAndAddsTjsAndRules()
    {
        await using var database = await PostgresDatabase.CreateAsync();
        await using var app = new JapanAiGovFactory(database.Settings);
        await AssertRepairsEarlierSeedAsync(app, editedSince: false);
    }

    [Fact]
    public async Task Seed_FreshDatabase_HasTheRegisterReportTjsAndTheRules()
    {
        await using var app = new JapanAiGovFactory();
        await app.WithDbAsync(async db =>
        {
            var register = await db.Sources.SingleAsync(s => s.Publisher == "The Register");
            Assert.Equal((RegisterUrl, "Japan relaxes privacy laws to make itself the 'easiest country to develop AI'", new DateOnly(2026, 4, 8)), (register.Url, register.Title, register.PublishedOn!.Value));
            Assert.Equal(["high-impact-frontier-models", "pipa-amendment-ai-training", "profit-based-penalties"], await TjsItemsAsync(db));
            Assert.Equal(2, await db.WatchRules.CountAsync(r => r.CoversPublicComments && !r.CoversDietBills));
            Assert.Equal(2, await db.WatchRules.CountAsync(r => r.CoversDietBills && !r.CoversPublicComments));
        });
    }

    private static async Task AssertRepairsEarlierSeedAsync(JapanAiGovFactory app, bool editedSince)
    {
        await app.WithDbAsync(async db =>
        {
            // The database as the earlier seed left it (and, optionally, with the row edited by an editor since).
            await db.Sources.Where(s => s.Url == TjsUrl).ExecuteDeleteAsync();
            await db.Sources.Where(s => s.Publisher == "The Register").ExecuteUpdateAsync(s => s
                .SetProperty(x => x.Url, "https://www.theregister.com/")
                .SetProperty(x => x.Title, editedSince ? "An editor's own headline" : "Report: Japan's Cabinet approves PIPA changes easing consent for AI development")
                .SetProperty(x => x.PublishedOn, new DateOnly(2026, 4, 7)));
            var migrations = db.Database.GetMigrations().ToList();
            var ours = migrations.FindIndex(m => m.EndsWith("_PublicComments", StringComparison.Ordinal));
            var migrator = db.GetService<IMigrator>();
            await migrator.MigrateAsync(migrations[ours - 1]);
            Assert.False(await db.Sources.AnyAsync(s => s.Url == TjsUrl));

            await migrator.MigrateAsync();

            var register = await db.Sources.AsNoTracking().SingleAsync(s => s.Publisher == "The Register");
            if (editedSince)
            {
                Assert.Equal(("https://www.theregister.com/", "An editor's own headline"), (register.Url, register.Title));
            }
            else
            {
                Assert.Equal((RegisterUrl, "Japan relaxes privacy laws to make itself the 'easiest country to develop AI'", new DateOnly(2026, 4, 8)), (register.Url, register.Title, register.PublishedOn!.Value));
            }

            Assert.Equal(["high-impact-frontier-models", "pipa-amendment-ai-training", "profit-based-penalties"], await TjsItemsAsync(db));
            Assert.All(await db.Sources.Where(s => s.Url == TjsUrl).ToListAsync(), s => Assert.Equal(SourceKind.Analysis, s.Kind));
            var rules = await db.WatchRules.AsNoTracking().Include(r => r.Item).Where(r => r.CoversPublicComments).OrderBy(r => r.Item!.Slug).ToListAsync();
            Assert.Equal(["high-impact-frontier-models", "pipa-amendment-ai-training"], rules.Select(r => r.Item!.Slug));

            // The DietBills migration adds the seeded items' rules for Diet bills to a database seeded before it.
            var dietRules = await db.WatchRules.AsNoTracking().Include(r => r.Item).Where(r => r.CoversDietBills).OrderBy(r => r.Item!.Slug).ToListAsync();
            Assert.Equal(["ai-promotion-act", "pipa-amendment-ai-training"], dietRules.Select(r => r.Item!.Slug));
            Assert.Equal(["人工知能関連技術"], dietRules[0].Terms.All);
            Assert.Equal(["個人情報の保護に関する法律", "改正"], dietRules[1].Terms.All);
            Assert.All(dietRules, r => Assert.False(r.CoversPublicComments));
            Assert.Equal(["高影響", "フロンティア"], rules[0].Terms.Any);
            Assert.Equal(["個人情報"], rules[1].Terms.All);
            Assert.Equal(["低リスク", "研究", "人工知能", "AI", "学習"], rules[1].Terms.Any);
        });
    }

    private static Task<List<string>> TjsItemsAsync(AppDbContext db) =>
        db.Sources.Where(s => s.Url == TjsUrl).Join(db.Items, s => s.ItemId, i => i.Id, (s, i) => i.Slug).OrderBy(slug => slug).ToListAsync();
}
