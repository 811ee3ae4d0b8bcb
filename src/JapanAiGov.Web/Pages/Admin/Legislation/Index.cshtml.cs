using JapanAiGov.Web.Data;
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
    }
}
