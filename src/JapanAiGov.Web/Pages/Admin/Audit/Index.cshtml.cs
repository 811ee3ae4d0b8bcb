using JapanAiGov.Web.Audit;
using JapanAiGov.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace JapanAiGov.Web.Pages.Admin.Audit;

public sealed class IndexModel(AppDbContext db) : PageModel
{
    public const int PageSize = 50;

    /// <summary>Filter: an item's slug.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Item { get; set; }

    /// <summary>Filter: the acting user's id.</summary>
    [BindProperty(Name = "user", SupportsGet = true)]
    public string? UserId { get; set; }

    [BindProperty(Name = "page", SupportsGet = true)]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<AuditEntry> Entries { get; private set; } = [];

    public IReadOnlyList<(string Slug, string Title)> Items { get; private set; } = [];

    public IReadOnlyList<(string Id, string Name)> Users { get; private set; } = [];

    public int Total { get; private set; }

    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        PageNumber = Math.Max(1, PageNumber);
        var query = db.AuditEntries.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(Item))
        {
            var itemId = await db.Items.Where(i => i.Slug == Item).Select(i => (int?)i.Id).SingleOrDefaultAsync(cancellationToken);
            query = query.Where(e => (itemId != null && e.ItemId == itemId) || (e.EntityType == "Item" && e.EntityKey == Item));
        }

        if (!string.IsNullOrWhiteSpace(UserId))
        {
            query = query.Where(e => e.UserId == UserId);
        }

        Total = await query.CountAsync(cancellationToken);
        Entries = await query.OrderByDescending(e => e.At).ThenByDescending(e => e.Id)
            .Skip((PageNumber - 1) * PageSize).Take(PageSize)
            .ToListAsync(cancellationToken);
        Items = (await db.Items.AsNoTracking().OrderBy(i => i.Title).Select(i => new { i.Slug, i.Title, i.TitleJa }).ToListAsync(cancellationToken))
            .Select(i => (i.Slug, Localization.Bilingual.Pick(i.Title, i.TitleJa).Text)).ToList();
        Users = (await db.Users.AsNoTracking().OrderBy(u => u.DisplayName).Select(u => new { u.Id, u.DisplayName, u.Email }).ToListAsync(cancellationToken))
            .Select(u => (u.Id, $"{u.DisplayName} ({u.Email})")).ToList();
    }

    public string PageLink(int page) =>
        QueryString.Create(new Dictionary<string, string?> { ["item"] = Item, ["user"] = UserId, ["page"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture) }).ToString();
}
