using System.ComponentModel;
using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using JapanAiGov.Web.Analysis;
using JapanAiGov.Web.Changes;
using JapanAiGov.Web.Data;
using JapanAiGov.Web.Diet;
using JapanAiGov.Web.Infrastructure;
using JapanAiGov.Web.Items;
using JapanAiGov.Web.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using HttpJsonOptions = Microsoft.AspNetCore.Http.Json.JsonOptions;

namespace JapanAiGov.Web.Api;

/// <summary>
/// The read-only JSON API (docs/api.md): items, one item, and the change log, and its OpenAPI document. Every 200 carries a strong ETag
/// (a hash of the body) and answers If-None-Match with 304; every error is a ProblemDetails document.
/// </summary>
public static partial class ApiEndpoints
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 200;
    public const string JsonContentType = "application/json; charset=utf-8";
    private const string ItemsCursorScope = "items";

    public static IEndpointRouteBuilder MapApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/v1").WithTags("JapanAiGov");

        api.MapPublicGet("/items", ListItemsAsync)
            .WithName("ListItems")
            .WithSummary("List tracked items")
            .WithDescription("Items ordered by their permanent internal order (oldest first), filtered by status, action level, topic and search, a page at a time.")
            .Produces<ApiItemPage>(StatusCodes.Status200OK, "application/json")
            .Produces(StatusCodes.Status304NotModified)
            .ProducesValidationProblem();

        api.MapPublicGet("/items/{slug}", GetItemAsync)
            .WithName("GetItem")
            .WithSummary("Get one item")
            .WithDescription("The item with its Markdown summary and watch notes, sources, action level, and full status and action-level histories (newest first).")
            .Produces<ApiItemDetails>(StatusCodes.Status200OK, "application/json")
            .Produces(StatusCodes.Status304NotModified)
            .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapPublicGet("/changes", ListChangesAsync)
            .WithName("ListChanges")
            .WithSummary("List changes")
            .WithDescription("Status changes, action-level changes, new e-Gov revisions of laws linked to an item, public comments and Diet bill stages, newest first. The same entries as /feeds/changes.atom.")
            .Produces<ApiChangePage>(StatusCodes.Status200OK, "application/json")
            .Produces(StatusCodes.Status304NotModified)
            .ProducesValidationProblem();

        endpoints.MapApiDocument();
        return endpoints;
    }

    private static async Task<IResult> ListItemsAsync(
        HttpContext context,
        AppDbContext db,
        IItemSearch search,
        SearchResultsMemo searchResults,
        IOptions<AppOptions> app,
        IOptions<HttpJsonOptions> json,
        [Description("Only items with this status: Reported, Confirmed or PendingMetiAnnex; several separated by commas (Reported,Confirmed).")] string? status,
        [Description("Only items at this action level: Monitor, Prepare or Act; several separated by commas (Prepare,Act).")] string? action,
        [Description("Only items with this topic, e.g. privacy.")] string? topic,
        [Description("Full-text search in titles, summaries, watch notes and sources; Japanese works (個人情報).")] string? q,
        [Description("Page size, 1–200; default 50.")] string? limit,
        [Description("The nextCursor of the previous page, unchanged; omit it or leave it empty for the first page.")] string? cursor,
        CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        var pageSize = ParseLimit(limit, errors);
        if (!ItemStatusNames.TryParse(status, out var statuses))
        {
            errors["status"] = [$"'{status}' is not a status; use one of {ItemStatusNames.Expected}, or several separated by commas."];
        }

        if (!EnumNames.TryParse<ActionLevel>(action, out var actions))
        {
            errors["action"] = [$"'{action}' is not an action level; use one of {EnumNames.Expected<ActionLevel>()}, or several separated by commas."];
        }

        var afterId = 0;
        if (!string.IsNullOrEmpty(cursor) && (!Cursor.TryDecode(cursor, ItemsCursorScope, out var payload) || !int.TryParse(payload, NumberStyles.None, CultureInfo.InvariantCulture, out afterId)))
        {
            errors["cursor"] = ["The cursor is not one this API issued for /api/v1/items; pass nextCursor back unchanged, or omit it for the first page."];
        }

        if (errors.Count > 0)
        {
            return Invalid(errors);
        }

        var query = db.Items.AsNoTracking().Where(i => i.Id > afterId);
        if (statuses.Count > 0)
        {
            query = query.Where(i => statuses.Contains(i.Status));
        }

        if (actions.Count > 0)
        {
            query = query.Where(i => actions.Contains(i.Action));
        }

        if (!string.IsNullOrWhiteSpace(topic))
        {
            var trimmed = topic.Trim();
            query = query.Where(i => i.Topic == trimmed);
        }

        var searchQuery = SearchQuery.Parse(q);
        if (!searchQuery.IsEmpty)
        {
            // The dashboard's memo: paging through a search runs its full-text lookup once per content generation.
            var found = await searchResults.GetAsync(searchQuery, token => search.MatchingItemIds(searchQuery).ToListAsync(token), cancellationToken);
            query = query.Where(i => EF.Parameter(found).Contains(i.Id));
        }

        var rows = await query.OrderBy(i => i.Id).Take(pageSize + 1)
            .Select(i => new { i.Id, i.Slug, i.Title, i.TitleJa, i.Topic, i.Jurisdiction, i.Status, i.StatusChangedAt, i.LawId, i.UpdatedAt, i.Action, i.ActionReason, i.ActionReasonJa, i.ActionTrigger, i.ActionTriggerJa , i.WithdrawnAt, i.WithdrawalReason })
            .ToListAsync(cancellationToken);
        var page = rows.Take(pageSize).ToList();
        var next = rows.Count > pageSize ? Cursor.Encode(ItemsCursorScope, page[^1].Id.ToString(CultureInfo.InvariantCulture)) : null;
        var items = page.Select(i => new ApiItem(
            i.Slug, i.Title, i.TitleJa, i.Topic, i.Jurisdiction, i.Status, i.Status.Label(), i.StatusChangedAt, i.LawId, i.UpdatedAt,
            app.Value.Link("/items/" + i.Slug), app.Value.Link("/api/v1/items/" + i.Slug),
            i.Action, i.Action.Label(), i.ActionReason, i.ActionReasonJa, i.ActionTrigger, i.ActionTriggerJa, i.WithdrawnAt, i.WithdrawalReason)).ToList();
        return Json(context, json, new ApiItemPage(items, pageSize, next));
    }

    private static async Task<IResult> GetItemAsync(
        HttpContext context,
        AppDbContext db,
        IOptions<AppOptions> app,
        IOptions<HttpJsonOptions> json,
        [Description("The item's slug, as in /items/{slug}.")] string slug,
        CancellationToken cancellationToken)
    {
        var item = await db.Items.AsNoTracking().Include(i => i.Sources).SingleOrDefaultAsync(i => i.Slug == slug, cancellationToken);
        if (item is null)
        {
            return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Item not found", detail: $"There is no item with the slug '{slug}'.");
        }

        var history = await db.StatusChanges.AsNoTracking()
            .Where(c => c.ItemId == item.Id)
            .OrderByDescending(c => c.ChangedAt)
            .ThenByDescending(c => c.Id)
            .ToListAsync(cancellationToken);
        var actionHistory = await db.ActionChanges.AsNoTracking()
            .Where(c => c.ItemId == item.Id)
            .OrderByDescending(c => c.ChangedAt)
            .ThenByDescending(c => c.Id)
            .ToListAsync(cancellationToken);
        var bills = await DietBillQueries.ConfirmedForItemAsync(db, item.Id, cancellationToken);
        var details = new ApiItemDetails(
            item.Slug,
            item.Title,
            item.TitleJa,
            item.Topic,
            item.Jurisdiction,
            item.Status,
            item.Status.Label(),
            item.StatusChangedAt,
            item.LawId,
            item.Summary,
            item.SummaryJa,
            item.WhatToWatch,
            item.WhatToWatchJa,
            item.CreatedAt,
            item.UpdatedAt,
            item.Sources.OrderBy(s => s.Kind).ThenByDescending(s => s.PublishedOn).ThenBy(s => s.Id)
                .Select(s => new ApiSource(s.Publisher, s.Title, s.Url, s.PublishedOn, s.Kind)).ToList(),
            history.Select(c => new ApiStatusChange(
                ChangeEntry.IdFor(ChangeKind.StatusChange, c.Id),
                c.FromStatus,
                c.ToStatus,
                c.Reason,
                c.EvidenceUrl,
                c.EffectiveOn,
                c.ChangedBy,
                c.ChangedAt,
                c.RetractedAt is not null,
                c.RetractedAt,
                c.RetractionReason)).ToList(),
            app.Value.Link("/items/" + item.Slug),
            app.Value.Link($"/items/{item.Slug}/feed.atom"),
            bills.Select(b => new ApiDietBill(b.Key, b.Kind, b.Session, b.Number, b.Title, b.Stage, DietBillStageText.Name(b.Stage, AppCultures.IsJapanese()), b.StageOn, b.PromulgatedOn, b.LawNumber, b.Url)).ToList(),
            item.Action,
            item.Action.Label(),
            item.ActionChangedAt,
            item.ActionReason,
            item.ActionReasonJa,
            item.ActionTrigger,
            item.ActionTriggerJa,
            item.ActionDueOn,
            item.ActionDueLabel,
            item.ActionDueLabelJa,
            actionHistory.Select(c => new ApiActionChange(
                ChangeEntry.IdFor(ChangeKind.ActionChange, c.Id),
                c.FromLevel,
                c.ToLevel,
                c.Reason,
                c.ReasonJa,
                c.Trigger,
                c.TriggerJa,
                c.DueOn,
                c.DueLabel,
                c.DueLabelJa,
                c.ChangedBy,
                c.ChangedAt)).ToList(),
            item.WithdrawnAt,
            item.WithdrawalReason);
        return Json(context, json, details);
    }

    private static async Task<IResult> ListChangesAsync(
        HttpContext context,
        ChangeLog log,
        IOptions<AppOptions> app,
        IOptions<HttpJsonOptions> json,
        [Description("Only changes at or after this instant: ISO 8601 with an offset (2026-09-01T00:00:00Z, 2026-09-01T09:00:00%2B09:00) or a date (2026-09-01, midnight UTC).")] string? since,
        [Description("Page size, 1–200; default 50.")] string? limit,
        [Description("The nextCursor of the previous page, unchanged; omit it or leave it empty for the first page.")] string? cursor,
        CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        var pageSize = ParseLimit(limit, errors);
        DateTimeOffset? sinceInstant = null;
        if (!string.IsNullOrEmpty(since))
        {
            if (TryParseInstant(since, out var parsed))
            {
                sinceInstant = parsed;
            }
            else
            {
                errors["since"] = [$"'{since}' is not an ISO 8601 instant with an offset (e.g. 2026-09-01T00:00:00Z) or a date (2026-09-01)."];
            }
        }

        ChangePosition? after = null;
        if (!string.IsNullOrEmpty(cursor) && !ChangePosition.TryParseCursor(cursor, out after))
        {
            errors["cursor"] = ["The cursor is not one this API issued for /api/v1/changes; pass nextCursor back unchanged, or omit it for the first page."];
        }

        if (errors.Count > 0)
        {
            return Invalid(errors);
        }

        var entries = await log.ReadAsync(pageSize + 1, since: sinceInstant, after: after, cancellationToken: cancellationToken);
        var page = entries.Take(pageSize).ToList();
        var next = entries.Count > pageSize ? page[^1].Position.ToCursor() : null;
        var changes = page.Select(e => new ApiChange(
            e.EntryId, e.Kind, e.OccurredAt, e.Headline, e.ItemSlug, e.ItemTitle, app.Value.Link("/items/" + e.ItemSlug),
            e.FromStatus, e.ToStatus, e.Reason, e.EvidenceUrl, e.EffectiveOn,
            e.LawId, e.LawTitle, e.LawRevisionId, e.AmendmentLawTitle, e.PromulgationDate, e.EnforcementDate,
            e.EnforcementDate is null ? null : e.EnforcementDateIsScheduled,
            e.CaseId, e.CaseTitle, e.CaseUrl, e.CaseOffice, e.CommentDeadline, e.ResultPublishedOn, e.CommentCount,
            e.BillKey, e.BillTitle, e.BillStage, e.BillStageName, e.BillStageOn, e.BillLawNumber, e.BillUrl,
            e.Kind == ChangeKind.StatusChange ? e.RetractedAt is not null : null, e.RetractedAt, e.RetractionReason, e.Withdrawn,
            e.FromAction, e.ToAction, e.ActionTrigger, e.ActionDueOn, e.ActionDueLabel)).ToList();
        return Json(context, json, new ApiChangePage(changes, pageSize, next));
    }

    /// <summary>ISO 8601 with an explicit offset, or a plain date taken as midnight UTC. A '+' turned into a space by an unencoded query string is put back.</summary>
    public static bool TryParseInstant(string text, out DateTimeOffset instant)
    {
        instant = default;
        var value = text.Trim().Replace(' ', '+');
        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            instant = new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            return true;
        }

        if (!InstantPattern().IsMatch(value) || !DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.None, out instant))
        {
            return false;
        }

        // Stored instants are UTC ticks; a value with another offset must be converted before it is compared in SQL.
        instant = instant.ToUniversalTime();
        return true;
    }

    private static int ParseLimit(string? limit, Dictionary<string, string[]> errors)
    {
        if (limit is null)
        {
            return DefaultLimit;
        }

        if (int.TryParse(limit, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value is >= 1 and <= MaxLimit)
        {
            return value;
        }

        errors["limit"] = [$"limit must be a whole number from 1 to {MaxLimit}, not '{limit}'."];
        return DefaultLimit;
    }

    private static IResult Invalid(Dictionary<string, string[]> errors) =>
        Results.ValidationProblem(
            errors,
            detail: string.Join(" ", errors.Values.SelectMany(v => v)),
            title: "The request's query parameters are invalid.");

    private static IResult Json<T>(HttpContext context, IOptions<HttpJsonOptions> json, T value) =>
        ConditionalResponse.Send(context, JsonSerializer.SerializeToUtf8Bytes(value, json.Value.SerializerOptions), JsonContentType);

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,7})?)?(Z|[+-]\d{2}:\d{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex InstantPattern();
}
