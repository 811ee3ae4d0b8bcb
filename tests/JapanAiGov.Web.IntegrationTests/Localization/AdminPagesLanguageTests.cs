using System.Net;
using JapanAiGov.Web.Accounts;
using JapanAiGov.Web.IntegrationTests.Infrastructure;

namespace JapanAiGov.Web.IntegrationTests.Localization;

/// <summary>The editors' side in both languages: sign-in, the admin pages, validation and the status rules.</summary>
public sealed class AdminPagesLanguageTests
{
    [Fact]
    public async Task SignIn_InJapanese_ShowsJapaneseValidationAndFailureMessages()
    {
        await using var app = new JapanAiGovFactory(new Dictionary<string, string?> { ["Alerts:DispatcherEnabled"] = "false" });
        var client = app.CreateBrowserLikeClient();
        await client.GetAsync("/account/login?culture=ja");

        using var empty = await client.PostFormAsync("/account/login", new() { ["Input.Email"] = "", ["Input.Password"] = "" });
        var page = await empty.ReadDocumentAsync();
        Assert.Equal("ja", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("メールアドレスを入力してください。", page.QuerySelector("[data-valmsg-for='Input.Email']")!.TextContent.Trim());
        Assert.Equal("パスワードを入力してください。", page.QuerySelector("[data-valmsg-for='Input.Password']")!.TextContent.Trim());

        using var wrong = await client.PostFormAsync("/account/login", new() { ["Input.Email"] = "nobody@example.org", ["Input.Password"] = "not the password at all" });
        Assert.StartsWith("メールアドレスかパスワードが正しくないか", (await wrong.ReadDocumentAsync()).QuerySelector(".validation-summary")!.TextContent.Trim(), StringComparison.Ordinal);

        using var english = await client.PostFormAsync("/account/login?culture=en", new() { ["Input.Email"] = "nobody@example.org", ["Input.Password"] = "not the password at all" });
        Assert.StartsWith("The email or password is not right", (await english.ReadDocumentAsync()).QuerySelector(".validation-summary")!.TextContent.Trim(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ja", "管理", "項目", "ステータスを変更")]
    [InlineData("en", "Admin", "Items", "Change status")]
    public async Task AdminPages_FollowTheChosenLanguage(string culture, string adminHeading, string itemsHeading, string changeStatus)
    {
        await using var app = new JapanAiGovFactory(new Dictionary<string, string?> { ["Alerts:DispatcherEnabled"] = "false" });
        var client = await app.CreateSignedInClientAsync(Roles.Admin);

        var admin = await client.GetDocumentAsync($"/admin?culture={culture}");
        Assert.Equal(culture, admin.DocumentElement.GetAttribute("lang"));
        Assert.Equal(adminHeading, admin.QuerySelector("h1")!.TextContent);

        // The culture cookie keeps the language on the next pages.
        var items = await client.GetDocumentAsync("/admin/items");
        Assert.Equal(itemsHeading, items.QuerySelector("h1")!.TextContent);
        Assert.Contains(items.QuerySelectorAll("td.actions a"), a => a.TextContent == changeStatus);
        var alerts = await client.GetDocumentAsync("/admin/alerts");
        Assert.Equal(culture == "ja" ? "通知の配信" : "Alert deliveries", alerts.QuerySelector("h1")!.TextContent);
        var status = await client.GetDocumentAsync($"/admin/items/{AlertTestExtensions.PipaSlug}/status");
        Assert.Equal(changeStatus, status.QuerySelector("h1")!.TextContent);
        Assert.Contains(culture == "ja" ? "報道段階" : "Reported", status.QuerySelector(".item-status")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StatusChangeRules_InJapanese_AreJapanese()
    {
        await using var app = new JapanAiGovFactory(new Dictionary<string, string?> { ["Alerts:DispatcherEnabled"] = "false" });
        var client = await app.CreateSignedInClientAsync();
        var url = $"/admin/items/{AlertTestExtensions.PipaSlug}/status?culture=ja";

        using var response = await client.PostFormAsync(url, new() { ["Input.NewStatus"] = "Confirmed", ["Input.Reason"] = "", ["Input.EvidenceUrl"] = "" });

        Assert.NotEqual(HttpStatusCode.Redirect, response.StatusCode);
        var page = await response.ReadDocumentAsync();
        Assert.Equal("変更の理由を入力してください。", page.QuerySelector("[data-valmsg-for='Input.Reason']")!.TextContent.Trim());
        Assert.StartsWith("「確認済み」にするには", page.QuerySelector("[data-valmsg-for='Input.EvidenceUrl']")!.TextContent.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PasswordPage_InJapanese_ExplainsThePolicyInJapanese()
    {
        await using var app = new JapanAiGovFactory(new Dictionary<string, string?> { ["Alerts:DispatcherEnabled"] = "false" });
        var client = await app.CreateSignedInClientAsync();
        await client.GetAsync("/admin?culture=ja");

        using var weak = await client.PostFormAsync("/account/password", new()
        {
            ["Input.CurrentPassword"] = JapanAiGovFactory.Password,
            ["Input.NewPassword"] = "password1234",
            ["Input.ConfirmPassword"] = "password1234",
        });

        var summary = (await weak.ReadDocumentAsync()).QuerySelector(".validation-summary")!.TextContent;
        Assert.Contains("推測されやすすぎます", summary, StringComparison.Ordinal);
        using var mismatch = await client.PostFormAsync("/account/password", new()
        {
            ["Input.CurrentPassword"] = JapanAiGovFactory.Password,
            ["Input.NewPassword"] = "lantern orbit velvet thunder",
            ["Input.ConfirmPassword"] = "lantern orbit velvet thunders",
        });
        Assert.Contains("2つの新しいパスワードが一致しません。", (await mismatch.ReadDocumentAsync()).QuerySelector(".validation-summary")!.TextContent, StringComparison.Ordinal);
    }
}
