using System.Net;
using JapanAiGov.Web.Accounts;
using JapanAiGov.Web.IntegrationTests.Infrastructure;

namespace JapanAiGov.Web.IntegrationTests.Security;

/// <summary>Issue 25, point 9: the conflict view says who changed the item meanwhile, when (JST), their reason and evidence.</summary>
public sealed class ConflictAuthorTests
{
    private const string Slug = "pipa-amendment-ai-training";
    private const string Evidence = "https://www.ppc.go.jp/news/press/2026/amendment/";
    private const string Reason = "個人情報保護委員会が改正法の公式テキストを公表したため。";

    [Fact]
    public async Task StatusForm_LosingTheRace_ShowsWhoChangedItWhenTheirReasonAndEvidence()
    {
        await using var app = new JapanAiGovFactory();
        app.Time.SetUtcNow(new DateTimeOffset(2026, 11, 24, 23, 30, 0, TimeSpan.Zero)); // 08:30 the next day in Japan
        var slow = await app.CreateSignedInClientAsync(Roles.Editor);
        var fast = await SignInAsync(app, "hayami@example.org", "速水 花子");
        var open = await slow.OpenFormAsync($"/admin/items/{Slug}/status?culture=ja");
        using var won = await fast.PostFormAsync($"/admin/items/{Slug}/status", new() { ["Input.NewStatus"] = "Confirmed", ["Input.Reason"] = Reason, ["Input.EvidenceUrl"] = Evidence });
        Assert.Equal(HttpStatusCode.Redirect, won.StatusCode);

        using var response = await slow.SubmitAsync(open, new() { ["Input.NewStatus"] = "PendingMetiAnnex", ["Input.Reason"] = "経産省の附属書を待つ段階になったため。" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = await response.ReadDocumentAsync();
        var author = document.QuerySelector(".conflict-author")!;
        Assert.Equal("この間に変更した編集者", author.QuerySelector("h2")!.TextContent.Trim());
        var facts = author.QuerySelectorAll("dt").Zip(author.QuerySelectorAll("dd")).ToDictionary(p => p.First.TextContent.Trim(), p => p.Second.TextContent.Trim());
        Assert.Equal("速水 花子", facts["変更者"]);
        Assert.Equal("2026年11月25日 08:30 JST", facts["日時"]);
        Assert.Equal("ステータス変更", facts["操作"]);
        Assert.Equal(Reason, facts["理由"]);
        Assert.Equal(Evidence, author.QuerySelector("a[rel~=noopener]")!.GetAttribute("href"));
        Assert.Contains("報道段階", facts["ステータス"], StringComparison.Ordinal);
        Assert.Contains("確認済み", facts["ステータス"], StringComparison.Ordinal);
        Assert.Equal("経産省の附属書を待つ段階になったため。", document.QuerySelector<AngleSharp.Html.Dom.IHtmlTextAreaElement>("textarea[name='Input.Reason']")!.Value);
    }

    [Fact]
    public async Task EditForm_LosingTheRace_ShowsWhoSavedWhenAndWhatTheyChanged()
    {
        await using var app = new JapanAiGovFactory();
        var slow = await app.CreateSignedInClientAsync(Roles.Editor);
        var fast = await SignInAsync(app, "hayami@example.org", "Hana Hayami");
        var open = await slow.OpenFormAsync($"/admin/items/{Slug}/edit?culture=en");
        using var won = await fast.PostFormAsync($"/admin/items/{Slug}/edit", new() { ["Input.Title"] = "PIPA amendment (their title)" });
        Assert.Equal(HttpStatusCode.Redirect, won.StatusCode);

        using var response = await slow.SubmitAsync(open, new() { ["Input.Title"] = "PIPA amendment (my title)" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var author = (await response.ReadDocumentAsync()).QuerySelector(".conflict .conflict-author")!;
        var facts = author.QuerySelectorAll("dt").Zip(author.QuerySelectorAll("dd")).ToDictionary(p => p.First.TextContent.Trim(), p => p.Second.TextContent.Trim());
        Assert.Equal("Hana Hayami", facts["Changed by"]);
        Assert.Equal("2026-11-24 09:30 JST", facts["When"]);
        Assert.Equal("none given", facts["Their reason"]);
        Assert.Contains("PIPA amendment (their title)", facts["Title"], StringComparison.Ordinal);
    }

    private static async Task<HttpClient> SignInAsync(JapanAiGovFactory app, string email, string displayName)
    {
        await app.CreateAccountAsync(email, Roles.Editor, displayName);
        var client = app.CreateBrowserLikeClient();
        using var response = await client.PostFormAsync("/account/login", new() { ["Input.Email"] = email, ["Input.Password"] = JapanAiGovFactory.Password });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }
}
