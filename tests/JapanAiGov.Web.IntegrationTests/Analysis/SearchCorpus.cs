using JapanAiGov.Web.IntegrationTests.Infrastructure;
using JapanAiGov.Web.Items;

namespace JapanAiGov.Web.IntegrationTests.Analysis;

/// <summary>
/// One app on one database (per provider) holding the seed items plus a few written to tell search rules apart, shared
/// by every case of <see cref="ItemSearchContractTests"/>: read-only, so the cases cannot disturb each other.
/// </summary>
public abstract class SearchCorpus : IAsyncLifetime
{
    private JapanAiGovFactory? _app;

    public JapanAiGovFactory App => _app ?? throw new InvalidOperationException("This provider is not available here.");

    public async Task InitializeAsync()
    {
        _app = await CreateAppAsync();
        if (_app is not null)
        {
            await _app.WithDbAsync(async db =>
            {
                db.Items.AddRange(
                    Item("ja-title-only", "Draft bill on content provenance", "コンテンツ来歴法案の骨子", "Labels for generated media."),
                    Item("source-only", "Guidance update", "ガイダンスの更新", "Nothing special.", new Source
                    {
                        Publisher = "Nikkei Asia", Title = "Watermark rules reported: 法令の案", Url = "https://asia.nikkei.com/watermark-rules", Kind = SourceKind.Press,
                    }),
                    Item("metacharacters", "Target of 100% coverage", "100%の網羅", @"Applies to snake_case identifiers and the path C:\data\ai."),
                    Item("metacharacter-decoy", "Target of 1000 coverage", "1000件の網羅", "Applies to snakeXcase identifiers and the path C:dataai."),
                    Item("accented", "EU AI Act comparison", "EU AI法との比較", "Compares with the ÉLYSÉE summit declaration."));
                await db.SaveChangesAsync();
            });
        }
    }

    public virtual async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }

    /// <summary>The app on this provider's database, or null when the provider is not available (the tests are skipped).</summary>
    protected abstract Task<JapanAiGovFactory?> CreateAppAsync();

    private static RegulatoryItem Item(string slug, string title, string titleJa, string summary, params Source[] sources)
    {
        var at = new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);
        return new RegulatoryItem
        {
            Slug = slug,
            Title = title,
            TitleJa = titleJa,
            Topic = "search-test",
            Summary = summary,
            WhatToWatch = "More later.",
            Status = ItemStatus.Reported,
            StatusChangedAt = at,
            CreatedAt = at,
            UpdatedAt = at,
            Sources = [.. sources],
            StatusChanges = [new StatusChange { ToStatus = ItemStatus.Reported, Reason = "Tracking started for a test.", ChangedBy = "Test editor", ChangedAt = at }],
        };
    }
}
