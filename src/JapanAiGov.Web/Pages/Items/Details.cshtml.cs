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
public sealed class DetailsModel(AppDbContext db, TimeProvider time, GenerationKeyedMemo<int, ItemOfficialRecords> officialRecords) : PageModel
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
        // Two queries per request: the item with its sources, then its status and action-level history in one
        // UNION ALL. What official sources say about it is read once per item and content generation (below).
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
        var history = await ReadHistoryAsync(item.Id, cancellationToken);
        Timeline = history.Where(h => h.ToStatus is not null).Select(h => h.ToStatusChange(item.Id)).ToList();
        ActionHistory = history.Where(h => h.ToLevel is not null).Select(h => h.ToActionChange(item.Id)).ToList();
        var official = await officialRecords.GetAsync(item.Id, ReadOfficialRecordsAsync, cancellationToken);
        Laws = official.Laws;
        Updates = official.Updates;
        Consultations = official.Consultations;
        DietBills = official.DietBills;
        TodayInJapan = JapanTime.Today(time);
        return Page();
    }

    /// <summary>The status changes and action-level changes of an item, newest first, each kind in its own order.</summary>
    private async Task<List<HistoryRow>> ReadHistoryAsync(int itemId, CancellationToken cancellationToken)
    {
        var statusChanges = db.StatusChanges
            .Where(c => c.ItemId == itemId)
            .Select(c => new HistoryRow
            {
                Id = c.Id,
                ChangedAt = c.ChangedAt,
                FromStatus = c.FromStatus,
                ToStatus = c.ToStatus,
                FromLevel = null,
                ToLevel = null,
                Reason = c.Reason,
                ReasonJa = "",
                EvidenceUrl = c.EvidenceUrl,
                EffectiveOn = c.EffectiveOn,
                ChangedBy = c.ChangedBy,
                RetractedAt = c.RetractedAt,
                RetractedBy = c.RetractedBy,
                RetractionReason = c.RetractionReason,
            });
        var actionChanges = db.ActionChanges
            .Where(c => c.ItemId == itemId)
            .Select(c => new HistoryRow
            {
                Id = c.Id,
                ChangedAt = c.ChangedAt,
                FromStatus = null,
                ToStatus = null,
                FromLevel = c.FromLevel,
                ToLevel = c.ToLevel,
                Reason = c.Reason,
                ReasonJa = c.ReasonJa,
                EvidenceUrl = null,
                EffectiveOn = null,
                ChangedBy = c.ChangedBy,
                RetractedAt = null,
                RetractedBy = null,
                RetractionReason = null,
            });
        var rows = await statusChanges.Concat(actionChanges).ToListAsync(cancellationToken);

        // Newest first within each kind (the pages list them apart); sorted here, as the rows are few.
        rows.Sort((a, b) => b.ChangedAt != a.ChangedAt ? b.ChangedAt.CompareTo(a.ChangedAt) : b.Id.CompareTo(a.Id));
        return rows;
    }

    private async Task<ItemOfficialRecords> ReadOfficialRecordsAsync(int itemId, CancellationToken cancellationToken)
    {
        var laws = await db.WatchedLaws.AsNoTracking()
            .Where(l => l.ItemId == itemId && l.RemovedAt == null)
            .OrderBy(l => l.LawId)
            .ToListAsync(cancellationToken);

        // Updates come only from watched laws: without one there is nothing to look for.
        var updates = laws.Count == 0 ? [] : await db.LegislativeUpdates.AsNoTracking()
            .Include(u => u.Revision)
            .Include(u => u.WatchedLaw)
            .Where(u => u.WatchedLaw!.ItemId == itemId)
            .OrderByDescending(u => u.DetectedAt)
            .ThenByDescending(u => u.Id)
            .Take(20)
            .ToListAsync(cancellationToken);
        var consultations = await PublicCommentQueries.ConfirmedForItemAsync(db, itemId, cancellationToken);
        var bills = await DietBillQueries.ConfirmedForItemAsync(db, itemId, cancellationToken);
        return new ItemOfficialRecords(laws, updates, consultations, bills);
    }

    /// <summary>One row of the item's history: a status change (ToStatus set) or an action-level change (ToLevel set).</summary>
    private sealed class HistoryRow
    {
        public long Id { get; init; }

        public DateTimeOffset ChangedAt { get; init; }

        public ItemStatus? FromStatus { get; init; }

        public ItemStatus? ToStatus { get; init; }

        public ActionLevel? FromLevel { get; init; }

        public ActionLevel? ToLevel { get; init; }

        public string Reason { get; init; } = "";

        public string ReasonJa { get; init; } = "";

        public string? EvidenceUrl { get; init; }

        public DateOnly? EffectiveOn { get; init; }

        public string ChangedBy { get; init; } = "";

        public DateTimeOffset? RetractedAt { get; init; }

        public string? RetractedBy { get; init; }

        public string? RetractionReason { get; init; }

        public StatusChange ToStatusChange(int itemId) => new()
        {
            Id = Id,
            ItemId = itemId,
            ChangedAt = ChangedAt,
            FromStatus = FromStatus,
            ToStatus = ToStatus!.Value,
            Reason = Reason,
            EvidenceUrl = EvidenceUrl,
            EffectiveOn = EffectiveOn,
            ChangedBy = ChangedBy,
            RetractedAt = RetractedAt,
            RetractedBy = RetractedBy,
            RetractionReason = RetractionReason,
        };

        public ActionChange ToActionChange(int itemId) => new()
        {
            Id = Id,
            ItemId = itemId,
            ChangedAt = ChangedAt,
            FromLevel = FromLevel,
            ToLevel = ToLevel!.Value,
            Reason = Reason,
            ReasonJa = ReasonJa,
            ChangedBy = ChangedBy,
        };
    }
}
