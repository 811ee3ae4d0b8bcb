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
/// Moves an item to a new status. The item, its history row, the alert outbox row and the audit entry are one
/// SaveChanges, so they commit together or not at all; the dispatcher is woken after the commit.
/// </summary>
public sealed class StatusModel(AppDbContext db, UserManager<AppUser> users, TimeProvider time, WakeUpSignal<AlertDispatcher> alertSignal, IStringLocalizerFactory localizers, ILogger<StatusModel> logger) : PageModel
{
    private readonly IStringLocalizer _text = localizers.ForPage<StatusModel>();

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public RegulatoryItem Item { get; private set; } = null!;

    /// <summary>The legislative update this change applies, when the editor came from the legislative inbox.</summary>
    public Polling.LegislativeUpdate? Update { get; private set; }

    public bool Conflict { get; private set; }

    /// <summary>On a conflict: who changed the item meanwhile, when, why and on what evidence.</summary>
    public ConflictAuthor? ChangedBy { get; private set; }

    /// <summary>The item's newest status change, offered for retraction below the form.</summary>
    public StatusChange? Latest { get; private set; }

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
            ItemId = Item.Id,
            UpdateId = Update?.Id,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string slug, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(slug, Input.UpdateId, cancellationToken))
        {
            // Renamed while this editor had the form open: show the item under its new slug, with their input kept.
            if (Input.ItemId is not { } id || !await LoadAsync(i => i.Id == id, Input.UpdateId, cancellationToken))
            {
                return NotFound();
            }

            return await ShowConflictAsync(cancellationToken);
        }

        // A stale form is a conflict before anything else: judged against the item someone else just changed, the
        // loser of a race to the same status would otherwise read "already in that status".
        if (Input.Version != Item.Version)
        {
            return await ShowConflictAsync(cancellationToken);
        }

        Input.Reason = Input.Reason is null ? null : SafeText.NormaliseLineBreaks(Input.Reason);

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
            var id = Item.Id;
            if (!await LoadAsync(i => i.Id == id, Input.UpdateId, cancellationToken))
            {
                return NotFound();
            }

            return await ShowConflictAsync(cancellationToken);
        }

        alertSignal.Notify();
        logger.LogInformation("Item {ItemSlug} moved from {FromStatus} to {ToStatus} by {UserId}", Item.Slug, fromStatus, change.ToStatus, editor.UserId);
        TempData["Message"] = _text["Changed", Bilingual.Pick(Item.Title, Item.TitleJa).Text, change.ToStatus.Label()].Value;
        return Redirect($"/items/{Item.Slug}");
    }

    private async Task<PageResult> ShowConflictAsync(CancellationToken cancellationToken)
    {
        ChangedBy = await ConflictAuthor.ReadAsync(db, Item.Id, cancellationToken);
        logger.LogWarning("Status change conflict on item {ItemSlug}: version {Version} is no longer current", Item.Slug, Input.Version);
        Conflict = true;
        Input.Version = Item.Version;
        Input.ItemId = Item.Id;
        ModelState.Remove($"{nameof(Input)}.{nameof(InputModel.Version)}");
        ModelState.Remove($"{nameof(Input)}.{nameof(InputModel.ItemId)}");
        ModelState.AddModelError(string.Empty, _text["Conflict", Item.Status.Label(), Item.Slug]);
        return Page();
    }

    private Task<bool> LoadAsync(string slug, long? updateId, CancellationToken cancellationToken) =>
        LoadAsync(i => i.Slug == slug, updateId, cancellationToken);

    private async Task<bool> LoadAsync(System.Linq.Expressions.Expression<Func<RegulatoryItem, bool>> which, long? updateId, CancellationToken cancellationToken)
    {
        var item = await db.Items.SingleOrDefaultAsync(which, cancellationToken);
        if (item is null)
        {
            return false;
        }

        Item = item;
        Latest = await RetractModel.LatestChangeAsync(db, item.Id, cancellationToken);
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
        [PlainText(MultiLine = true)]
        public string? Reason { get; set; }

        [StringLength(Source.UrlMaxLength)]
        [PlainText]
        public string? EvidenceUrl { get; set; }

        [DataType(DataType.Date)]
        [SensibleDate]
        public DateOnly? EffectiveOn { get; set; }

        public int Version { get; set; }

        /// <summary>The item the editor opened, so a submit still finds it after another editor renamed it.</summary>
        public int? ItemId { get; set; }

        public long? UpdateId { get; set; }
    }
}
