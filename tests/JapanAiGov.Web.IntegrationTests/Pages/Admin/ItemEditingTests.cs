using System.Net;
using AngleSharp.Html.Dom;
using JapanAiGov.Web.Accounts;
using JapanAiGov.Web.Audit;
using JapanAiGov.Web.IntegrationTests.Infrastructure;
using JapanAiGov.Web.Items;
using Microsoft.EntityFrameworkCore;

namespace JapanAiGov.Web.IntegrationTests.Pages.Admin;

public sealed class ItemEditingTests
{
    /// <summary>A valid new-item form, shared by the tests of hostile and concurrent input.</summary>
    internal static Dictionary<string, string> NewItem(string slug = "meti-annex-guidelines") => new()
    {
        ["Input.Title"] = "METI annex guidelines",
        ["Input.TitleJa"] = "経済産業省の附属書ガイドライン",
        ["Input.Slug"] = slug,
        ["Input.Topic"] = "frontier-models",
        ["Input.Summary"] = "METI is drafting **annexes**.",
        ["Input.WhatToWatch"] = "- The draft",
        ["Input.LawId"] = "",
        ["Initial.Status"] = "Reported",
        ["Initial.Reason"] = "Reported by the press as in preparation.",
    };

    [Fact]
    public async Task NewItem_WithValidInput_IsCreatedWithFirstHistoryEntryAndAudit()
    {
        await using var app = new JapanAiGovFactory();
        var client = await app.CreateSignedInClientAsync(Roles.Editor);

        using var response = await client.PostFormAsync("/admin/items/new", NewItem());

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/admin/items/meti-annex-guidelines/edit", response.Headers.Location!.ToString());
        await app.WithDbAsync(async db =>
        {
            var item = await db.Items.Include(i => i.StatusChanges).SingleAsync(i => i.Slug == "meti-annex-guidelines");
            Assert.Equal(ItemStatus.Reported, item.Status);
            Assert.Null(Assert.Single(item.StatusChanges).FromStatus);
            var audit = await db.AuditEntries.SingleAsync();
            Assert.Equal(AuditActions.ItemCreated, audit.Action);
            Assert.Equal(item.Id, audit.ItemId);
        });
        var dashboard = await client.GetDocumentAsync("/");
        Assert.Equal(5, dashboard.QuerySelectorAll("table.items tbody tr").Length);
    }

