using System.ComponentModel.DataAnnotations;
using JapanAiGov.Web.Accounts;
using JapanAiGov.Web.Alerts;
using JapanAiGov.Web.Data;
using JapanAiGov.Web.Infrastructure;
using JapanAiGov.Web.Localization;
using JapanAiGov.Web.PublicComments;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace JapanAiGov.Web.Pages.Admin.Legislation.PublicComments;

/// <summary>
/// One public-comment case: its facts, its result, and each item it matched with "Confirm", "Dismiss" (with a
/// reason) and "Apply to item" (the status form, prefilled). Nothing here changes an item's status.
/// </summary>
public sealed class DetailsModel(AppDbContext db, UserManager<AppUser> users, TimeProvider time, WakeUpSignal<AlertDispatcher> alertSignal, IStringLocalizerFactory localizers, ILogger<DetailsModel> logger) : PageModel
{
    public PublicCommentCase Case { get; private set; } = null!;

    public IReadOnlyList<PublicCommentMatchView> Matches { get; private set; } = [];

    public string? Message { get; private set; }

    [BindProperty]
    [StringLength(PublicCommentMatch.ReasonMaxLength)]
    public string? Reason { get; set; }

    public async Task<IActionResult> OnGetAsync(string caseId, string? done, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(caseId, cancellationToken))
        {
            return NotFound();
        }

        Message = done switch
        {
            "confirmed" => "Done.Confirmed",
            "dismissed" => "Done.Dismissed",
            "already" => "Done.Already",
            _ => null,
        };
        return Page();
    }

    public Task<IActionResult> OnPostConfirmAsync(string caseId, long matchId, CancellationToken cancellationToken) =>
        DecideAsync(caseId, matchId, PublicCommentMatchState.Confirmed, null, apply: false, cancellationToken);

    /// <summary>Confirms the match (when still new) and opens the item's status form prefilled; the status changes only when the editor saves it there.</summary>
    public Task<IActionResult> OnPostApplyAsync(string caseId, long matchId, CancellationToken cancellationToken) =>
        DecideAsync(caseId, matchId, PublicCommentMatchState.Confirmed, null, apply: true, cancellationToken);

    public async Task<IActionResult> OnPostDismissAsync(string caseId, long matchId, CancellationToken cancellationToken)
    {
        var reason = Reason?.Trim();
        if (string.IsNullOrEmpty(reason) || !ModelState.IsValid)
        {
            if (!await LoadAsync(caseId, cancellationToken) || !Matches.Any(m => m.Match.Id == matchId))
            {
                return NotFound();
            }

            ModelState.AddModelError(nameof(Reason), localizers.ForPage<DetailsModel>()["ReasonRequired", PublicCommentMatch.ReasonMaxLength]);
            return Page();
        }

        return await DecideAsync(caseId, matchId, PublicCommentMatchState.Dismissed, reason, apply: false, cancellationToken);
    }

    /// <summary>
    /// A guarded write: the match moves only from New, in one conditional UPDATE, so of two racing editors exactly one
    /// decision takes (the other is told it was already decided); a confirmation's alert is added only when it took,
    /// in the same transaction, and a unique index on the event's match backs that up.
    /// </summary>
    private async Task<IActionResult> DecideAsync(string caseId, long matchId, PublicCommentMatchState state, string? reason, bool apply, CancellationToken cancellationToken)
    {
        var editor = await Editor.FromAsync(users, User);
        var now = time.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var took = await db.PublicCommentMatches
            .Where(m => m.Id == matchId && m.Case!.CaseId == caseId && m.State == PublicCommentMatchState.New)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.State, state).SetProperty(m => m.DecidedBy, editor.DisplayName).SetProperty(m => m.DecidedAt, now).SetProperty(m => m.DismissReason, reason), cancellationToken);
        var match = await db.PublicCommentMatches.AsNoTracking().SingleOrDefaultAsync(m => m.Id == matchId && m.Case!.CaseId == caseId, cancellationToken);
        if (match is null)
        {
            return NotFound();
        }

        if (took == 1 && state == PublicCommentMatchState.Confirmed)
        {
            // The confirmation and its alert commit together (the outbox); the dispatcher is woken after the commit.
            db.AlertEvents.Add(AlertEvent.ForPublicComment(match.Id, match.ItemId, now));
            await db.SaveChangesAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        if (took == 1)
        {
            alertSignal.Notify();
            logger.LogInformation("Public-comment match {PublicCommentMatchId} (case {PublicCommentCaseId}) {PublicCommentMatchState} for item {ItemId} by user {UserId}", matchId, caseId, state, match.ItemId, editor.UserId);
        }

        if (apply && match.State == PublicCommentMatchState.Confirmed)
        {
            var view = (await PublicCommentMatchView.LoadAsync(db, db.PublicCommentMatches.Where(m => m.Id == matchId), cancellationToken)).Single();
            return Redirect(view.ApplyUrl);
        }

        var done = took == 0 ? "already" : state == PublicCommentMatchState.Confirmed ? "confirmed" : "dismissed";
        return Redirect($"/admin/legislation/public-comments/{caseId}?done={done}");
    }

    private async Task<bool> LoadAsync(string caseId, CancellationToken cancellationToken)
    {
        var found = await db.PublicCommentCases.AsNoTracking().Include(c => c.Result).SingleOrDefaultAsync(c => c.CaseId == caseId, cancellationToken);
        if (found is null)
        {
            return false;
        }

        Case = found;
        Matches = await PublicCommentMatchView.LoadAsync(db, db.PublicCommentMatches.Where(m => m.CaseId == found.Id).OrderBy(m => m.Id), cancellationToken);
        return true;
    }
}
