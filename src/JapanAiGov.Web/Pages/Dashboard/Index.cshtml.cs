using JapanAiGov.Web.Data;
using JapanAiGov.Web.Items;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace JapanAiGov.Web.Pages.Dashboard;

public sealed class IndexModel(AppDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Topic { get; set; }

    public ItemStatus? StatusFilter { get; private set; }

    public string? FilterError { get; private set; }

    public IReadOnlyDictionary<ItemStatus, int> Counts { get; private set; } = new Dictionary<ItemStatus, int>();

    public IReadOnlyList<string> Topics { get; private set; } = [];

    public IReadOnlyList<ItemRow> Rows { get; private set; } = [];

    public int TotalItems => Counts.Values.Sum();

    public bool IsFiltered => StatusFilter is not null || !string.IsNullOrEmpty(Topic);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (!string.IsNullOrWhiteSpace(Status))
        {
            if (Enum.TryParse<ItemStatus>(Status, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed))
            {
                StatusFilter = parsed;
            }
            else
            {
                FilterError = $"There is no status called '{Status}'; showing every status.";
            }
        }

        Topic = string.IsNullOrWhiteSpace(Topic) ? null : Topic.Trim();

        var counts = await db.Items.AsNoTracking()
            .GroupBy(i => i.Status)
            .Select(g => new { Status = g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);
        Counts = Enum.GetValues<ItemStatus>().ToDictionary(s => s, s => counts.FirstOrDefault(c => c.Status == s)?.Count ?? 0);
        Topics = await db.Items.AsNoTracking().Select(i => i.Topic).Distinct().OrderBy(t => t).ToListAsync(cancellationToken);

        var query = db.Items.AsNoTracking();
        if (StatusFilter is { } status)
        {
            query = query.Where(i => i.Status == status);
        }

        if (Topic is not null)
        {
            query = query.Where(i => i.Topic == Topic);
        }

        var rows = await query.Select(i => new ItemRow(i.Slug, i.Title, i.Topic, i.Status, i.StatusChangedAt)).ToListAsync(cancellationToken);
        Rows = rows.OrderByDescending(r => r.StatusChangedAt).ThenBy(r => r.Title, StringComparer.Ordinal).ToList();
    }

    public sealed record ItemRow(string Slug, string Title, string Topic, ItemStatus Status, DateTimeOffset StatusChangedAt);
}
