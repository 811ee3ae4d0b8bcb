using JapanAiGov.Web.Accounts;
using JapanAiGov.Web.Data;
using JapanAiGov.Web.Polling;
using JapanAiGov.Web.Sources;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace JapanAiGov.Web.Pages.Admin.Legislation;

/// <summary>One legislative update: its 新旧対照表, "Acknowledge" and "Apply to item".</summary>
public sealed class DetailsModel(AppDbContext db, LawTextStore texts, UserManager<AppUser> users, TimeProvider time, ILogger<DetailsModel> logger) : PageModel
{
    public LegislativeUpdateView View { get; private set; } = null!;

    /// <summary>The resource key of the message after a redirect (<c>?done=</c>), or null.</summary>
    public string? MessageKey { get; private set; }

    public async Task<IActionResult> OnGetAsync(long id, string? done, CancellationToken cancellationToken)
    {
        var view = (await LegislativeUpdateView.LoadAsync(db, db.LegislativeUpdates.Where(u => u.Id == id), time, cancellationToken)).SingleOrDefault();
        if (view is null)
        {
            return NotFound();
        }

        await view.LoadComparisonAsync(texts, cancellationToken);
        View = view;
        MessageKey = done switch
        {
            "acknowledged" => "Done.Acknowledged",
            "already" => "Done.Already",
            _ => null,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAcknowledgeAsync(long id, CancellationToken cancellationToken)
    {
        var update = await db.LegislativeUpdates.SingleOrDefaultAsync(u => u.Id == id, cancellationToken);
        if (update is null)
        {
            return NotFound();
        }

        var user = await users.GetUserAsync(User);
        var by = string.IsNullOrWhiteSpace(user?.DisplayName) ? user?.Email ?? "—" : user.DisplayName;
        if (!update.Acknowledge(by, time.GetUtcNow()))
        {
            return Redirect($"/admin/legislation/{id}?done=already");
        }

        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Legislative update {LegislativeUpdateId} acknowledged by user {UserId}", id, user?.Id);
        return Redirect($"/admin/legislation/{id}?done=acknowledged");
    }
}
