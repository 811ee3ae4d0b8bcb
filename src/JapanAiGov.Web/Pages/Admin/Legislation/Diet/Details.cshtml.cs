using JapanAiGov.Web.Accounts;
using JapanAiGov.Web.Alerts;
using JapanAiGov.Web.Data;
using JapanAiGov.Web.Diet;
using JapanAiGov.Web.Infrastructure;
using JapanAiGov.Web.Localization;
using JapanAiGov.Web.Polling;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace JapanAiGov.Web.Pages.Admin.Legislation.Diet;

/// <summary>
/// One Diet bill: its stage and timeline, every fact its pages gave (raw, changed ones flagged), each item it matched
/// with "Confirm" and "Dismiss", and, once promulgated, the e-Gov revision it became and the item's status form with
/// the official progress page as evidence. Nothing here changes an item's status.
/// </summary>
public sealed class DetailsModel(AppDbContext db, UserManager<AppUser> users, TimeProvider time, WakeUpSignal<AlertDispatcher> alertSignal, IStringLocalizerFactory localizers, ILogger<DetailsModel> logger) : PageModel
{
    private readonly IStringLocalizer _text = localizers.ForPage<DetailsModel>();

    public DietBill Bill { get; private set; } = null!;

    public IReadOnlyList<MatchRow> Matches { get; private set; } = [];

    /// <summary>The e-Gov revision whose amendment law is this bill (joined on promulgation date and law number), when the poller has one.</summary>
    public LawRevision? Revision { get; private set; }

    public string? LawNumber { get; private set; }

    public string? Message { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, string? done, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Message = done switch
        {
            "confirmed" => _text["Confirmed"].Value,
            "dismissed" => _text["Dismissed"].Value,
            "already" => _text["Already"].Value,
            _ => null,
        };
        return Page();
    }

    public Task<IActionResult> OnPostConfirmAsync(int id, long matchId, CancellationToken cancellationToken) =>
        DecideAsync(id, matchId, DietBillMatchState.Confirmed, cancellationToken);

    public Task<IActionResult> OnPostDismissAsync(int id, long matchId, CancellationToken cancellationToken) =>
        DecideAsync(id, matchId, DietBillMatchState.Dismissed, cancellationToken);

    /// <summary>
    /// A guarded write: the match moves only from New, in one conditional UPDATE, so of two racing editors exactly one
    /// decision takes; the step and alert of a confirmation are added only when it took, in the same transaction.
    /// </summary>
    private async Task<IActionResult> DecideAsync(int id, long matchId, DietBillMatchState state, CancellationToken cancellationToken)
    {
        var editor = await Editor.FromAsync(users, User);
        var now = time.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var took = await db.DietBillMatches
            .Where(m => m.Id == matchId && m.BillId == id && m.State == DietBillMatchState.New)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.State, state).SetProperty(m => m.DecidedBy, editor.DisplayName).SetProperty(m => m.DecidedAt, now), cancellationToken);
        if (took == 0)
        {
            await transaction.RollbackAsync(cancellationToken);
            return await db.DietBillMatches.AnyAsync(m => m.Id == matchId && m.BillId == id, cancellationToken)
                ? Redirect($"/admin/legislation/diet/{id}?done=already")
                : NotFound();
        }

        if (state == DietBillMatchState.Confirmed)
        {
            // The stage reached so far becomes the match's first public step, alerted like any later one.
            var bill = await db.DietBills.Include(b => b.Matches.Where(m => m.Id == matchId)).ThenInclude(m => m.Steps).SingleAsync(b => b.Id == id, cancellationToken);
            if (bill.Stage != DietBillStage.Unknown)
            {
                DietBillSteps.Add(bill, now, bill.Matches.Single());
            }

            await DietBillSteps.SaveWithAlertsAsync(db, bill, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        alertSignal.Notify();
        logger.LogInformation("Diet bill match {DietBillMatchId} (bill {DietBillId}) {DietBillMatchState} by user {UserId}", matchId, id, state, editor.UserId);
        return Redirect($"/admin/legislation/diet/{id}?done={(state == DietBillMatchState.Confirmed ? "confirmed" : "dismissed")}");
    }

    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        var bill = await db.DietBills.AsNoTracking().SingleOrDefaultAsync(b => b.Id == id, cancellationToken);
        if (bill is null)
        {
            return false;
        }

        Bill = bill;
        var japanese = AppCultures.IsJapanese();
        var matches = await db.DietBillMatches.AsNoTracking()
            .Where(m => m.BillId == id)
            .OrderBy(m => m.Id)
            .Select(m => new { m.Id, m.State, m.MatchedTerms, m.DecidedBy, m.DecidedAt, m.Item!.Slug, m.Item.Title, m.Item.TitleJa })
            .ToListAsync(cancellationToken);
        Matches = matches.ConvertAll(m => new MatchRow(m.Id, m.State, m.MatchedTerms, m.DecidedBy, m.DecidedAt, m.Slug, Bilingual.Pick(m.Title, m.TitleJa, japanese).Text));
        if (DietPromulgation.TryRead(bill.FactsByLabel, out var on, out var number))
        {
            LawNumber = DietLawNumber.Format(on, number);
            var lawNumber = LawNumber;
            Revision = await db.LawRevisions.AsNoTracking()
                .Where(r => r.PromulgationDate == on && r.AmendmentLawNum == lawNumber)
                .OrderByDescending(r => r.Id)
                .FirstOrDefaultAsync(cancellationToken);
        }

        return true;
    }

    /// <summary>The item's status form, prefilled: the official progress page as evidence (a *.go.jp page) and the stage as the reason.</summary>
    public string StatusFormUrl(MatchRow match) =>
        $"/admin/items/{Uri.EscapeDataString(match.ItemSlug)}/status?status=Confirmed&evidence={Uri.EscapeDataString(Bill.ProgressUrl ?? string.Empty)}"
        + $"&reason={Uri.EscapeDataString(_text["ApplyReason", Bill.Key.ToString(), Bill.Title, LawNumber ?? string.Empty].Value)}";

    public sealed record MatchRow(long Id, DietBillMatchState State, string MatchedTerms, string? DecidedBy, DateTimeOffset? DecidedAt, string ItemSlug, string ItemTitle);
}
