using System.ComponentModel.DataAnnotations;
using JapanAiGov.Web.Data;
using JapanAiGov.Web.Polling;
using JapanAiGov.Web.Sources;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace JapanAiGov.Web.Pages.Admin.Legislation;

/// <summary>The laws the poller watches: add one by its e-Gov law id (title fetched from e-Gov), or stop watching it.</summary>
public sealed class LawsModel(AppDbContext db, EGovClient egov, TimeProvider time, ILogger<LawsModel> logger) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public IReadOnlyList<LawRow> Laws { get; private set; } = [];

    public IReadOnlyList<(string Slug, string Title)> Items { get; private set; } = [];

    public string? Message { get; private set; }

    public async Task OnGetAsync(string? done, string? law, CancellationToken cancellationToken)
    {
        Message = done switch
        {
            "added" => $"Now watching {law}. Its next poll records its existing history as a baseline, without alerts.",
            "removed" => $"Stopped watching {law}. Its history is kept; add it again to resume.",
            _ => null,
        };
        await LoadAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostAddAsync(CancellationToken cancellationToken)
    {
        var lawId = Input.LawId?.Trim().ToUpperInvariant() ?? string.Empty;
        if (ModelState.IsValid && !WatchedLaw.IsWellFormedLawId(lawId))
        {
            ModelState.AddModelError("Input.LawId", "An e-Gov law id is 15 letters and digits, e.g. 415AC0000000057.");
        }

        int? itemId = null;
        if (!string.IsNullOrWhiteSpace(Input.ItemSlug))
        {
            itemId = await db.Items.Where(i => i.Slug == Input.ItemSlug).Select(i => (int?)i.Id).SingleOrDefaultAsync(cancellationToken);
            if (itemId is null)
            {
                ModelState.AddModelError("Input.ItemSlug", "Choose an existing item, or none.");
            }
        }

        var existing = ModelState.IsValid ? await db.WatchedLaws.SingleOrDefaultAsync(l => l.LawId == lawId, cancellationToken) : null;
        if (existing is { IsActive: true })
        {
            ModelState.AddModelError("Input.LawId", $"{lawId} ({existing.Title}) is already watched.");
        }

        string? title = null;
        if (ModelState.IsValid)
        {
            try
            {
                title = await FetchTitleAsync(lawId, cancellationToken);
                if (title is null)
                {
                    ModelState.AddModelError("Input.LawId", $"e-Gov does not know the law id {lawId}. Check it on laws.e-gov.go.jp (the id is in the law page's address).");
                }
            }
            catch (EGovException exception)
            {
                logger.LogWarning("Could not look up law {LawId} on e-Gov: {Reason}", lawId, exception.Message);
                ModelState.AddModelError(string.Empty, $"Could not check {lawId} with e-Gov right now ({exception.Message}). Try again later.");
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
            db.WatchedLaws.Add(new WatchedLaw { LawId = lawId, Title = title!, ItemId = itemId, AddedAt = now });
        }
        else
        {
            // Re-watching: revisions that appeared meanwhile are recorded quietly by a fresh baseline.
            existing.RemovedAt = null;
            existing.BaselineAt = null;
            existing.Title = title!;
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

    private async Task<string?> FetchTitleAsync(string lawId, CancellationToken cancellationToken)
    {
        var law = await egov.GetLawAsync(lawId, cancellationToken);
        var title = law?.CurrentRevisionInfo?.LawTitle ?? law?.RevisionInfo?.LawTitle;
        if (!string.IsNullOrWhiteSpace(title))
        {
            return title.Trim();
        }

        // Not yet in force laws are missing from /laws; their history still names them.
        var revisions = await egov.GetRevisionsAsync(lawId, cancellationToken);
        return revisions?.Select(r => r.LawTitle).FirstOrDefault(t => !string.IsNullOrWhiteSpace(t))?.Trim();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var laws = await db.WatchedLaws.AsNoTracking()
            .Select(l => new
            {
                l.Id,
                l.LawId,
                l.Title,
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
        var items = await db.Items.AsNoTracking().Select(i => new { i.Id, i.Slug, i.Title }).ToListAsync(cancellationToken);
        Items = items.OrderBy(i => i.Title, StringComparer.Ordinal).Select(i => (i.Slug, i.Title)).ToList();
        Laws = laws
            .OrderBy(l => l.RemovedAt is not null)
            .ThenBy(l => l.LawId, StringComparer.Ordinal)
            .Select(l =>
            {
                var item = items.FirstOrDefault(i => i.Id == l.ItemId);
                return new LawRow(l.Id, l.LawId, l.Title, item?.Slug, item?.Title, l.RemovedAt is null, l.BaselineAt, l.CurrentLawRevisionId,
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
        [Required(ErrorMessage = "Enter an e-Gov law id.")]
        [Display(Name = "e-Gov law id")]
        public string? LawId { get; set; }

        [Display(Name = "Linked item")]
        public string? ItemSlug { get; set; }
    }
}
