using JapanAiGov.Web.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace JapanAiGov.Web.IntegrationTests.Pages;

public sealed class DashboardTests
{
    [Fact]
    public async Task Dashboard_OnFreshDatabase_ShowsTheFourSeededItemsWithStatuses()
    {
        await using var app = new JapanAiGovFactory();
        var document = await app.CreateClient().GetDocumentAsync("/");

        var rows = document.QuerySelectorAll("table.items tbody tr");
        Assert.Equal(4, rows.Length);
        var pipa = rows.Single(r => r.TextContent.Contains("PIPA amendment", StringComparison.Ordinal));
        Assert.Equal("Reported", pipa.QuerySelector(".badge")?.TextContent.Trim());
        var act = rows.Single(r => r.TextContent.Contains("AI Promotion Act", StringComparison.Ordinal));
        Assert.Equal("Confirmed", act.QuerySelector(".badge")?.TextContent.Trim());
        var tier = rows.Single(r => r.TextContent.Contains("High-impact", StringComparison.OrdinalIgnoreCase));
        Assert.Equal("Pending METI annex", tier.QuerySelector(".badge")?.TextContent.Trim());
    }

    [Fact]
    public async Task Dashboard_Uncached_RunsOneQueryPerRequestBetweenWrites()
    {
        var commands = new CommandCounter();
        await using var app = new JapanAiGovFactory(new Dictionary<string, string?> { ["OutputCache:Enabled"] = "false" });
        await using var counted = app.WithWebHostBuilder(builder => builder.ConfigureServices(services =>
            services.ConfigureDbContext<JapanAiGov.Web.Data.AppDbContext>(options => options.AddInterceptors(commands))));
        var reader = counted.CreateClient();
        _ = await reader.GetDocumentAsync("/");

        commands.Reset();
        var document = await reader.GetDocumentAsync("/");

        Assert.Equal(1, commands.Count);
        Assert.Equal(4, document.QuerySelectorAll("table.items tbody tr").Length);
    }

    [Fact]
    public async Task Dashboard_ShowsCountsPerStatus()
    {
        await using var app = new JapanAiGovFactory();
        var document = await app.CreateClient().GetDocumentAsync("/");

        var counts = document.QuerySelectorAll(".count-card")
            .ToDictionary(c => c.QuerySelector(".count-label")!.TextContent.Trim(), c => c.QuerySelector(".count-number")!.TextContent.Trim());
        Assert.Equal("4", counts["All items"]);
        Assert.Equal("2", counts["Reported"]);
        Assert.Equal("1", counts["Confirmed"]);
        Assert.Equal("1", counts["Pending METI annex"]);
    }

    [Theory]
    [InlineData("/?status=Reported", 2)]
    [InlineData("/?status=confirmed", 1)]
    [InlineData("/?status=PendingMetiAnnex", 1)]
    [InlineData("/?topic=privacy", 1)]
    [InlineData("/?status=Reported&topic=privacy", 1)]
    [InlineData("/?status=Confirmed&topic=privacy", 0)]
    [InlineData("/?topic=no-such-topic", 0)]
    public async Task Dashboard_WithFilters_ShowsOnlyMatchingItems(string url, int expected)
    {
        await using var app = new JapanAiGovFactory();
        var document = await app.CreateClient().GetDocumentAsync(url);

        Assert.Equal(expected, document.QuerySelectorAll("table.items tbody tr").Length);
        Assert.Contains($"{expected} of 4 items", document.QuerySelector(".result-count")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dashboard_WithUnknownStatus_SaysSoAndShowsEverything()
    {
        await using var app = new JapanAiGovFactory();
        var document = await app.CreateClient().GetDocumentAsync("/?status=Rumoured");

        Assert.Contains("no status called 'Rumoured'", document.QuerySelector(".notice")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(4, document.QuerySelectorAll("table.items tbody tr").Length);
    }
}
