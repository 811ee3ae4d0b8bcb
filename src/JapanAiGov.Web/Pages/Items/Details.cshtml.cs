using JapanAiGov.Web.Caching;
using JapanAiGov.Web.Data;
using JapanAiGov.Web.Diet;
using JapanAiGov.Web.Items;
using JapanAiGov.Web.Localization;
using JapanAiGov.Web.Polling;
using JapanAiGov.Web.Sources;
using JapanAiGov.Web.PublicComments;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace JapanAiGov.Web.Pages.Items;

[OutputCache(PolicyName = PublicPageCache.Policy)]
public sealed class DetailsModel(AppDbContext db, TimeProvider time) : PageModel
{
    public RegulatoryItem Item { get; private set; } = null!;

    public IReadOnlyList<IGrouping<SourceKind, Source>> SourceGroups { get; private set; } = [];

    public IReadOnlyList<StatusChange> Timeline { get; private set; } = [];

    /// <summary>The item's action-level history, newest first.</summary>
    public IReadOnlyList<ActionChange> ActionHistory { get; private set; } = [];

    /// <summary>The e-Gov laws watched for this item.</summary>
    public IReadOnlyList<WatchedLaw> Laws { get; private set; } = [];

    /// <summary>New legislative text the poller found for those laws, newest first.</summary>
    public IReadOnlyList<LegislativeUpdate> Updates { get; private set; } = [];

    public DateOnly TodayInJapan { get; private set; }

    /// <summary>Public-comment cases an editor confirmed for this item, newest first.</summary>
    public IReadOnlyList<PublicCommentCase> Consultations { get; private set; } = [];

    /// <summary>Diet bills an editor confirmed for the item, with the stage each reached.</summary>
    public IReadOnlyList<DietBillSummary> DietBills { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        // One connection for the page's seven queries: EF would otherwise open and close one per query.
        await db.Database.OpenConnectionAsync(cancellationToken);
        var item = await db.Items.AsNoTracking()
            .Include(i => i.Sources)
            .SingleOrDefaultAsync(i => i.Slug == slug, cancellationToken);
        if (item is null)
        {
            return NotFound();
        }

        Item = item;
        SourceGroups = item.Sources
            .OrderByDescending(s => s.PublishedOn)
            .GroupBy(s => s.Kind)
            .OrderBy(g => g.Key)
            .ToList();
        Timeline = await db.StatusChanges.AsNoTracking()
            .Where(c => c.ItemId == item.Id)
            .OrderByDescending(c => c.ChangedAt)
            .ThenByDescending(c => c.Id)
            .ToListAsync(cancellationToken);
        ActionHistory = await db.ActionChanges.AsNoTracking()
            .Where(c => c.ItemId == item.Id)
            .OrderByDescending(c => c.ChangedAt)
            .ThenByDescending(c => c.Id)
            .ToListAsync(cancellationToken);
        Laws = await db.WatchedLaws.AsNoTracking()
            .Where(l => l.ItemId == item.Id && l.RemovedAt == null)
            .OrderBy(l => l.LawId)
            .ToListAsync(cancellationToken);
        // Updates come only from watched laws: without one there is nothing to look for.
        Updates = Laws.Count == 0 ? [] : await db.LegislativeUpdates.AsNoTracking()
            .Include(u => u.Revision)
            .Include(u => u.WatchedLaw)
            .Where(u => u.WatchedLaw!.ItemId == item.Id)
            .OrderByDescending(u => u.DetectedAt)
            .ThenByDescending(u => u.Id)
            .Take(20)
            .ToListAsync(cancellationToken);
        TodayInJapan = JapanTime.Today(time);
        Consultations = await PublicCommentQueries.ConfirmedForItemAsync(db, item.Id, cancellationToken);
        DietBills = await DietBillQueries.ConfirmedForItemAsync(db, item.Id, cancellationToken);
        return Page();
    }
}
