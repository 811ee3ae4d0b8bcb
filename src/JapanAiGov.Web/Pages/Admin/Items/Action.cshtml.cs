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
/// Sets an item's action level (Monitor / Prepare / Act) with its reason, trigger and key date, as the status page sets
/// a status: the item, its history row, the alert outbox row and the audit entry are one SaveChanges, guarded by the
/// item's concurrency token; the dispatcher is woken after the commit.
/// </summary>
public sealed class ActionModel(AppDbContext db, UserManager<AppUser> users, TimeProvider time, WakeUpSignal<AlertDispatcher> alertSignal, IStringLocalizerFactory localizers, ILogger<ActionModel> logger) : PageModel
{
    private readonly IStringLocalizer _text = localizers.ForPage<ActionModel>();

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public RegulatoryItem Item { get; private set; } = null!;

    public bool Conflict { get; private set; }

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(i => i.Slug == slug, cancellationToken))
        {
            return NotFound();
        }

        // The trigger and key date start as they are (they often carry over); the reason is the new change's own, as on the status page.
        Input = new InputModel
        {
            Level = Item.Action,
            Trigger = Item.ActionTrigger,
            TriggerJa = Item.ActionTriggerJa,
            DueOn = Item.ActionDueOn,
            DueLabel = Item.ActionDueLabel,
            DueLabelJa = Item.ActionDueLabelJa,
            Version = Item.Version,
            ItemId = Item.Id,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string slug, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(i => i.Slug == slug, cancellationToken))
        {
            // Renamed while this editor had the form open: show the item under its new slug, with their input kept.
            if (Input.ItemId is not { } id || !await LoadAsync(i => i.Id == id, cancellationToken))
            {
                return NotFound();
            }

            return ShowConflict();
        }

        // A stale form is a conflict before anything else, as on the status page: the loser of a race to the same level
        // would otherwise read "already at that level".
        if (Input.Version != Item.Version)
        {
            return ShowConflict();
        }

        var request = new ActionRequest(
            Input.Level,
            Lines(Input.Reason),
            Lines(Input.ReasonJa),
            Lines(Input.Trigger),
            Lines(Input.TriggerJa),
            Input.DueOn,
            Input.DueLabel,
            Input.DueLabelJa);
        foreach (var error in Item.ValidateActionChange(request))
        {
            ModelState.AddModelError($"{nameof(Input)}.{error.Field}", error.Message);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var editor = await Editor.FromAsync(users, User);
        var now = time.GetUtcNow();
        var fromLevel = Item.ActionChangedAt is null ? (ActionLevel?)null : Item.Action;
        db.Entry(Item).Property(i => i.Version).OriginalValue = Input.Version;
        var change = Item.ChangeAction(request, editor.DisplayName, editor.UserId, now);
        db.AlertEvents.Add(AlertEvent.For(change));
        var audit = new AuditDiff()
            .Add(nameof(RegulatoryItem.Action), fromLevel, change.ToLevel)
            .Add(nameof(ActionChange.Reason), null, change.Reason)
            .Add(nameof(ActionChange.ReasonJa), null, change.ReasonJa)
            .Add(nameof(ActionChange.Trigger), null, change.Trigger)
            .Add(nameof(ActionChange.TriggerJa), null, change.TriggerJa)
            .Add(nameof(ActionChange.DueOn), null, change.DueOn)
            .Add(nameof(ActionChange.DueLabel), null, change.DueLabel)
            .Add(nameof(ActionChange.DueLabelJa), null, change.DueLabelJa);
        db.AuditEntries.Add(AuditEntryFactory.ForItem(editor, AuditActions.ActionChanged, Item.Id, Item.Slug, audit.Changes, now));

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            var id = Item.Id;
            if (!await LoadAsync(i => i.Id == id, cancellationToken))
            {
                return NotFound();
            }

            return ShowConflict();
        }

        alertSignal.Notify();
        logger.LogInformation("Item {ItemSlug} action level moved from {FromLevel} to {ToLevel} by {UserId}", Item.Slug, fromLevel, change.ToLevel, editor.UserId);
        TempData["Message"] = _text["Changed", Bilingual.Pick(Item.Title, Item.TitleJa).Text, change.ToLevel.Label()].Value;
        return Redirect($"/items/{Item.Slug}");
    }

    private static string? Lines(string? text) => text is null ? null : SafeText.NormaliseLineBreaks(text);

    private PageResult ShowConflict()
    {
        logger.LogWarning("Action level conflict on item {ItemSlug}: version {Version} is no longer current", Item.Slug, Input.Version);
        Conflict = true;
        Input.Version = Item.Version;
        Input.ItemId = Item.Id;
        ModelState.Remove($"{nameof(Input)}.{nameof(InputModel.Version)}");
        ModelState.Remove($"{nameof(Input)}.{nameof(InputModel.ItemId)}");
        ModelState.AddModelError(string.Empty, _text["Conflict", Item.Action.Label(), Item.Slug]);
        return Page();
    }

    private async Task<bool> LoadAsync(System.Linq.Expressions.Expression<Func<RegulatoryItem, bool>> which, CancellationToken cancellationToken)
    {
        var item = await db.Items.SingleOrDefaultAsync(which, cancellationToken);
        if (item is null)
        {
            return false;
        }

        Item = item;
        return true;
    }

    public sealed class InputModel
    {
        public ActionLevel Level { get; set; }

        [StringLength(RegulatoryItem.ReasonMaxLength)]
        [PlainText(MultiLine = true)]
        public string? Reason { get; set; }

        [StringLength(RegulatoryItem.ReasonMaxLength)]
        [PlainText(MultiLine = true)]
        public string? ReasonJa { get; set; }

        [StringLength(RegulatoryItem.TriggerMaxLength)]
        [PlainText(MultiLine = true)]
        public string? Trigger { get; set; }

        [StringLength(RegulatoryItem.TriggerMaxLength)]
        [PlainText(MultiLine = true)]
        public string? TriggerJa { get; set; }

        [DataType(DataType.Date)]
        [SensibleDate]
        public DateOnly? DueOn { get; set; }

        [StringLength(RegulatoryItem.DueLabelMaxLength)]
        [PlainText]
        public string? DueLabel { get; set; }

        [StringLength(RegulatoryItem.DueLabelMaxLength)]
        [PlainText]
        public string? DueLabelJa { get; set; }

        public int Version { get; set; }

        /// <summary>The item the editor opened, so a submit still finds it after another editor renamed it.</summary>
        public int? ItemId { get; set; }
    }
}
