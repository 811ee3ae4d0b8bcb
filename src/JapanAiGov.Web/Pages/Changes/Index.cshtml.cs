using JapanAiGov.Web.Analysis;
using JapanAiGov.Web.Changes;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace JapanAiGov.Web.Pages.Changes;

public sealed class IndexModel(ChangeLog log) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true, Name = "cursor")]
    public string? Cursor { get; set; }

    public IReadOnlyList<ChangeEntry> Entries { get; private set; } = [];

    public string? OlderCursor { get; private set; }

    public bool IsFirstPage => Cursor is null;

    public string? Notice { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        ChangePosition? after = null;
        if (Cursor is not null && !ChangePosition.TryParseCursor(Cursor, out after))
        {
            Notice = "BadCursor";
            Cursor = null;
        }

        var entries = await log.ReadAsync(PageSize + 1, after: after, cancellationToken: cancellationToken);
        Entries = entries.Take(PageSize).ToList();
        OlderCursor = entries.Count > PageSize ? Entries[^1].Position.ToCursor() : null;
    }
}
