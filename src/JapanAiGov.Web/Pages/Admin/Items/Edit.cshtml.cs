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

public sealed class EditModel(AppDbContext db, UserManager<AppUser> users, TimeProvider time, IStringLocalizerFactory localizers, ILogger<EditModel> logger) : PageModel
{
    private readonly IStringLocalizer _text = localizers.ForPage<EditModel>();

    [BindProperty]
    public ItemForm Input { get; set; } = new();

    /// <summary>The item's version when the editor opened the form; a save against a newer version is a conflict.</summary>
    [BindProperty]
    public int Version { get; set; }

    /// <summary>The item the editor opened, so a save still finds it after another editor renamed it.</summary>
    [BindProperty]
    public int? ItemId { get; set; }

    public RegulatoryItem Item { get; private set; } = null!;

    public IReadOnlyList<string> Topics { get; private set; } = [];

    public bool ShowPreview { get; private set; }

    /// <summary>Set when another editor saved first: their values, shown beside this editor's input.</summary>
    public ItemForm? Theirs { get; private set; }

    /// <summary>On a conflict: who saved the item meanwhile, when, and what they changed.</summary>
    public ConflictAuthor? ChangedBy { get; private set; }

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(slug, cancellationToken))
        {
            return NotFound();
        }

        Input = ItemForm.From(Item);
        Version = Item.Version;
        ItemId = Item.Id;
        return Page();
    }

    public async Task<IActionResult> OnPostPreviewAsync(string slug, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(slug, cancellationToken))
        {
            return NotFound();
        }

        ShowPreview = true;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string slug, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(slug, cancellationToken))
        {
            if (ItemId is not { } id || !await LoadAsync(i => i.Id == id, cancellationToken))
            {
                return NotFound();
            }

            return await ShowConflictAsync(_text["Renamed", Item.Slug], cancellationToken);
        }

        ClearErrorsExcept(nameof(Input));
        Input.Normalise();
        this.Revalidate(Input, nameof(Input));
        if (ModelState.IsValid && Input.Slug != Item.Slug && await db.Items.AnyAsync(i => i.Slug == Input.Slug, cancellationToken))
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(ItemForm.Slug)}", ItemForm.SlugTaken(Input.Slug));
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var changes = Input.DiffFrom(Item).Changes;
        if (changes.Count == 0)
        {
            TempData["Message"] = _text["NothingChanged"].Value;
            return Redirect($"/admin/items/{Item.Slug}/edit");
        }

        var editor = await Editor.FromAsync(users, User);
        var now = time.GetUtcNow();
        db.Entry(Item).Property(i => i.Version).OriginalValue = Version;
        Input.ApplyTo(Item);
        Item.Touch(now);
        db.AuditEntries.Add(AuditEntryFactory.ForItem(editor, AuditActions.ItemEdited, Item.Id, Item.Slug, changes, now));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            logger.LogWarning("Edit conflict on item {ItemSlug}: version {Version} is no longer current", slug, Version);
            db.ChangeTracker.Clear();
            var id = Item.Id;
            if (!await LoadAsync(i => i.Id == id, cancellationToken))
            {
                ModelState.AddModelError(string.Empty, _text["Deleted"]);
                return Page();
            }

            return await ShowConflictAsync(_text["Conflict"], cancellationToken);
        }
        catch (DbUpdateException)
        {
            if (!await SlugTakenAsync(Input.Slug, cancellationToken))
            {
                throw;
            }

            // Another editor took the slug between the check above and this save.
            ModelState.AddModelError($"{nameof(Input)}.{nameof(ItemForm.Slug)}", ItemForm.SlugTaken(Input.Slug));
            return Page();
        }

        logger.LogInformation("Item {ItemSlug} edited by {UserId}: {Fields}", Item.Slug, editor.UserId, changes.Select(c => c.Field));
        TempData["Message"] = _text["Saved"].Value;
        return Redirect($"/admin/items/{Item.Slug}/edit");
    }

    /// <summary>Shows the item as saved now beside the editor's own input, which stays in the form.</summary>
    private async Task<PageResult> ShowConflictAsync(string message, CancellationToken cancellationToken)
    {
        ChangedBy = await ConflictAuthor.ReadAsync(db, Item.Id, cancellationToken);
        Theirs = ItemForm.From(Item);
        Version = Item.Version;
        ItemId = Item.Id;
        ModelState.Remove(nameof(Version));
        ModelState.Remove(nameof(ItemId));
        ModelState.AddModelError(string.Empty, message);
        return Page();
    }

    private async Task<bool> SlugTakenAsync(string slug, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        return await db.Items.AnyAsync(i => i.Slug == slug && i.Id != Item.Id, cancellationToken);
    }

    private Task<bool> LoadAsync(string slug, CancellationToken cancellationToken) => LoadAsync(i => i.Slug == slug, cancellationToken);

    private async Task<bool> LoadAsync(System.Linq.Expressions.Expression<Func<RegulatoryItem, bool>> which, CancellationToken cancellationToken)
    {
        var item = await db.Items.Include(i => i.Sources).SingleOrDefaultAsync(which, cancellationToken);
        if (item is null)
        {
            return false;
        }

        Item = item;
        Topics = await db.Items.AsNoTracking().Select(i => i.Topic).Distinct().OrderBy(t => t).ToListAsync(cancellationToken);
        return true;
    }

    /// <summary>The page has several forms; only the submitted one's fields are validated.</summary>
    private void ClearErrorsExcept(string prefix)
    {
        foreach (var key in ModelState.Keys.Where(k => !k.StartsWith(prefix + ".", StringComparison.Ordinal) && k is not (nameof(Version) or nameof(ItemId))).ToList())
        {
            ModelState.Remove(key);
        }
    }
}
