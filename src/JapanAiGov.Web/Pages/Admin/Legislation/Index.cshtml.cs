using JapanAiGov.Web.Data;
using JapanAiGov.Web.Diet;
using JapanAiGov.Web.Localization;
using JapanAiGov.Web.Polling;
using JapanAiGov.Web.Sources;
using JapanAiGov.Web.PublicComments;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace JapanAiGov.Web.Pages.Admin.Legislation;

/// <summary>The editors' legislative inbox: new updates first, each with its 新旧対照表.</summary>
public sealed class IndexModel(AppDbContext db, LawTextStore texts, TimeProvider time) : PageModel
{
    public const int PageSize = 10;

    public const int PublicCommentsShown = 50;

    [BindProperty(SupportsGet = true)]
    public string? Show { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public bool ShowAll => string.Equals(Show, "all", StringComparison.OrdinalIgnoreCase);

    public int OpenCount { get; private set; }

    public int TotalCount { get; private set; }

    public int FilteredCount { get; private set; }

    public IReadOnlyList<LegislativeUpdateView> Updates { get; private set; } = [];

    public bool HasNextPage => PageNumber * PageSize < FilteredCount;

    /// <summary>Public-comment cases matched to items: the open ones (all of them under "All"), soonest deadline first.</summary>
    public IReadOnlyList<PublicCommentMatchView> PublicComments { get; private set; } = [];

    /// <summary>Diet bills matched to items: the open matches (all of them under "All"), latest seen first.</summary>
    public IReadOnlyList<DietBillRow> DietBills { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        PageNumber = Math.Max(1, PageNumber);
        OpenCount = await db.LegislativeUpdates.CountAsync(u => u.State == LegislativeUpdateState.New, cancellationToken);
        TotalCount = await db.LegislativeUpdates.CountAsync(cancellationToken);
        var query = db.LegislativeUpdates.AsQueryable();
        if (!ShowAll)
        {
            query = query.Where(u => u.State == LegislativeUpdateState.New);
        }

        FilteredCount = ShowAll ? TotalCount : OpenCount;
        var page = query
            .OrderBy(u => u.State == LegislativeUpdateState.New ? 0 : 1)
            .ThenByDescending(u => u.DetectedAt)
            .ThenByDescending(u => u.Id)
            .Skip((PageNumber - 1) * PageSize)
            .Take(PageSize);
        var updates = await LegislativeUpdateView.LoadAsync(db, page, time, cancellationToken);
        foreach (var update in updates.Where(u => u.Update.State == LegislativeUpdateState.New))
        {
            await update.LoadComparisonAsync(texts, cancellationToken);
        }

        Updates = updates;
        var matches = db.PublicCommentMatches.Where(m => ShowAll || m.State == PublicCommentMatchState.New);
        PublicComments = await PublicCommentMatchView.LoadAsync(
            db,
            matches.OrderBy(m => m.State == PublicCommentMatchState.New ? 0 : 1).ThenByDescending(m => m.MatchedAt).ThenByDescending(m => m.Id).Take(PublicCommentsShown),
            cancellationToken);
        var japanese = AppCultures.IsJapanese();
        var bills = await db.DietBillMatches.AsNoTracking()
            .Where(m => ShowAll || m.State == DietBillMatchState.New)
            .OrderBy(m => m.State == DietBillMatchState.New ? 0 : 1).ThenByDescending(m => m.Bill!.LastSeenAt).ThenByDescending(m => m.Id)
            .Take(PublicCommentsShown)
            .Select(m => new { m.Id, m.State, m.Bill!.FactsJson, m.Bill.Kind, m.Bill.Session, m.Bill.Number, BillTitle = m.Bill.Title, m.Bill.StatusText, m.Bill.Stage, m.Bill.ProgressUrl, m.BillId, m.Item!.Slug, m.Item.Title, m.Item.TitleJa })
            .ToListAsync(cancellationToken);
        DietBills = bills.ConvertAll(b =>
        {
            var bill = new DietBill { Kind = b.Kind, Session = b.Session, Number = b.Number, Title = b.BillTitle, FactsJson = b.FactsJson, StatusText = b.StatusText, Stage = b.Stage };
            var dates = bill.Timeline().Select(x => (DietBillStageText.Name(x.Stage, japanese), x.On)).ToList();
            var lawNumber = DietPromulgation.TryRead(bill.FactsByLabel, out var on, out var number) ? DietLawNumber.Format(on, number) : null;
            return new DietBillRow(b.BillId, b.Id, b.State, bill.Key.ToString(), b.BillTitle, DietBillStageText.Name(b.Stage, japanese), b.StatusText, dates, lawNumber, b.ProgressUrl, b.Slug, Bilingual.Pick(b.Title, b.TitleJa, japanese).Text);
        });
    }

    public sealed record DietBillRow(int BillId, long MatchId, DietBillMatchState State, string Key, string Title, string Stage, string StatusText, IReadOnlyList<(string Stage, DateOnly On)> Dates, string? LawNumber, string? OfficialUrl, string ItemSlug, string ItemTitle);
}
