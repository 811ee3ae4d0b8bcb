using JapanAiGov.Web.Data;
using JapanAiGov.Web.Diet;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace JapanAiGov.Web.Pages.Admin.Legislation.Diet;

/// <summary>
/// "Seen by the watcher": every Diet bill of a watched kind (閣法, 衆法, 参法) read from the bill lists, newest session
/// first, with whether a watch rule matched it. Bills that matched no item stay out of the inbox and are listed here,
/// for editors who want to write a rule.
/// </summary>
public sealed class IndexModel(AppDbContext db) : PageModel
{
    public const int PageSize = 100;

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
        Total = await db.DietBills.CountAsync(cancellationToken);
        Unmatched = await db.DietBills.CountAsync(b => !b.Matches.Any(), cancellationToken);
        var query = db.DietBills.AsNoTracking();
        if (UnmatchedOnly)
        {
            query = query.Where(b => !b.Matches.Any());
        }

        Rows = await query
            .OrderByDescending(b => b.Session).ThenBy(b => b.Kind).ThenBy(b => b.Number)
            .Skip((PageNumber - 1) * PageSize)
            .Take(PageSize)
            .Select(b => new Row(b.Id, b.Kind, b.Session, b.Number, b.Title, b.StatusText, b.Stage, b.Matches.Count))
            .ToListAsync(cancellationToken);
    }

    public sealed record Row(int Id, string Kind, int Session, int Number, string Title, string StatusText, DietBillStage Stage, int Matches);
}
