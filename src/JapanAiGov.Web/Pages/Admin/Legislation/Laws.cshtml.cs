using System.ComponentModel.DataAnnotations;
using JapanAiGov.Web.Data;
using JapanAiGov.Web.Localization;
using JapanAiGov.Web.Polling;
using JapanAiGov.Web.Sources;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace JapanAiGov.Web.Pages.Admin.Legislation;

/// <summary>The laws the poller watches: add one by its e-Gov law id (title fetched from e-Gov), or stop watching it.</summary>
public sealed class LawsModel(AppDbContext db, EGovClient egov, TimeProvider time, IStringLocalizerFactory localizers, ILogger<LawsModel> logger) : PageModel
{
    private readonly IStringLocalizer _text = localizers.ForPage<LawsModel>();

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public IReadOnlyList<LawRow> Laws { get; private set; } = [];

    public IReadOnlyList<(string Slug, string Title)> Items { get; private set; } = [];

    public LocalizedString? Message { get; private set; }

    public async Task OnGetAsync(string? done, string? law, CancellationToken cancellationToken)
    {
        Message = done switch
        {
            "added" => _text["Done.Added", law ?? ""],
            "removed" => _text["Done.Removed", law ?? ""],
            _ => null,
        };
        await LoadAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostAddAsync(CancellationToken cancellationToken)
    {
        var lawId = Input.LawId?.Trim().ToUpperInvariant() ?? string.Empty;
        if (ModelState.IsValid && !WatchedLaw.IsWellFormedLawId(lawId))
        {
            ModelState.AddModelError("Input.LawId", _text["LawIdMalformed"]);
        }

        int? itemId = null;
        if (!string.IsNullOrWhiteSpace(Input.ItemSlug))
        {
            itemId = await db.Items.Where(i => i.Slug == Input.ItemSlug).Select(i => (int?)i.Id).SingleOrDefaultAsync(cancellationToken);
            if (itemId is null)
            {
                ModelState.AddModelError("Input.ItemSlug", _text["ItemUnknown"]);
            }
        }

        var existing = ModelState.IsValid ? await db.WatchedLaws.SingleOrDefaultAsync(l => l.LawId == lawId, cancellationToken) : null;
        if (existing is { IsActive: true })
        {
            ModelState.AddModelError("Input.LawId", _text["AlreadyWatched", lawId, existing.Title]);
        }

        string? title = null;
        string? lawNum = null;
        if (ModelState.IsValid)
        {
            try
            {
                (title, lawNum) = await FetchTitleAsync(lawId, cancellationToken);
                if (title is null)
                {
                    ModelState.AddModelError("Input.LawId", _text["UnknownLawId", lawId]);
                }
            }
            catch (EGovException exception)
            {
                logger.LogWarning("Could not look up law {LawId} on e-Gov: {Reason}", lawId, exception.Message);
                ModelState.AddModelError(string.Empty, _text["EGovFailed", lawId, exception.Message]);
            }
        }

        if (!ModelState.IsValid)
        {
            await LoadAsync(cancellationToken);
            return Page();
        }

        var now = time.GetUtcNow();
        if (existing is null)
        {
            db.WatchedLaws.Add(new WatchedLaw { LawId = lawId, Title = title!, LawNum = Truncation.Fit(lawNum, WatchedLaw.LawNumMaxLength), ItemId = itemId, AddedAt = now });
        }
        else
        {
            // Re-watching: revisions that appeared meanwhile are recorded quietly by a fresh baseline.
            existing.RemovedAt = null;
            existing.BaselineAt = null;
            existing.Title = title!;
            existing.LawNum = Truncation.Fit(lawNum, WatchedLaw.LawNumMaxLength) ?? existing.LawNum;
            existing.ItemId = itemId;
            existing.AddedAt = now;
        }

        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Now watching e-Gov law {LawId}", lawId);
        return Redirect($"/admin/legislation/laws?done=added&law={Uri.EscapeDataString(lawId)}");
    }

    public async Task<IActionResult> OnPostRemoveAsync(int id, CancellationToken cancellationToken)
    {
        var law = await db.WatchedLaws.SingleOrDefaultAsync(l => l.Id == id, cancellationToken);
        if (law is null)
        {
            return NotFound();
        }

        if (law.IsActive)
        {
            law.RemovedAt = time.GetUtcNow();
            await db.SaveChangesAsync(cancellationToken);
            logger.LogInformation("Stopped watching e-Gov law {LawId}", law.LawId);
        }

        return Redirect($"/admin/legislation/laws?done=removed&law={Uri.EscapeDataString(law.LawId)}");
    }

    /// <summary>The law's title and number (法令番号) as e-Gov gives them, or a null title when e-Gov does not know the id.</summary>
    private async Task<(string? Title, string? LawNum)> FetchTitleAsync(string lawId, CancellationToken cancellationToken)
    {
        var law = await egov.GetLawAsync(lawId, cancellationToken);
        var title = law?.CurrentRevisionInfo?.LawTitle ?? law?.RevisionInfo?.LawTitle;
        var lawNum = string.IsNullOrWhiteSpace(law?.LawInfo?.LawNum) ? null : law.LawInfo.LawNum.Trim();
        if (!string.IsNullOrWhiteSpace(title))
        {
            return (title.Trim(), lawNum);
        }

        // Not yet in force laws are missing from /laws; their history still names them.
        var list = await egov.GetRevisionListAsync(lawId, cancellationToken);
        return (list?.Revisions.Select(r => r.LawTitle).FirstOrDefault(t => !string.IsNullOrWhiteSpace(t))?.Trim(), lawNum ?? list?.LawNum);
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var laws = await db.WatchedLaws.AsNoTracking()
            .Select(l => new
            {
                l.Id,
                l.LawId,
                l.Title,
                l.LawNum,
                l.ItemId,
                l.RemovedAt,
                l.BaselineAt,
                l.CurrentLawRevisionId,
                l.LastCheckedAt,
                l.LastSucceededAt,
                l.LastError,
                Revisions = l.Revisions.Count,
                OpenUpdates = db.LegislativeUpdates.Count(u => u.WatchedLawId == l.Id && u.State == LegislativeUpdateState.New),
            })
            .ToListAsync(cancellationToken);
        var items = (await db.Items.AsNoTracking().Select(i => new { i.Id, i.Slug, i.Title, i.TitleJa }).ToListAsync(cancellationToken))
            .Select(i => new { i.Id, i.Slug, Title = Bilingual.Pick(i.Title, i.TitleJa).Text })
            .ToList();
        Items = items.OrderBy(i => i.Title, StringComparer.Ordinal).Select(i => (i.Slug, i.Title)).ToList();
        Laws = laws
            .OrderBy(l => l.RemovedAt is not null)
            .ThenBy(l => l.LawId, StringComparer.Ordinal)
            .Select(l =>
            {
                var item = items.FirstOrDefault(i => i.Id == l.ItemId);
                return new LawRow(l.Id, l.LawId, string.IsNullOrWhiteSpace(l.LawNum) ? l.Title : $"{l.Title}（{l.LawNum}）", item?.Slug, item?.Title, l.RemovedAt is null, l.BaselineAt, l.CurrentLawRevisionId,
                    l.LastCheckedAt, l.LastSucceededAt, l.LastError, l.Revisions, l.OpenUpdates);
            })
            .ToList();
    }

    public sealed record LawRow(
        int Id,
        string LawId,
        string Title,
        string? ItemSlug,
        string? ItemTitle,
        bool IsActive,
        DateTimeOffset? BaselineAt,
        string? CurrentLawRevisionId,
        DateTimeOffset? LastCheckedAt,
        DateTimeOffset? LastSucceededAt,
        string? LastError,
        int Revisions,
        int OpenUpdates);

    public sealed class InputModel
    {
        [Required(ErrorMessage = "LawIdRequired")]
        [Display(Name = "LawIdLabel")]
        public string? LawId { get; set; }

        [Display(Name = "ItemLabel")]
        public string? ItemSlug { get; set; }
    }
}
