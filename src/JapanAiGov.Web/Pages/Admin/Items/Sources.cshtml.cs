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

/// <summary>
/// An item's sources: the list with "Remove", and the form that adds one (audited). A page of its own, so the source
/// form and the item form never share a ModelState.
/// </summary>
public sealed class SourcesModel(AppDbContext db, UserManager<AppUser> users, TimeProvider time, IStringLocalizerFactory localizers, ILogger<SourcesModel> logger) : PageModel
{
    private readonly IStringLocalizer _text = localizers.ForPage<SourcesModel>();

    [BindProperty]
    public SourceForm NewSource { get; set; } = new();

    public RegulatoryItem Item { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken) =>
        await LoadAsync(slug, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAddSourceAsync(string slug, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(slug, cancellationToken))
        {
            return NotFound();
        }

                if (!ModelState.IsValid)
        {
            return Page();
        }

        var editor = await Editor.FromAsync(users, User);
        var now = time.GetUtcNow();
        var source = NewSource.ToSource(Item.Id);
        Item.Sources.Add(source);
        var changes = new AuditDiff()
            .Add("Source.Publisher", null, source.Publisher)
            .Add("Source.Title", null, source.Title)
            .Add("Source.Url", null, source.Url)
            .Add("Source.Kind", null, source.Kind)
            .Add("Source.PublishedOn", null, source.PublishedOn)
            .Changes;
        db.AuditEntries.Add(AuditEntryFactory.ForItem(editor, AuditActions.SourceAdded, Item.Id, Item.Slug, changes, now));
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Source added to item {ItemSlug} by {UserId}", Item.Slug, editor.UserId);
        TempData["Message"] = _text["SourceAdded", source.Publisher].Value;
        return Redirect($"/admin/items/{Item.Slug}/sources");
    }

    public async Task<IActionResult> OnPostRemoveSourceAsync(string slug, int sourceId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(slug, cancellationToken))
        {
            return NotFound();
        }

        var source = Item.Sources.SingleOrDefault(s => s.Id == sourceId);
        if (source is null)
        {
            return AlreadyRemoved();
        }

        var editor = await Editor.FromAsync(users, User);
        var now = time.GetUtcNow();
        db.Sources.Remove(source);
        var changes = new AuditDiff()
            .Add("Source.Publisher", source.Publisher, null)
            .Add("Source.Title", source.Title, null)
            .Add("Source.Url", source.Url, null)
            .Changes;
        db.AuditEntries.Add(AuditEntryFactory.ForItem(editor, AuditActions.SourceRemoved, Item.Id, Item.Slug, changes, now));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Another editor removed it between our read and this delete: the outcome they both wanted.
            return AlreadyRemoved();
        }

        logger.LogInformation("Source {SourceId} removed from item {ItemSlug} by {UserId}", sourceId, Item.Slug, editor.UserId);
        TempData["Message"] = _text["SourceRemoved", source.Publisher].Value;
        return Redirect($"/admin/items/{Item.Slug}/sources");
    }

    private RedirectResult AlreadyRemoved()
    {
        TempData["Message"] = _text["SourceAlreadyRemoved"].Value;
        return Redirect($"/admin/items/{Item.Slug}/sources");
    }

    private async Task<bool> LoadAsync(string slug, CancellationToken cancellationToken)
    {
        var item = await db.Items.Include(i => i.Sources).SingleOrDefaultAsync(i => i.Slug == slug, cancellationToken);
        if (item is null)
        {
            return false;
        }

        Item = item;
        return true;
    }

    public sealed class SourceForm : IValidatableObject
    {
        [Required(ErrorMessage = "PublisherRequired")]
        [StringLength(Source.PublisherMaxLength)]
        [PlainText]
        public string? Publisher { get; set; }

        [Required(ErrorMessage = "SourceTitleRequired")]
        [StringLength(Source.TitleMaxLength)]
        [PlainText]
        public string? Title { get; set; }

        [Required(ErrorMessage = "UrlRequired")]
        [StringLength(Source.UrlMaxLength)]
        [PlainText]
        public string? Url { get; set; }

        [SensibleDate]
        public DateOnly? PublishedOn { get; set; }

        public SourceKind Kind { get; set; } = SourceKind.Press;

        public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
        {
            if (!string.IsNullOrWhiteSpace(Url) && !HttpUrl.IsValid(Url))
            {
                yield return new ValidationResult(validationContext.GetRequiredService<IStringLocalizerFactory>().ForPage<SourcesModel>()["UrlInvalid"], [nameof(Url)]);
            }
        }

        public Source ToSource(int itemId) => new()
        {
            ItemId = itemId,
            Publisher = Publisher!.Trim(),
            Title = Title!.Trim(),
            Url = Url!.Trim(),
            PublishedOn = PublishedOn,
            Kind = Kind,
        };
    }
}
