using System.Net;
using JapanAiGov.Web.Accounts;
using JapanAiGov.Web.IntegrationTests.Infrastructure;
using JapanAiGov.Web.IntegrationTests.Pages.Admin;
using Microsoft.EntityFrameworkCore;

namespace JapanAiGov.Web.IntegrationTests.Localization;

/// <summary>Issue 25, point 2: a new item needs its Japanese title; where an item has only one language the page says so.</summary>
public sealed class JapaneseTitleRequiredTests
{
    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public async Task NewItem_WithoutAJapaneseTitle_IsRefusedWithAMessageInTheEditorsLanguage(string titleJa)
    {
        await using var app = new JapanAiGovFactory();
        var client = await app.CreateSignedInClientAsync(Roles.Editor);
        _ = await client.GetDocumentAsync("/admin/items/new?culture=ja");
        var form = ItemEditingTests.NewItem("meti-annex");
        form["Input.TitleJa"] = titleJa;

        using var response = await client.PostFormAsync("/admin/items/new", form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = await response.ReadDocumentAsync();
        Assert.Equal("日本語のタイトルを入力してください。", document.QuerySelector("[data-valmsg-for='Input.TitleJa']")!.TextContent.Trim());
        Assert.Equal(4, await app.WithDbAsync(db => db.Items.CountAsync()));
    }

    [Fact]
    public async Task NewItemForm_MarksTheJapaneseTitleRequired_EditFormDoesNot()
    {
        await using var app = new JapanAiGovFactory();
        var client = await app.CreateSignedInClientAsync(Roles.Editor);

        var created = await client.GetDocumentAsync("/admin/items/new?culture=ja");
        var edited = await client.GetDocumentAsync("/admin/items/pipa-amendment-ai-training/edit?culture=ja");

        Assert.True(created.QuerySelector("input[name='Input.TitleJa']")!.HasAttribute("required"));
        Assert.False(edited.QuerySelector("input[name='Input.TitleJa']")!.HasAttribute("required"));
    }

    [Fact]
    public async Task ItemPage_WithOnlyEnglishText_SaysItIsShownInEnglishOnly()
    {
        await using var app = new JapanAiGovFactory();
        await app.WithDbAsync(db => db.Items.Where(i => i.Slug == "pipa-amendment-ai-training")
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.TitleJa, string.Empty).SetProperty(i => i.SummaryJa, string.Empty).SetProperty(i => i.WhatToWatchJa, string.Empty)));

        var japanese = await app.CreateClient().GetDocumentAsync("/items/pipa-amendment-ai-training?culture=ja");
        var english = await app.CreateClient().GetDocumentAsync("/items/ai-promotion-act?culture=en");

        Assert.Equal("この項目は英語でのみ記載されています。日本語の記載はまだありません。", japanese.QuerySelector(".one-language")!.TextContent.Trim());
        Assert.Null(english.QuerySelector(".one-language"));
    }
}
