using System.Net;
using JapanAiGov.Web.Accounts;
using JapanAiGov.Web.IntegrationTests.Infrastructure;
using JapanAiGov.Web.IntegrationTests.Pages.Admin;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace JapanAiGov.Web.IntegrationTests.Security;

/// <summary>Issue 10 point 7: two editors at once get a conflict view or a clear message, never a 404 that loses typing or a 500.</summary>
public sealed class ConcurrentEditTests
{
    private const string Slug = "ai-promotion-act";

    [Fact]
    public async Task EditForm_OpenWhileAnotherEditorRenamesTheItem_ShowsTheConflictWithTheirInputKept()
    {
        await using var app = new JapanAiGovFactory();
        var slow = await app.CreateSignedInClientAsync(Roles.Editor);
        var fast = await app.CreateSignedInClientAsync(Roles.Editor);
        var open = await slow.OpenFormAsync($"/admin/items/{Slug}/edit");
        using var renamed = await fast.PostFormAsync($"/admin/items/{Slug}/edit", new() { ["Input.Slug"] = "ai-act-2025" });
        Assert.Equal(HttpStatusCode.Redirect, renamed.StatusCode);

        using var response = await slow.SubmitAsync(open, new() { ["Input.Title"] = "My careful new title" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = await response.ReadDocumentAsync();
        Assert.Equal("My careful new title", document.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("input[name='Input.Title']")!.Value);
        Assert.Contains("Another editor", document.QuerySelector(".validation-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("ai-act-2025", document.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StatusForm_OpenWhileAnotherEditorRenamesTheItem_ShowsTheConflictWithTheirInputKept()
    {
        await using var app = new JapanAiGovFactory();
        var slow = await app.CreateSignedInClientAsync(Roles.Editor);
        var fast = await app.CreateSignedInClientAsync(Roles.Editor);
        var open = await slow.OpenFormAsync($"/admin/items/{Slug}/status");
        using var renamed = await fast.PostFormAsync($"/admin/items/{Slug}/edit", new() { ["Input.Slug"] = "ai-act-2025" });
        Assert.Equal(HttpStatusCode.Redirect, renamed.StatusCode);

        using var response = await slow.SubmitAsync(open, new() { ["Input.NewStatus"] = "PendingMetiAnnex", ["Input.Reason"] = "My long and careful reason." });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = await response.ReadDocumentAsync();
        Assert.Equal("My long and careful reason.", document.QuerySelector<AngleSharp.Html.Dom.IHtmlTextAreaElement>("textarea[name='Input.Reason']")!.Value);
        Assert.Contains("Another editor", document.QuerySelector(".validation-summary")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TwoEditorsCreatingTheSameSlugAtOnce_OneGetsAClearMessage()
    {
        await using var app = new JapanAiGovFactory();
        var first = await app.CreateSignedInClientAsync(Roles.Editor);
        var second = await app.CreateSignedInClientAsync(Roles.Editor);
        var forms = await Task.WhenAll(first.OpenFormAsync("/admin/items/new"), second.OpenFormAsync("/admin/items/new"));
        var input = ItemEditingTests.NewItem("meti-annex");
        app.Gate.Arm(ArrivalGate.TransactionStarting);

        var responses = await Task.WhenAll(first.SubmitAsync(forms[0], input), second.SubmitAsync(forms[1], input));

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Redirect);
        var refused = Assert.Single(responses, r => r.StatusCode == HttpStatusCode.OK);
        Assert.Contains("already uses the slug", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(1, await app.WithDbAsync(db => db.Items.CountAsync(i => i.Slug == "meti-annex")));
    }

    [Fact]
    public async Task SameAccountCreatedTwiceAtOnce_OneGetsAClearMessage()
    {
        await using var app = new JapanAiGovFactory();
        await app.CreateAccountAsync("first@example.org", Roles.Admin);
        app.Gate.Arm(ArrivalGate.SavingChanges);

        var results = await Task.WhenAll(CreateAsync(), CreateAsync());

        Assert.Single(results, r => r.Succeeded);
        Assert.Contains("already exists", Assert.Single(results, r => !r.Succeeded).Errors.Single(), StringComparison.Ordinal);

        async Task<AccountResult> CreateAsync()
        {
            await Task.Yield();
            using var scope = app.Services.CreateScope();
            return await scope.ServiceProvider.GetRequiredService<AccountService>()
                .CreateAsync("twice@example.org", null, Roles.Editor, JapanAiGovFactory.Password, CancellationToken.None);
        }
    }

    [Fact]
    public async Task TwoEditorsRemovingTheSameSourceAtOnce_BothEndWithoutAnError()
    {
        await using var app = new JapanAiGovFactory();
        var first = await app.CreateSignedInClientAsync(Roles.Editor);
        var second = await app.CreateSignedInClientAsync(Roles.Editor);
        var source = await app.WithDbAsync(db => db.Sources.FirstAsync(s => db.Items.Any(i => i.Slug == Slug && i.Id == s.ItemId)));
        var selector = $"form.remove-source[action*='sourceId={source.Id}']";
        var forms = await Task.WhenAll(first.OpenFormAsync($"/admin/items/{Slug}/sources", selector), second.OpenFormAsync($"/admin/items/{Slug}/sources", selector));
        app.Gate.Arm(ArrivalGate.SavingChanges);

        var responses = await Task.WhenAll(first.SubmitAsync(forms[0], []), second.SubmitAsync(forms[1], []));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Redirect, r.StatusCode));
        Assert.False(await app.WithDbAsync(db => db.Sources.AnyAsync(s => s.Id == source.Id)));
        Assert.Equal(1, await app.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == JapanAiGov.Web.Audit.AuditActions.SourceRemoved)));
    }
}
