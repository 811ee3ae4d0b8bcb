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
/// Withdraws an item whose reported plan was walked back (撤回), or restores a withdrawn one. The item keeps its
/// status; the history entry, the alert event and the audit entry commit with it in one SaveChanges, guarded by the
/// item's concurrency token.
/// </summary>
public sealed class WithdrawModel(AppDbContext db, UserManager<AppUser> users, TimeProvider time, WakeUpSignal<AlertDispatcher> alertSignal, IStringLocalizerFactory localizers, ILogger<WithdrawModel> logger) : PageModel
{
    private readonly IStringLocalizer _text = localizers.ForPage<WithdrawModel>();

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public RegulatoryItem Item { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        var item = await db.Items.AsNoTracking().SingleOrDefaultAsync(i => i.Slug == slug, cancellationToken);
        if (item is null)
        {
            return NotFound();
        }

        Item = item;
        Input = new InputModel { Version = item.Version, Withdraw = !item.IsWithdrawn };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string slug, CancellationToken cancellationToken)
    {
        var item = await db.Items.SingleOrDefaultAsync(i => i.Slug == slug, cancellationToken);
        if (item is null)
        {
            return NotFound();
        }

        Item = item;
        if (Input.Version != Item.Version)
        {
            return ShowConflict();
        }

        Input.Reason = Input.Reason is null ? null : SafeText.NormaliseLineBreaks(Input.Reason);
        foreach (var error in Item.ValidateWithdrawal(Input.Withdraw, Input.Reason, Input.EvidenceUrl))
        {
            ModelState.AddModelError(error.Field.Length == 0 ? string.Empty : $"{nameof(Input)}.{error.Field}", error.Message);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var editor = await Editor.FromAsync(users, User);
        var now = time.GetUtcNow();
        db.Entry(Item).Property(i => i.Version).OriginalValue = Input.Version;
        var entry = Item.ChangeWithdrawal(Input.Withdraw, Input.Reason!, Input.EvidenceUrl, editor.DisplayName, editor.UserId, now);
        db.ItemWithdrawals.Add(entry);
        db.AlertEvents.Add(AlertEvent.For(entry));
        var audit = new AuditDiff()
            .Add(nameof(RegulatoryItem.WithdrawnAt), Input.Withdraw ? null : "withdrawn", Input.Withdraw ? "withdrawn" : null)
            .Add(nameof(ItemWithdrawal.Reason), null, entry.Reason)
            .Add(nameof(ItemWithdrawal.EvidenceUrl), null, entry.EvidenceUrl);
        db.AuditEntries.Add(AuditEntryFactory.ForItem(editor, Input.Withdraw ? AuditActions.ItemWithdrawn : AuditActions.ItemRestored, Item.Id, Item.Slug, audit.Changes, now));

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            Item = await db.Items.SingleAsync(i => i.Id == item.Id, cancellationToken);
            return ShowConflict();
        }

        alertSignal.Notify();
        logger.LogInformation("Item {ItemSlug} {Withdrawal} by {UserId}", Item.Slug, Input.Withdraw ? "withdrawn" : "restored", editor.UserId);
        TempData["Message"] = _text[Input.Withdraw ? "Withdrawn" : "Restored", Bilingual.Pick(Item.Title, Item.TitleJa).Text].Value;
        return Redirect($"/items/{Item.Slug}");
    }

    private PageResult ShowConflict()
    {
        logger.LogWarning("Withdrawal conflict on item {ItemSlug}: version {Version} is no longer current", Item.Slug, Input.Version);
        var message = Input.Withdraw == Item.IsWithdrawn
            ? _text[Input.Withdraw ? "AlreadyWithdrawn" : "AlreadyRestored"].Value
            : _text["Conflict", Item.Slug].Value;
        Input.Version = Item.Version;
        Input.Withdraw = !Item.IsWithdrawn;
        ModelState.Remove($"{nameof(Input)}.{nameof(InputModel.Version)}");
        ModelState.Remove($"{nameof(Input)}.{nameof(InputModel.Withdraw)}");
        ModelState.AddModelError(string.Empty, message);
        return Page();
    }

    public sealed class InputModel
    {
        /// <summary>What the form asks for: true to withdraw, false to restore (judged against the item as the editor saw it).</summary>
        public bool Withdraw { get; set; }

        [StringLength(RegulatoryItem.ReasonMaxLength)]
        [PlainText(MultiLine = true)]
        public string? Reason { get; set; }

        [StringLength(Source.UrlMaxLength)]
        [PlainText]
        public string? EvidenceUrl { get; set; }

        public int Version { get; set; }
    }
}
