using System.Globalization;
using JapanAiGov.Web.Data;
using JapanAiGov.Web.Infrastructure;
using JapanAiGov.Web.Items;
using Microsoft.EntityFrameworkCore;

namespace JapanAiGov.Web.Analysis;

/// <summary>
/// The dashboard's one query — status and topic filters, search, and the as-of view — shared by the page and
/// /export.csv so both always show the same rows. Invalid parts are ignored with a notice, never an error page.
/// </summary>
public sealed class DashboardQuery(AppDbContext db, IItemSearch search, TimeProvider time)
{
    public async Task<DashboardView> RunAsync(DashboardFilter filter, CancellationToken cancellationToken)
    {
        var notices = new List<string>();
        var status = ParseStatus(filter.Status, notices);
        var topic = string.IsNullOrWhiteSpace(filter.Topic) ? null : filter.Topic.Trim();
        var searchQuery = SearchQuery.Parse(filter.Query);
        var asOf = ParseAsOf(filter.AsOf, DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime), notices);

        var items = await db.Items.AsNoTracking()
            .Select(i => new { i.Id, i.Slug, i.Title, i.Topic, i.Status, i.StatusChangedAt, i.LawId })
            .ToListAsync(cancellationToken);
        var rows = items.Select(i => new DashboardRow(i.Id, i.Slug, i.Title, i.Topic, i.Status, i.StatusChangedAt, i.LawId, null)).ToList();

        if (asOf is { } day)
        {
            var cutoff = StatusHistory.EndOfDayUtc(day);
            var history = await db.StatusChanges.AsNoTracking()
                .Where(c => c.ChangedAt < cutoff)
                .Select(c => new StatusChange { Id = c.Id, ItemId = c.ItemId, ToStatus = c.ToStatus, ChangedAt = c.ChangedAt, Reason = string.Empty, ChangedBy = string.Empty })
                .ToListAsync(cancellationToken);
            var then = StatusHistory.AsOf(history, cutoff);
            rows = rows
                .Where(r => then.ContainsKey(r.Id))
                .Select(r => r with { Status = then[r.Id].Status, StatusChangedAt = then[r.Id].ChangedAt })
                .ToList();
        }

        var counts = Enum.GetValues<ItemStatus>().ToDictionary(s => s, s => rows.Count(r => r.Status == s));
        var topics = rows.Select(r => r.Topic).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();

        IEnumerable<DashboardRow> shown = rows;
        if (status is { } wanted)
        {
            shown = shown.Where(r => r.Status == wanted);
        }

        if (topic is not null)
        {
            shown = shown.Where(r => r.Topic == topic);
        }

        if (!searchQuery.IsEmpty)
        {
            var matches = (await search.FindItemIdsAsync(searchQuery, cancellationToken)).ToHashSet();
            shown = shown.Where(r => matches.Contains(r.Id));
        }

        var result = shown.OrderByDescending(r => r.StatusChangedAt).ThenBy(r => r.Title, StringComparer.Ordinal).ToList();
        if (!searchQuery.IsEmpty && result.Count > 0)
        {
            result = await AddSnippetsAsync(result, searchQuery, cancellationToken);
        }

        return new DashboardView
        {
            StatusFilter = status,
            Topic = topic,
            Search = searchQuery,
            AsOf = asOf,
            Notices = notices,
            Counts = counts,
            Topics = topics,
            Rows = result,
        };
    }

    private async Task<List<DashboardRow>> AddSnippetsAsync(List<DashboardRow> rows, SearchQuery searchQuery, CancellationToken cancellationToken)
    {
        var ids = rows.Select(r => r.Id).ToList();
        var texts = await db.Items.AsNoTracking()
            .Where(i => ids.Contains(i.Id))
            .Select(i => new
            {
                i.Id,
                i.Summary,
                i.WhatToWatch,
                Sources = i.Sources.Select(s => s.Publisher + ": " + s.Title + " " + s.Url).ToList(),
            })
            .ToDictionaryAsync(i => i.Id, cancellationToken);
        return rows.Select(r =>
        {
            var text = texts[r.Id];
            var candidates = new[] { MarkdownRenderer.ToPlainText(text.Summary), MarkdownRenderer.ToPlainText(text.WhatToWatch) }.Concat(text.Sources);
            return r with { Snippet = SearchHighlighter.Snippet(candidates, searchQuery.Terms) };
        }).ToList();
    }

    private static ItemStatus? ParseStatus(string? value, List<string> notices)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (Enum.TryParse<ItemStatus>(value.Trim(), ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !int.TryParse(value, out _))
        {
            return parsed;
        }

        notices.Add($"There is no status called '{value}'; showing every status.");
        return null;
    }

    private static DateOnly? ParseAsOf(string? value, DateOnly today, List<string> notices)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (!DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            notices.Add($"'{value}' is not a date in the form YYYY-MM-DD; showing the current view.");
            return null;
        }

        if (day >= today)
        {
            notices.Add($"{day:yyyy-MM-dd} has not ended yet; showing the current view.");
            return null;
        }

        return day;
    }
}
