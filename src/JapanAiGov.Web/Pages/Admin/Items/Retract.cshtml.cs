using System.ComponentModel.DataAnnotations;
using JapanAiGov.Web.Accounts;
using JapanAiGov.Web.Alerts;
using JapanAiGov.Web.Audit;
using JapanAiGov.Web.Data;
using JapanAiGov.Web.Infrastructure;
using JapanAiGov.Web.Items;
using JapanAiGov.Web.Localization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace JapanAiGov.Web.Pages.Admin.Items;

/// <summary>
/// Retracts an item's latest status change as made in error (訂正). The marked change, the item back in its earlier
/// status, the correction's alert event and the audit entry are one SaveChanges, guarded by the item's concurrency
/// token (and a unique index: one correction per change), so of two editors racing, one wins and the other is told.
/// </summary>
public sealed class RetractModel(AppDbContext db, UserManager<AppUser> users, TimeProvider time, WakeUpSignal<AlertDispatcher> alertSignal, IStringLocalizerFactory localizers, ILogger<RetractModel> logger) : PageModel
{
    private readonly IStringLocalizer _text = localizers.ForPage<RetractModel>();

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public RegulatoryItem Item { get; private set; } = null!;

    /// <summary>The item's newest status change: the only one that can be retracted.</summary>
    public StatusChange? Latest { get; private set; }

    public bool Conflict { get; private set; }

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(slug, cancellationToken))
        {
            return NotFound();
        }

        Input = new InputModel { Version = Item.Version, ChangeId = Latest?.Id };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string slug, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(slug, cancellationToken))
        {
            return NotFound();
        }

        // A stale form is judged against what is there now: the same change retracted meanwhile is said so plainly.
        if (Input.Version != Item.Version || Input.ChangeId != Latest?.Id)
        {
            return ShowConflict();
        }

        Input.Reason = Input.Reason is null ? null : SafeText.NormaliseLineBreaks(Input.Reason);
        foreach (var error in Item.ValidateRetraction(Latest, Input.Reason))
        {
            ModelState.AddModelError(error.Field.Length == 0 ? string.Empty : $"{nameof(Input)}.{error.Field}", error.Message);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var change = Latest!;
        var editor = await Editor.FromAsync(users, User);
        var now = time.GetUtcNow();
        db.Entry(Item).Property(i => i.Version).OriginalValue = Input.Version;
        Item.RetractLastChange(change, Input.Reason!, editor.DisplayName, editor.UserId, now);
        db.AlertEvents.Add(AlertEvent.ForCorrection(change));
        var audit = new AuditDiff()
            .Add(nameof(RegulatoryItem.Status), change.ToStatus, Item.Status)
            .Add("RetractedChange", null, change.Id)
            .Add(nameof(StatusChange.RetractionReason), null, change.RetractionReason);
        db.AuditEntries.Add(AuditEntryFactory.ForItem(editor, AuditActions.ChangeRetracted, Item.Id, Item.Slug, audit.Changes, now));

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception)
        {
            // DbUpdateConcurrencyException: the item moved on; otherwise the unique index found a correction already queued.
            logger.LogWarning(exception, "Retraction of status change {StatusChangeId} on item {ItemSlug} lost a race", change.Id, Item.Slug);
            db.ChangeTracker.Clear();
            return await LoadAsync(slug, cancellationToken) ? ShowConflict() : NotFound();
        }

        alertSignal.Notify();
        logger.LogInformation("Status change {StatusChangeId} on item {ItemSlug} retracted by {UserId}; back to {Status}", change.Id, Item.Slug, editor.UserId, Item.Status);
        TempData["Message"] = _text["Retracted", Bilingual.Pick(Item.Title, Item.TitleJa).Text, Item.Status.Label()].Value;
        return Redirect($"/items/{Item.Slug}");
    }

    private PageResult ShowConflict()
    {
        logger.LogWarning("Retraction conflict on item {ItemSlug}: version {Version}, change {StatusChangeId} no longer current", Item.Slug, Input.Version, Input.ChangeId);
        Conflict = true;
        var message = Latest is { } latest && latest.Id == Input.ChangeId && latest.RetractedAt is { } retractedAt
            ? _text["AlreadyRetracted", JapanTime.Format(retractedAt), latest.RetractedBy ?? string.Empty].Value
            : _text["Conflict", Item.Status.Label(), Item.Slug].Value;
        Input.Version = Item.Version;
        Input.ChangeId = Latest?.Id;
        ModelState.Remove($"{nameof(Input)}.{nameof(InputModel.Version)}");
        ModelState.Remove($"{nameof(Input)}.{nameof(InputModel.ChangeId)}");
        ModelState.AddModelError(string.Empty, message);
        return Page();
    }

    private async Task<bool> LoadAsync(string slug, CancellationToken cancellationToken)
    {
        var item = await db.Items.SingleOrDefaultAsync(i => i.Slug == slug, cancellationToken);
        if (item is null)
        {
            return false;
        }

        Item = item;
        Latest = await LatestChangeAsync(db, item.Id, cancellationToken);
        return true;
    }

    /// <summary>The item's newest status change (tracked), the one a retraction applies to.</summary>
    public static Task<StatusChange?> LatestChangeAsync(AppDbContext db, int itemId, CancellationToken cancellationToken) =>
        db.StatusChanges.Where(c => c.ItemId == itemId).OrderByDescending(c => c.ChangedAt).ThenByDescending(c => c.Id).FirstOrDefaultAsync(cancellationToken);

    public sealed class InputModel
    {
        [StringLength(RegulatoryItem.ReasonMaxLength)]
        [PlainText(MultiLine = true)]
        public string? Reason { get; set; }

        public int Version { get; set; }

        /// <summary>The change the editor saw as the latest: a submit for any other is a conflict.</summary>
        public long? ChangeId { get; set; }
    }
}
