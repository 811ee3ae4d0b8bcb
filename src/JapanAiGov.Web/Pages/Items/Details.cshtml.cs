using JapanAiGov.Web.Data;
using JapanAiGov.Web.Items;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace JapanAiGov.Web.Pages.Items;

public sealed class DetailsModel(AppDbContext db) : PageModel
{
    public RegulatoryItem Item { get; private set; } = null!;

    public IReadOnlyList<IGrouping<SourceKind, Source>> SourceGroups { get; private set; } = [];

    public IReadOnlyList<StatusChange> Timeline { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
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
        return Page();
    }

    public static string KindHeading(SourceKind kind) => kind switch
    {
        SourceKind.Official => "Official sources",
        SourceKind.Press => "Press reports",
        SourceKind.Analysis => "Analysis and early reporting",
        _ => kind.ToString(),
    };
}
