using JapanAiGov.Web.Data;
using JapanAiGov.Web.PublicComments;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace JapanAiGov.Web.Pages.Admin.Legislation.PublicComments;

/// <summary>
/// "Seen by the watcher": every public-comment case read from e-Gov, newest first, with the items it matched. Cases
/// that matched no item stay out of the inbox and are listed here, for editors who want to add a rule.
/// </summary>
public sealed class IndexModel(AppDbContext db) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true)]
    public string? Show { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public bool UnmatchedOnly => string.Equals(Show, "unmatched", StringComparison.OrdinalIgnoreCase);

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public int Total { get; private set; }

    public int Unmatched { get; private set; }

    public bool HasNextPage => PageNumber * PageSize < (UnmatchedOnly ? Unmatched : Total);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        PageNumber = Math.Max(1, PageNumber);
        Total = await db.PublicCommentCases.CountAsync(cancellationToken);
        Unmatched = await db.PublicCommentCases.CountAsync(c => !c.Matches.Any(), cancellationToken);
        var query = db.PublicCommentCases.AsNoTracking();
        if (UnmatchedOnly)
        {
            query = query.Where(c => !c.Matches.Any());
        }

        Rows = await query
            .OrderByDescending(c => c.FirstSeenAt)
            .ThenByDescending(c => c.Id)
            .Skip((PageNumber - 1) * PageSize)
            .Take(PageSize)
            .Select(c => new Row(
                c.CaseId,
                c.Title,
                c.Office,
                c.PublishedOn,
                c.Deadline,
                c.Result != null,
                c.Matches.OrderBy(m => m.Id).Select(m => new MatchRow(m.Item!.Slug, m.Item.Title, m.Item.TitleJa, m.State)).ToList()))
            .ToListAsync(cancellationToken);
    }

    public sealed record Row(string CaseId, string Title, string? Office, DateOnly? PublishedOn, DateTimeOffset? Deadline, bool HasResult, List<MatchRow> Matches);

    public sealed record MatchRow(string ItemSlug, string TitleEnglish, string TitleJapanese, PublicCommentMatchState State)
    {
        public string ItemTitle => Localization.Bilingual.Pick(TitleEnglish, TitleJapanese).Text;
    }
}
