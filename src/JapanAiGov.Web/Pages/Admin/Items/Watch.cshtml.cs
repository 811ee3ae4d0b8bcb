using System.ComponentModel.DataAnnotations;
using JapanAiGov.Web.Accounts;
using JapanAiGov.Web.Data;
using JapanAiGov.Web.Diet;
using JapanAiGov.Web.Items;
using JapanAiGov.Web.Localization;
using JapanAiGov.Web.PublicComments;
using JapanAiGov.Web.Sources;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace JapanAiGov.Web.Pages.Admin.Items;

/// <summary>
/// The item's watch rules for e-Gov public comments: add and remove. A new rule is tried at once on every case the
/// watcher has already seen, so a rule written for a case on the "seen" page brings it into the inbox. A rule that
/// would bring more than <see cref="PreviewAbove"/> of them in at once (a term as broad as 「法」) is shown first with
/// the count and the first titles, and added only when the editor confirms those very terms.
/// </summary>
public sealed class WatchModel(AppDbContext db, UserManager<AppUser> users, TimeProvider time, IStringLocalizerFactory localizers, ILogger<WatchModel> logger) : PageModel
{
    public const int PreviewAbove = 20;

    private const int PreviewTitles = 10;

    private readonly IStringLocalizer _text = localizers.ForPage<WatchModel>();

    /// <summary>Set when the rule was not added: what it would match, for the editor to confirm or narrow.</summary>
    public MatchPreview? Preview { get; private set; }

    public RegulatoryItem Item { get; private set; } = null!;

    public IReadOnlyList<WatchRule> Rules { get; private set; } = [];

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken) =>
        await LoadAsync(slug, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAddAsync(string slug, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(slug, cancellationToken))
        {
            return NotFound();
        }

        var all = WatchRule.Split(Input.AllTerms);
        var any = WatchRule.Split(Input.AnyTerms);
        var offices = WatchRule.Split(Input.Offices);
        if (!Input.CoversPublicComments && !Input.CoversDietBills)
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(InputModel.CoversDietBills)}", _text["CoversRequired"]);
        }

        if (all.Count == 0 && any.Count == 0)
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(InputModel.AnyTerms)}", _text["TermsRequired"]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var editor = await Editor.FromAsync(users, User);
        var now = time.GetUtcNow();
        var rule = new WatchRule
        {
            ItemId = Item.Id,
            AllTerms = WatchRule.Join(all),
            AnyTerms = WatchRule.Join(any),
            Offices = WatchRule.Join(offices),
            CoversPublicComments = Input.CoversPublicComments,
            CoversDietBills = Input.CoversDietBills,
            CreatedAt = now,
            CreatedBy = editor.DisplayName,
        };
        db.WatchRules.Add(rule);

        // The cases seen so far, matched in the same SaveChanges (the unique case/item index keeps it to one match each).
        var cases = rule.CoversPublicComments ? await db.PublicCommentCases.Include(c => c.Matches).ToListAsync(cancellationToken) : [];
        var matchedCases = cases.Where(c => PublicCommentMatching.AddMatches(c, [rule], now) > 0).ToList();
        var bills = rule.CoversDietBills ? await db.DietBills.Include(b => b.Matches).ToListAsync(cancellationToken) : [];
        var matchedBills = bills.Where(b => DietBillMatching.AddMatches(b, [rule], now) > 0).ToList();
        var (matched, billsMatched) = (matchedCases.Count, matchedBills.Count);
        var fingerprint = Fingerprint(rule);
        if (matched + billsMatched > PreviewAbove && Input.ConfirmedFor != fingerprint)
        {
            // Nothing is written: the editor sees what the rule would do and confirms exactly these terms, or narrows them.
            db.ChangeTracker.Clear();
            Preview = new MatchPreview(matched, billsMatched, [.. matchedCases.Take(PreviewTitles).Select(c => c.Title)], [.. matchedBills.Take(PreviewTitles).Select(b => b.Title)], fingerprint);
            return Page();
        }

        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Watch rule {WatchRuleId} added to item {ItemSlug} by user {UserId}; {MatchCount} cases already seen match it", rule.Id, Item.Slug, editor.UserId, matched);
        TempData["Message"] = (matched, billsMatched) switch
        {
            (0, 0) => _text["Added.None"].Value,
            (_, 0) => _text["Added.Cases", matched].Value,
            (0, _) => _text["Added.Bills", billsMatched].Value,
            _ => _text["Added.CasesAndBills", matched, billsMatched].Value,
        };
        return Redirect($"/admin/items/{Item.Slug}/watch");
    }

    public async Task<IActionResult> OnPostDeleteAsync(string slug, int ruleId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(slug, cancellationToken))
        {
            return NotFound();
        }

        // Matches it made stay: they are the editors' record of what was found.
        var deleted = await db.WatchRules.Where(r => r.Id == ruleId && r.ItemId == Item.Id).ExecuteDeleteAsync(cancellationToken);
        logger.LogInformation("Watch rule {WatchRuleId} of item {ItemSlug} deleted ({Deleted})", ruleId, Item.Slug, deleted);
        TempData["Message"] = (deleted == 0 ? _text["AlreadyGone"] : _text["Removed"]).Value;
        return Redirect($"/admin/items/{Item.Slug}/watch");
    }

    /// <summary>The rule's terms and coverage in one string: a confirmation holds for these exact terms only.</summary>
    private static string Fingerprint(WatchRule rule) =>
        string.Join('\u001F', rule.AllTerms, rule.AnyTerms, rule.Offices, rule.CoversPublicComments, rule.CoversDietBills);

    public sealed record MatchPreview(int Cases, int Bills, IReadOnlyList<string> CaseTitles, IReadOnlyList<string> BillTitles, string Fingerprint);

    private async Task<bool> LoadAsync(string slug, CancellationToken cancellationToken)
    {
        var item = await db.Items.AsNoTracking().SingleOrDefaultAsync(i => i.Slug == slug, cancellationToken);
        if (item is null)
        {
            return false;
        }

        Item = item;
        Rules = await db.WatchRules.AsNoTracking().Where(r => r.ItemId == item.Id).OrderBy(r => r.Id).ToListAsync(cancellationToken);
        return true;
    }

    public sealed class InputModel
    {
        [Display(Name = "AllOf")]
        [StringLength(WatchRule.TermsMaxLength)]
        public string? AllTerms { get; set; }

        [Display(Name = "AnyOf")]
        [StringLength(WatchRule.TermsMaxLength)]
        public string? AnyTerms { get; set; }

        [Display(Name = "OfficesLabel")]
        [StringLength(WatchRule.TermsMaxLength)]
        public string? Offices { get; set; }

        public bool CoversPublicComments { get; set; } = true;

        public bool CoversDietBills { get; set; } = true;

        /// <summary>The fingerprint of the terms the editor confirmed after seeing their preview.</summary>
        public string? ConfirmedFor { get; set; }
    }
}
