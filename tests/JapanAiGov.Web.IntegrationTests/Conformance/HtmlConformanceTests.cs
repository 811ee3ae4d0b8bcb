using System.Text.RegularExpressions;
using JapanAiGov.Web.IntegrationTests.Infrastructure;
using JapanAiGov.Web.Items;

namespace JapanAiGov.Web.IntegrationTests.Conformance;

public sealed partial class HtmlConformanceTests
{
    private static readonly string[] PublicPages = ["/", "/changes", "/items/pipa-amendment-ai-training", "/alerts/subscribe", "/calendar", "/api"];
    private static readonly string[] EditorPages = ["/admin", "/admin/items", "/admin/items/pipa-amendment-ai-training/status", "/admin/audit", "/admin/poller", "/admin/legislation", "/admin/legislation/laws", "/admin/alerts"];

    [Fact]
    public async Task TimeDatetime_HasAtMostThreeFractionalDigits_OnPublicAndEditorPages()
    {
        await using var app = new JapanAiGovFactory();
        await app.ChangeStatusAsync("pipa-amendment-ai-training", ItemStatus.Confirmed, app.Time.GetUtcNow().AddTicks(1_234_567), new DateOnly(2027, 4, 1));
        var editor = await app.CreateSignedInClientAsync(JapanAiGov.Web.Accounts.Roles.Admin);
        await app.WithDbAsync(db =>
        {
            var deadline = app.Time.GetUtcNow().AddDays(12).AddTicks(1_234_567);
            db.PublicCommentCases.Add(new JapanAiGov.Web.PublicComments.PublicCommentCase
            {
                CaseId = "595226001", Title = "AI 事業者ガイドライン案", Url = "https://public-comment.e-gov.go.jp/pcm/detail?CLASSNAME=PCMMSTDETAIL&id=595226001",
                Deadline = deadline, FirstSeenAt = deadline, LastSeenAt = deadline, SeenAsConsultation = true,
            });
            return db.SaveChangesAsync();
        });

        var values = new List<(string Page, string Value)>();
        foreach (var page in PublicPages.Concat(EditorPages).Append("/admin/legislation/public-comments/595226001"))
        {
            var document = await editor.GetDocumentAsync(page);
            values.AddRange(document.QuerySelectorAll("time[datetime]").Select(t => (page, t.GetAttribute("datetime")!)));
        }

        Assert.Contains(values, v => v.Value.Contains('T', StringComparison.Ordinal));
        Assert.All(values, v => Assert.True(HtmlDateTime().IsMatch(v.Value), $"{v.Page}: <time datetime=\"{v.Value}\">"));
    }

    [Theory]
    [InlineData("/alerts/subscribe")]
    [InlineData("/alerts/subscribe?item=pipa-amendment-ai-training")]
    [InlineData("/items/pipa-amendment-ai-training")]
    public async Task Ids_AreUniqueAndEveryLabelPointsAtOne(string path)
    {
        await using var app = new JapanAiGovFactory();
        var document = await app.CreateClient().GetDocumentAsync(path);

        var ids = document.QuerySelectorAll("[id]").Select(e => e.Id!).ToList();
        Assert.Empty(ids.GroupBy(i => i).Where(g => g.Count() > 1).Select(g => g.Key));
        Assert.All(document.QuerySelectorAll("label[for]"), l => Assert.Contains(l.GetAttribute("for"), ids));
    }

    [Theory]
    [InlineData("/changes")]
    [InlineData("/items/pipa-amendment-ai-training")]
    public async Task TransitionArrow_IsReadAsWords(string path)
    {
        await using var app = new JapanAiGovFactory();
        await app.ChangeStatusAsync("pipa-amendment-ai-training", ItemStatus.Confirmed, app.Time.GetUtcNow(), null);
        var document = await app.CreateClient().GetDocumentAsync(path);

        var transitions = document.QuerySelectorAll(".transition").Where(t => t.TextContent.Contains('→', StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(transitions);
        foreach (var transition in transitions)
        {
            Assert.Empty(transition.QuerySelectorAll("span[aria-label]:not([role])"));
            var arrow = transition.QuerySelectorAll("[aria-hidden=true]").Single(e => e.TextContent.Contains('→', StringComparison.Ordinal));
            Assert.NotNull(arrow);
            Assert.Contains(transition.QuerySelectorAll(".visually-hidden"), e => e.TextContent.Trim() == "changed to");
        }
    }

    // HTML's valid global date and time string (or a valid date string): at most three fractional digits.
    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2}))?$")]
    private static partial Regex HtmlDateTime();
}
