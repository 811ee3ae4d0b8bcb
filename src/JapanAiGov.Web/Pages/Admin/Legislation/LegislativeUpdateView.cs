using JapanAiGov.Web.Data;
using JapanAiGov.Web.Localization;
using JapanAiGov.Web.Polling;
using JapanAiGov.Web.Sources;
using Microsoft.EntityFrameworkCore;

namespace JapanAiGov.Web.Pages.Admin.Legislation;

/// <summary>An update as the inbox and its own page show it, with its 新旧対照表 when asked for.</summary>
public sealed class LegislativeUpdateView
{
    public required LegislativeUpdate Update { get; init; }

    public required WatchedLaw Law { get; init; }

    public required LawRevision Revision { get; init; }

    public string? PreviousLawRevisionId { get; init; }

    public string? ItemSlug { get; init; }

    public string? ItemTitle { get; init; }

    public bool NotYetInForce { get; init; }

    public IReadOnlyList<ArticleComparison> Changed { get; private set; } = [];

    public IReadOnlyList<LawArticle> Added { get; private set; } = [];

    public IReadOnlyList<LawArticle> Removed { get; private set; } = [];

    public bool HasComparison { get; private set; }

    public string EGovLawUrl => WatchedLaw.EGovLawPage(Law.LawId).ToString();

    /// <summary>The lead's status form, prefilled: Confirmed, the e-Gov law page as evidence, and this update.</summary>
    public string? ApplyUrl => ItemSlug is null
        ? null
        : $"/admin/items/{Uri.EscapeDataString(ItemSlug)}/status?status=Confirmed&evidence={Uri.EscapeDataString(EGovLawUrl)}"
          + $"&reason={Uri.EscapeDataString(ApplyReason)}&update={Update.Id}";

    private static readonly ResourceText Text = new(typeof(LegislativeUpdateView));

    /// <summary>The reason prefilled on the status form, in the editor's language: it is published and mailed as written.</summary>
    private string ApplyReason => Revision.AmendmentLawNum is null
        ? Text.Format("ApplyReason", Law.FullName, Revision.LawRevisionId)
        : Text.Format("ApplyReason.Amended", Law.FullName, Revision.LawRevisionId, Revision.AmendmentLawTitle ?? "—", Revision.AmendmentLawNum);

    public static async Task<List<LegislativeUpdateView>> LoadAsync(AppDbContext db, IQueryable<LegislativeUpdate> updates, TimeProvider time, CancellationToken cancellationToken)
    {
        var rows = await updates.AsNoTracking()
            .Select(u => new
            {
                Update = u,
                Law = u.WatchedLaw!,
                Revision = u.Revision!,
                PreviousLawRevisionId = u.PreviousRevision == null ? null : u.PreviousRevision.LawRevisionId,
            })
            .ToListAsync(cancellationToken);
        var itemIds = rows.Where(r => r.Law.ItemId != null).Select(r => r.Law.ItemId!.Value).Distinct().ToList();
        var items = await db.Items.AsNoTracking().Where(i => itemIds.Contains(i.Id)).Select(i => new { i.Id, i.Slug, i.Title, i.TitleJa }).ToListAsync(cancellationToken);
        var today = JapanTime.Today(time);
        return rows.Select(r =>
        {
            var item = items.FirstOrDefault(i => i.Id == r.Law.ItemId);
            return new LegislativeUpdateView
            {
                Update = r.Update,
                Law = r.Law,
                Revision = r.Revision,
                PreviousLawRevisionId = r.PreviousLawRevisionId,
                ItemSlug = item?.Slug,
                ItemTitle = item is null ? null : Bilingual.Pick(item.Title, item.TitleJa).Text,
                NotYetInForce = !r.Revision.IsInForceOn(today),
            };
        }).ToList();
    }

    /// <summary>Builds the side-by-side comparison from the two revisions' stored articles.</summary>
    public async Task LoadComparisonAsync(LawTextStore texts, CancellationToken cancellationToken)
    {
        if (Update.DiffStatus != LegislativeDiffStatus.Compared || PreviousLawRevisionId is not { } previousId)
        {
            return;
        }

        var newArticles = await texts.GetStoredAsync(Revision.LawRevisionId, cancellationToken);
        var oldArticles = await texts.GetStoredAsync(previousId, cancellationToken);
        if (newArticles is null || oldArticles is null)
        {
            return;
        }

        var diff = ArticleDiff.Compare(oldArticles, newArticles);
        Changed = diff.Changed.Select(c => ArticleComparison.Build(c.Old, c.New)).ToList();
        Added = diff.Added;
        Removed = diff.Removed;
        HasComparison = true;
    }
}