    [Theory]
    [InlineData("Input.Slug", "Not A Slug!", "lower-case letters")]
    [InlineData("Input.Slug", "pipa-amendment-ai-training", "already uses the slug")]
    [InlineData("Input.LawId", "415ac00000000", "15 characters")]
    [InlineData("Input.Title", "", "Give the item a title")]
    [InlineData("Initial.Reason", "short", "10–2000 characters")]
    public async Task NewItem_WithInvalidField_IsRefusedWithMessage(string field, string value, string message)
    {
        await using var app = new JapanAiGovFactory();
        var client = await app.CreateSignedInClientAsync(Roles.Editor);
        var form = NewItem();
        form[field] = value;

        using var response = await client.PostFormAsync("/admin/items/new", form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = await response.ReadDocumentAsync();
        Assert.Contains(message, document.QuerySelector(".validation-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(4, await app.WithDbAsync(db => db.Items.CountAsync()));
    }

    [Fact]
    public async Task NewItem_ConfirmedWithoutOfficialEvidence_IsRefused()
    {
        await using var app = new JapanAiGovFactory();
        var client = await app.CreateSignedInClientAsync(Roles.Editor);
        var form = NewItem();
        form["Initial.Status"] = "Confirmed";
        form["Initial.EvidenceUrl"] = "https://www.theregister.com/";

        using var response = await client.PostFormAsync("/admin/items/new", form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(4, await app.WithDbAsync(db => db.Items.CountAsync()));
    }

    [Fact]
    public async Task Preview_RendersMarkdownSafelyWithoutSaving()
    {
        await using var app = new JapanAiGovFactory();
        var client = await app.CreateSignedInClientAsync(Roles.Editor);
        var form = NewItem();
        form["Input.Summary"] = "**bold** <script>alert(1)</script>";
        var page = await client.GetDocumentAsync("/admin/items/new");
        var token = page.QuerySelector<IHtmlInputElement>("input[name=__RequestVerificationToken]")!.Value;
        form["__RequestVerificationToken"] = token;

        using var response = await client.PostAsync("/admin/items/new?handler=Preview", new FormUrlEncodedContent(form));

        var document = await response.ReadDocumentAsync();
        Assert.Equal("bold", document.QuerySelector(".preview strong")!.TextContent);
        Assert.Empty(document.QuerySelectorAll(".preview script"));
        Assert.Equal(4, await app.WithDbAsync(db => db.Items.CountAsync()));
    }

    [Fact]
    public async Task Edit_ChangesFieldsAndAuditsOldAndNewValues()
    {
        await using var app = new JapanAiGovFactory();
        var client = await app.CreateSignedInClientAsync(Roles.Editor);

        using var response = await client.PostFormAsync("/admin/items/profit-based-penalties/edit", new()
        {
            ["Input.Title"] = "Profit-linked penalties",
            ["Input.LawId"] = "415ac0000000057",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await app.WithDbAsync(async db =>
        {
            var item = await db.Items.SingleAsync(i => i.Slug == "profit-based-penalties");
            Assert.Equal("Profit-linked penalties", item.Title);
            Assert.Equal("415AC0000000057", item.LawId);
            var audit = await db.AuditEntries.SingleAsync();
            Assert.Equal(AuditActions.ItemEdited, audit.Action);
            Assert.Contains(audit.Changes, c => c.Field == "Title" && c.Old == "Penalties calibrated to profits gained from intentional violations" && c.New == "Profit-linked penalties");
            Assert.Contains(audit.Changes, c => c.Field == "LawId" && c.Old == null && c.New == "415AC0000000057");
            Assert.Equal(2, audit.Changes.Count);
        });
    }

    [Fact]
    public async Task Edit_WhenAnotherEditorSavedFirst_ShowsTheirValuesBesideYoursAndOverwritesNothing()
    {
        await using var app = new JapanAiGovFactory();
        var first = await app.CreateSignedInClientAsync(Roles.Editor);
        var second = await app.CreateSignedInClientAsync(Roles.Editor);
        var secondPage = await second.GetDocumentAsync("/admin/items/ai-promotion-act/edit");
        var staleVersion = secondPage.QuerySelector<IHtmlInputElement>("input[name=Version]")!.Value;

        using var firstSave = await first.PostFormAsync("/admin/items/ai-promotion-act/edit", new() { ["Input.Title"] = "AI Promotion Act (first editor)" });
        Assert.Equal(HttpStatusCode.Redirect, firstSave.StatusCode);
        using var secondSave = await second.PostFormAsync("/admin/items/ai-promotion-act/edit", new() { ["Input.Title"] = "AI Promotion Act (second editor)", ["Version"] = staleVersion });

        Assert.Equal(HttpStatusCode.OK, secondSave.StatusCode);
        var document = await secondSave.ReadDocumentAsync();
        var conflict = document.QuerySelector(".conflict")!;
        Assert.Contains("AI Promotion Act (first editor)", conflict.TextContent, StringComparison.Ordinal);
        Assert.Contains("AI Promotion Act (second editor)", conflict.TextContent, StringComparison.Ordinal);
        Assert.Equal("AI Promotion Act (first editor)", (await app.WithDbAsync(db => db.Items.SingleAsync(i => i.Slug == "ai-promotion-act"))).Title);

        // Saving again from the conflict page is a deliberate overwrite.
        var resubmit = document.QuerySelector<IHtmlFormElement>("form.form")!;
        var fields = resubmit.Elements.OfType<IHtmlInputElement>().Where(i => !string.IsNullOrEmpty(i.Name)).ToDictionary(i => i.Name!, i => i.Value);
        fields["Input.Title"] = "AI Promotion Act (second editor)";
        using var again = await second.PostAsync("/admin/items/ai-promotion-act/edit", new FormUrlEncodedContent(fields));
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Equal("AI Promotion Act (second editor)", (await app.WithDbAsync(db => db.Items.SingleAsync(i => i.Slug == "ai-promotion-act"))).Title);
    }

    [Fact]
    public async Task Sources_AddAndRemove_AreSavedAndAudited()
    {
        await using var app = new JapanAiGovFactory();
        var client = await app.CreateSignedInClientAsync(Roles.Editor);

        using var added = await client.PostFormAsync("/admin/items/high-impact-frontier-models/sources", new()
        {
            ["NewSource.Publisher"] = "METI",
            ["NewSource.Title"] = "Draft technical annex",
            ["NewSource.Url"] = "https://www.meti.go.jp/annex.pdf",
            ["NewSource.Kind"] = "1",
            ["NewSource.PublishedOn"] = "2026-11-20",
        }, "form.add-source");
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var source = await app.WithDbAsync(db => db.Sources.SingleAsync(s => s.Title == "Draft technical annex"));
        Assert.Equal(SourceKind.Official, source.Kind);
        Assert.Equal(new DateOnly(2026, 11, 20), source.PublishedOn);

        using var removed = await client.PostFormAsync("/admin/items/high-impact-frontier-models/sources", [], $"form.remove-source[action*='sourceId={source.Id}']");
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        await app.WithDbAsync(async db =>
        {
            Assert.False(await db.Sources.AnyAsync(s => s.Id == source.Id));
            Assert.Equal([AuditActions.SourceAdded, AuditActions.SourceRemoved], await db.AuditEntries.OrderBy(e => e.Id).Select(e => e.Action).ToListAsync());
        });
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("ftp://example.org/file")]
    [InlineData("not a url")]
    public async Task Sources_WithNonHttpUrl_AreRefused(string url)
    {
        await using var app = new JapanAiGovFactory();
        var client = await app.CreateSignedInClientAsync(Roles.Editor);

        using var response = await client.PostFormAsync("/admin/items/high-impact-frontier-models/sources", new()
        {
            ["NewSource.Publisher"] = "Somebody",
            ["NewSource.Title"] = "Something",
            ["NewSource.Url"] = url,
        }, "form.add-source");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = await response.ReadDocumentAsync();
        Assert.Contains("full http(s) address", document.QuerySelector("span[data-valmsg-for='NewSource.Url']")!.TextContent, StringComparison.Ordinal);
        Assert.False(await app.WithDbAsync(db => db.Sources.AnyAsync(s => s.Publisher == "Somebody")));
    }

    [Fact]
    public async Task AuditPage_FiltersByItemAndUser()
    {
        await using var app = new JapanAiGovFactory();
        var client = await app.CreateSignedInClientAsync(Roles.Editor);
        await client.PostFormAsync("/admin/items/profit-based-penalties/edit", new() { ["Input.Title"] = "Profit-linked penalties" });
        await client.PostFormAsync("/admin/items/ai-promotion-act/edit", new() { ["Input.Title"] = "AI Promotion Act 2025" });
        var userId = await app.WithDbAsync(db => db.Users.Select(u => u.Id).SingleAsync());

        var all = await client.GetDocumentAsync("/admin/audit");
        var byItem = await client.GetDocumentAsync("/admin/audit?item=ai-promotion-act");
        var byOtherUser = await client.GetDocumentAsync("/admin/audit?user=nobody");
        var byUser = await client.GetDocumentAsync($"/admin/audit?user={userId}");

        Assert.Equal(2, all.QuerySelectorAll("table.audit tbody tr").Length);
        var row = Assert.Single(byItem.QuerySelectorAll("table.audit tbody tr"));
        Assert.Contains("AI Promotion Act 2025", row.TextContent, StringComparison.Ordinal);
        Assert.Empty(byOtherUser.QuerySelectorAll("table.audit tbody tr"));
        Assert.Equal(2, byUser.QuerySelectorAll("table.audit tbody tr").Length);
    }
}
