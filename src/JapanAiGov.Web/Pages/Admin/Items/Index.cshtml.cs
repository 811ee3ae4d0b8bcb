using JapanAiGov.Web.Data;
using JapanAiGov.Web.Items;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace JapanAiGov.Web.Pages.Admin.Items;

public sealed class IndexModel(AppDbContext db) : PageModel
{
    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Rows = await db.Items.AsNoTracking()
            .OrderBy(i => i.Title)
            .Select(i => new Row(i.Slug, i.Title, i.TitleJa, i.Topic, i.Status, i.Sources.Count, i.StatusChanges.Count))
            .ToListAsync(cancellationToken);

    public sealed record Row(string Slug, string Title, string TitleJa, string Topic, ItemStatus Status, int SourceCount, int ChangeCount);
}
