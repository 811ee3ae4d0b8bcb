using System.ComponentModel.DataAnnotations;
using JapanAiGov.Web.Accounts;
using JapanAiGov.Web.Alerts;
using JapanAiGov.Web.Audit;
using JapanAiGov.Web.Data;
using JapanAiGov.Web.Items;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace JapanAiGov.Web.Pages.Admin.Items;

/// <summary>
/// Moves an item to a new status. The item, its history row, the alert outbox row and the audit entry are one
/// SaveChanges, so they commit together or not at all; the dispatcher is woken after the commit.
/// </summary>
public sealed class StatusModel(AppDbContext db, UserManager<AppUser> users, TimeProvider time, AlertSignal alertSignal, ILogger<StatusModel> logger) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public RegulatoryItem Item { get; private set; } = null!;

    /// <summary>The legislative update this change applies, when the editor came from the legislative inbox.</summary>
    public Polling.LegislativeUpdate? Update { get; private set; }

    public bool Conflict { get; private set; }

    public async Task<IActionResult> OnGetAsync(string slug, ItemStatus? status, string? evidence, string? reason, long? update, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(slug, update, cancellationToken))
        {
            return NotFound();
        }

        Input = new InputModel
        {
            NewStatus = status ?? Item.Status,
            EvidenceUrl = evidence,
            Reason = reason,
            Version = Item.Version,
            UpdateId = Update?.Id,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string slug, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(slug, Input.UpdateId, cancellationToken))
        {
            return NotFound();
        }

        // A stale form is a conflict before anything else: judged against the item someone else just changed, the
        // loser of a race to the same status would otherwise read "already in that status".
        if (Input.Version != Item.Version)
        {
            return ShowConflict();
        }

        foreach (var error in Item.ValidateStatusChange(Input.NewStatus, Input.Reason, Input.EvidenceUrl))
        {
            ModelState.AddModelError($"{nameof(Input)}.{error.Field}", error.Message);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var editor = await Editor.FromAsync(users, User);
        var now = time.GetUtcNow();
        var fromStatus = Item.Status;
        db.Entry(Item).Property(i => i.Version).OriginalValue = Input.Version;
        var change = Item.ChangeStatus(Input.NewStatus, Input.Reason!, Input.EvidenceUrl, Input.EffectiveOn, editor.DisplayName, editor.UserId, now);
        db.AlertEvents.Add(AlertEvent.For(change));
        var audit = new AuditDiff()
            .Add(nameof(RegulatoryItem.Status), fromStatus, change.ToStatus)
            .Add(nameof(StatusChange.Reason), null, change.Reason)
            .Add(nameof(StatusChange.EvidenceUrl), null, change.EvidenceUrl)
            .Add(nameof(StatusChange.EffectiveOn), null, change.EffectiveOn)
            .Add("LegislativeUpdate", null, Update?.Id);
        db.AuditEntries.Add(AuditEntryFactory.ForItem(editor, AuditActions.StatusChanged, Item.Id, Item.Slug, audit.Changes, now));
        Update?.MarkApplied(editor.DisplayName, now);

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            if (!await LoadAsync(slug, Input.UpdateId, cancellationToken))
            {
                return NotFound();
            }

            return ShowConflict();
        }

        alertSignal.Notify();
        logger.LogInformation("Item {ItemSlug} moved from {FromStatus} to {ToStatus} by {UserId}", Item.Slug, fromStatus, change.ToStatus, editor.UserId);
        TempData["Message"] = $"“{Item.Title}” is now {change.ToStatus.Label()}. Subscribers will be alerted.";
        return Redirect($"/items/{Item.Slug}");
    }

    private PageResult ShowConflict()
    {
        logger.LogWarning("Status change conflict on item {ItemSlug}: version {Version} is no longer current", Item.Slug, Input.Version);
        Conflict = true;
        Input.Version = Item.Version;
        ModelState.Remove($"{nameof(Input)}.{nameof(InputModel.Version)}");
        ModelState.AddModelError(string.Empty, $"Another editor changed this item while you were working: it is now {Item.Status.Label()}. Check the current state, then submit again if your change still stands.");
        return Page();
    }

    private async Task<bool> LoadAsync(string slug, long? updateId, CancellationToken cancellationToken)
    {
        var item = await db.Items.SingleOrDefaultAsync(i => i.Slug == slug, cancellationToken);
        if (item is null)
        {
            return false;
        }

        Item = item;
        if (updateId is { } id)
        {
            Update = await db.LegislativeUpdates.Include(u => u.WatchedLaw).Include(u => u.Revision)
                .SingleOrDefaultAsync(u => u.Id == id && u.WatchedLaw!.ItemId == item.Id, cancellationToken);
        }

        return true;
    }

    public sealed class InputModel
    {
        public ItemStatus NewStatus { get; set; }

        [StringLength(RegulatoryItem.ReasonMaxLength)]
        public string? Reason { get; set; }

        [StringLength(2000)]
        public string? EvidenceUrl { get; set; }

        [DataType(DataType.Date)]
        public DateOnly? EffectiveOn { get; set; }

        public int Version { get; set; }

        public long? UpdateId { get; set; }
    }
}
