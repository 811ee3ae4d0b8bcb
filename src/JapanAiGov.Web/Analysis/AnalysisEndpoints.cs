using System.Globalization;
using JapanAiGov.Web.Changes;
using JapanAiGov.Web.Data;
using JapanAiGov.Web.Infrastructure;
using JapanAiGov.Web.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace JapanAiGov.Web.Analysis;

/// <summary>The analyst surface outside HTML pages: Atom feeds, the iCalendar file and the CSV export.</summary>
public static class AnalysisEndpoints
{
    public const int FeedEntries = 50;
    public const string ChangesFeedId = ChangeEntry.TagAuthority + "changes";

    private static readonly ResourceText Text = new(typeof(ChangeFeed));

    public static IEndpointRouteBuilder MapAnalysis(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPublicGet("/feeds/changes.atom", ChangesFeedAsync).ExcludeFromDescription();
        endpoints.MapPublicGet("/items/{slug}/feed.atom", ItemFeedAsync).ExcludeFromDescription();
        endpoints.MapPublicGet("/calendar.ics", CalendarAsync).ExcludeFromDescription();
        endpoints.MapPublicGet("/export.csv", ExportCsvAsync).ExcludeFromDescription();
        return endpoints;
    }

    private static async Task<IResult> ChangesFeedAsync(HttpContext context, ChangeLog log, IOptions<AppOptions> app, CancellationToken cancellationToken)
    {
        var entries = await log.ReadAsync(FeedEntries, cancellationToken: cancellationToken);
        var body = ChangeFeed.Write(
            app.Value,
            ChangesFeedId,
            Text["ChangesFeedTitle"],
            Text["ChangesFeedSubtitle"],
            "/feeds/changes.atom",
            "/changes",
            entries,
            DateTimeOffset.UnixEpoch);
        return ConditionalResponse.Send(context, body, ChangeFeed.ContentType);
    }

    private static async Task<IResult> ItemFeedAsync(string slug, HttpContext context, AppDbContext db, ChangeLog log, IOptions<AppOptions> app, CancellationToken cancellationToken)
    {
        var item = await db.Items.AsNoTracking().Where(i => i.Slug == slug).Select(i => new { i.Id, i.Slug, i.Title, i.CreatedAt }).SingleOrDefaultAsync(cancellationToken);
        if (item is null)
        {
            return Results.NotFound();
        }

        var entries = await log.ReadAsync(FeedEntries, itemId: item.Id, cancellationToken: cancellationToken);
        var body = ChangeFeed.Write(
            app.Value,
            ChangeEntry.TagAuthority + "item/" + item.Id.ToString(CultureInfo.InvariantCulture),
            Text.Format("ItemFeedTitle", item.Title),
            Text["ItemFeedSubtitle"],
            $"/items/{item.Slug}/feed.atom",
            $"/items/{item.Slug}",
            entries,
            item.CreatedAt);
        return ConditionalResponse.Send(context, body, ChangeFeed.ContentType);
    }

    private static async Task<IResult> CalendarAsync(HttpContext context, ItemCalendar calendar, IOptions<AppOptions> app, CancellationToken cancellationToken)
    {
        var body = ItemCalendar.WriteIcs(app.Value, await calendar.ReadAsync(cancellationToken));
        return ConditionalResponse.Send(context, body, ItemCalendar.ContentType);
    }

    private static async Task<IResult> ExportCsvAsync(
        HttpContext context,
        DashboardQuery dashboard,
        IOptions<AppOptions> app,
        TimeProvider time,
        string? status,
        string? topic,
        string? q,
        string? asof,
        string? withdrawn,
        string? action,
        CancellationToken cancellationToken)
    {
        var view = await dashboard.ExportAsync(new DashboardFilter(status, topic, q, asof, Withdrawn: withdrawn, Action: action), cancellationToken);
        var day = view.AsOf ?? DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var fileName = $"japanaigov-items-{(view.IsPastView ? "asof-" : string.Empty)}{day:yyyy-MM-dd}.csv";
        return ConditionalResponse.Send(context, CsvExport.Write(view, app.Value), CsvExport.ContentType, fileName);
    }
}
