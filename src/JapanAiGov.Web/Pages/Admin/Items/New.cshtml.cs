using System.ComponentModel.DataAnnotations;
using JapanAiGov.Web.Accounts;
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

public sealed class NewModel(AppDbContext db, UserManager<AppUser> users, TimeProvider time, IStringLocalizerFactory localizers, ILogger<NewModel> logger) : PageModel
{
    [BindProperty]
    public ItemForm Input { get; set; } = new();

    [BindProperty]
    public InitialStatusForm Initial { get; set; } = new();

    public IReadOnlyList<string> Topics { get; private set; } = [];

    public bool ShowPreview { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadTopicsAsync(cancellationToken);

    public async Task<IActionResult> OnPostPreviewAsync(CancellationToken cancellationToken)
    {
        ShowPreview = true;
        await LoadTopicsAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        Input.Normalise();
        this.Revalidate(Input, nameof(Input));
        Initial.Reason = Initial.Reason is null ? null : SafeText.NormaliseLineBreaks(Initial.Reason);
        foreach (var error in RegulatoryItem.ValidateReasonAndEvidence(Initial.Status, Initial.Reason, Initial.EvidenceUrl))
        {
            ModelState.AddModelError($"{nameof(Initial)}.{error.Field}", error.Message);
        }

        if (string.IsNullOrWhiteSpace(Input.TitleJa))
        {
            // Required on new items (issue 25, point 2); items from before stay editable without one.
            ModelState.AddModelError($"{nameof(Input)}.{nameof(ItemForm.TitleJa)}", ItemForm.TitleJaRequired());
        }

        if (ModelState.IsValid && await db.Items.AnyAsync(i => i.Slug == Input.Slug, cancellationToken))
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(ItemForm.Slug)}", ItemForm.SlugTaken(Input.Slug));
        }

        if (!ModelState.IsValid)
        {
            await LoadTopicsAsync(cancellationToken);
            return Page();
        }

        var editor = await Editor.FromAsync(users, User);
        var now = time.GetUtcNow();
        var item = new RegulatoryItem { Slug = Input.Slug, Title = Input.Title, Topic = Input.Topic, CreatedAt = now, UpdatedAt = now };
        Input.ApplyTo(item);
        item.StartTracking(Initial.Status, Initial.Reason!, Initial.EvidenceUrl, editor.DisplayName, editor.UserId, now);

        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            db.Items.Add(item);
            await db.SaveChangesAsync(cancellationToken);
            var changes = Input.DiffFrom(new RegulatoryItem { Slug = string.Empty, Title = string.Empty, Topic = string.Empty })
                .Add(nameof(RegulatoryItem.Status), null, Initial.Status)
                .Changes;
            db.AuditEntries.Add(AuditEntryFactory.ForItem(editor, AuditActions.ItemCreated, item.Id, item.Slug, changes, now));
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            if (!await db.Items.AnyAsync(i => i.Slug == Input.Slug, cancellationToken))
            {
                throw;
            }

            // Another editor created the same slug between the check above and this save.
            ModelState.AddModelError($"{nameof(Input)}.{nameof(ItemForm.Slug)}", ItemForm.SlugTaken(Input.Slug));
            await LoadTopicsAsync(cancellationToken);
            return Page();
        }

        logger.LogInformation("Item {ItemSlug} created by {UserId}", item.Slug, editor.UserId);
        TempData["Message"] = localizers.ForPage<NewModel>()["Created", Bilingual.Pick(item.Title, item.TitleJa).Text].Value;
        return Redirect($"/admin/items/{item.Slug}/edit");
    }

    private async Task LoadTopicsAsync(CancellationToken cancellationToken) =>
        Topics = await db.Items.AsNoTracking().Select(i => i.Topic).Distinct().OrderBy(t => t).ToListAsync(cancellationToken);

    public sealed class InitialStatusForm
    {
        public ItemStatus Status { get; set; } = ItemStatus.Reported;

        [StringLength(RegulatoryItem.ReasonMaxLength)]
        [PlainText(MultiLine = true)]
        public string? Reason { get; set; }

        [StringLength(Source.UrlMaxLength)]
        [PlainText]
        public string? EvidenceUrl { get; set; }
    }
}
