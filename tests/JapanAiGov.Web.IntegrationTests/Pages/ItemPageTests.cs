using JapanAiGov.Web.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace JapanAiGov.Web.IntegrationTests.Pages;

public sealed class ItemPageTests
{
    [Fact]
    public async Task ItemPage_ForPipa_ShowsSummarySourcesAndTimeline()
    {
        await using var app = new JapanAiGovFactory();
        var document = await app.CreateClient().GetDocumentAsync("/items/pipa-amendment-ai-training");

        Assert.Contains("PIPA amendment", document.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Reported", document.QuerySelector(".item-status .badge")!.TextContent.Trim());
        Assert.NotNull(document.QuerySelector(".prose strong"));
        var headings = document.QuerySelectorAll("h3").Select(h => h.TextContent).ToList();
        Assert.Contains("Official sources", headings);
        Assert.Contains("Press reports", headings);
        Assert.Contains(document.QuerySelectorAll(".publisher"), p => p.TextContent == "The Register");
        Assert.Contains(document.QuerySelectorAll(".publisher"), p => p.TextContent == "Yomiuri Shimbun");
        Assert.Single(document.QuerySelectorAll(".timeline-entry"));
        Assert.Equal("https://laws.e-gov.go.jp/law/415AC0000000057", document.QuerySelector(".facts a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task ItemPage_WithDetectedLegislation_ShowsTheLawAndItsUpdates()
    {
        await using var app = new JapanAiGovFactory();
        await app.AddLegislativeUpdateAsync("415AC0000000057", "個人情報の保護に関する法律", "pipa-amendment-ai-training", "20290401", new DateOnly(2027, 2, 10), new DateOnly(2029, 4, 1), app.Time.GetUtcNow());

        var document = await app.CreateClient().GetDocumentAsync("/items/pipa-amendment-ai-training");

        var section = document.QuerySelector("section[aria-labelledby=legislation-heading]")!;
        Assert.Contains("個人情報の保護に関する法律", section.QuerySelector(".sources")!.TextContent, StringComparison.Ordinal);
        var update = Assert.Single(section.QuerySelectorAll(".legislative-update"));
        Assert.Contains("個人情報の保護に関する法律の一部を改正する法律", update.TextContent, StringComparison.Ordinal);
        Assert.Contains("In force from: 2029-04-01", update.TextContent, StringComparison.Ordinal);
        Assert.Equal("Not yet in force", update.QuerySelector(".badge")!.TextContent);
        Assert.Null((await app.CreateClient().GetDocumentAsync("/items/profit-based-penalties")).QuerySelector("section[aria-labelledby=legislation-heading]"));
    }

    [Fact]
    public async Task ItemPage_Uncached_RunsAtMostTwoQueriesPerRequest()
    {
        var commands = new CommandCounter();
        await using var app = new JapanAiGovFactory(new Dictionary<string, string?> { ["OutputCache:Enabled"] = "false" });
        await app.AddLegislativeUpdateAsync("415AC0000000057", "個人情報の保護に関する法律", "pipa-amendment-ai-training", "20290401", new DateOnly(2027, 2, 10), new DateOnly(2029, 4, 1), app.Time.GetUtcNow());
        await using var counted = app.WithWebHostBuilder(builder => builder.ConfigureServices(services =>
            services.ConfigureDbContext<JapanAiGov.Web.Data.AppDbContext>(options => options.AddInterceptors(commands))));
        var reader = counted.CreateClient();
        _ = await reader.GetDocumentAsync("/items/pipa-amendment-ai-training");

        commands.Reset();
        var document = await reader.GetDocumentAsync("/items/pipa-amendment-ai-training");

        Assert.InRange(commands.Count, 1, 2);
        Assert.Single(document.QuerySelectorAll(".timeline-entry"));
        Assert.Single(document.QuerySelectorAll(".legislative-update"));
    }

    [Fact]
    public async Task ItemPage_Uncached_ShowsOfficialRecordsAddedAfterItWasRead()
    {
        await using var app = new JapanAiGovFactory(new Dictionary<string, string?> { ["OutputCache:Enabled"] = "false" });
        var reader = app.CreateClient();
        Assert.Empty((await reader.GetDocumentAsync("/items/pipa-amendment-ai-training")).QuerySelectorAll(".legislative-update"));

        await app.AddLegislativeUpdateAsync("415AC0000000057", "個人情報の保護に関する法律", "pipa-amendment-ai-training", "20290401", new DateOnly(2027, 2, 10), new DateOnly(2029, 4, 1), app.Time.GetUtcNow());

        Assert.Single((await reader.GetDocumentAsync("/items/pipa-amendment-ai-training")).QuerySelectorAll(".legislative-update"));
    }

    [Fact]
    public async Task ItemPage_StatusAndActionHistory_EachNewestFirst()
    {
        await using var app = new JapanAiGovFactory(new Dictionary<string, string?> { ["OutputCache:Enabled"] = "false" });
        await app.ChangeStatusAsync("pipa-amendment-ai-training", JapanAiGov.Web.Items.ItemStatus.PendingMetiAnnex, app.Time.GetUtcNow().AddHours(1), reason: "Adopted in principle; the annexes are awaited.");
        await app.ChangeStatusAsync("pipa-amendment-ai-training", JapanAiGov.Web.Items.ItemStatus.Confirmed, app.Time.GetUtcNow().AddHours(2), reason: "Promulgated; the text is on e-Gov.");

        var document = await app.CreateClient().GetDocumentAsync("/items/pipa-amendment-ai-training");

        var entries = document.QuerySelectorAll(".timeline-entry").Select(e => e.TextContent).ToList();
        Assert.Equal(3, entries.Count);
        Assert.Contains("Promulgated; the text is on e-Gov.", entries[0], StringComparison.Ordinal);
        Assert.Contains("Adopted in principle; the annexes are awaited.", entries[1], StringComparison.Ordinal);
        Assert.DoesNotContain(document.QuerySelectorAll(".action-entry"), e => e.TextContent.Contains("Promulgated;", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ItemPage_ForUnknownSlug_IsAFriendly404()
    {
        await using var app = new JapanAiGovFactory();
        var document = await app.CreateClient().GetDocumentAsync("/items/no-such-item", System.Net.HttpStatusCode.NotFound);

        Assert.Equal("Page not found", document.QuerySelector("h1")!.TextContent);
        Assert.NotNull(document.QuerySelector("a[href='/']"));
    }

    [Fact]
    public async Task ItemPage_WithHostileMarkdown_RendersItInert()
    {
        await using var app = new JapanAiGovFactory();
        await app.WithDbAsync(async db =>
        {
            var item = await db.Items.SingleAsync(i => i.Slug == "profit-based-penalties");
            item.Summary = "Hi <script>alert('x')</script> <img src=x onerror=alert(1)> [click](javascript:alert(1)) [ok](https://www.meti.go.jp/)";
            await db.SaveChangesAsync();
        });

        var document = await app.CreateClient().GetDocumentAsync("/items/profit-based-penalties");

        var prose = document.QuerySelector(".prose")!;
        Assert.Empty(prose.QuerySelectorAll("script"));
        Assert.Empty(prose.QuerySelectorAll("img"));
        Assert.DoesNotContain(document.All, e => e.HasAttribute("onerror"));
        var link = Assert.Single(prose.QuerySelectorAll("a"));
        Assert.Equal("https://www.meti.go.jp/", link.GetAttribute("href"));
        Assert.Equal("noopener nofollow", link.GetAttribute("rel"));
        Assert.Contains("click", prose.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pages_SendSecurityHeaders()
    {
        await using var app = new JapanAiGovFactory();
        using var response = await app.CreateClient().GetAsync("/");

        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Contains("default-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }
}
