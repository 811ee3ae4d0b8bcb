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
        var statuses = ParseStatus(filter.Status, notices);
        var topic = string.IsNullOrWhiteSpace(filter.Topic) ? null : filter.Topic.Trim();
        var searchQuery = SearchQuery.Parse(filter.Query);
        var asOf = ParseAsOf(filter.AsOf, DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime), notices);

        var matches = searchQuery.IsEmpty ? null : await search.FindItemIdsAsync(searchQuery, cancellationToken);
        var (counts, topics, rows) = asOf is { } day
            ? await PastAsync(day, statuses, topic, matches, cancellationToken)
            : await CurrentAsync(statuses, topic, matches, cancellationToken);

        var result = rows.OrderByDescending(r => r.StatusChangedAt).ThenBy(r => r.Title, StringComparer.Ordinal).ToList();
        if (!searchQuery.IsEmpty && result.Count > 0)
        {
            result = await AddSnippetsAsync(result, searchQuery, cancellationToken);
        }

        return new DashboardView
        {
            Statuses = statuses,
            Topic = topic,
            Search = searchQuery,
            AsOf = asOf,
            Notices = notices,
            Counts = counts,
            Topics = topics,
            Rows = result,
        };
    }

    /// <summary>Today's view: counts, topics and the filtered rows, each one query in the database.</summary>
    private async Task<(Dictionary<ItemStatus, int> Counts, List<string> Topics, List<DashboardRow> Rows)> CurrentAsync(
        IReadOnlyList<ItemStatus> statuses, string? topic, IReadOnlyList<int>? matches, CancellationToken cancellationToken)
    {
        var grouped = await db.Items.AsNoTracking()
            .GroupBy(i => i.Status)
            .Select(g => new { Status = g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var counts = Enum.GetValues<ItemStatus>().ToDictionary(s => s, s => grouped.FirstOrDefault(g => g.Status == s)?.Count ?? 0);
        var topics = await db.Items.AsNoTracking().Select(i => i.Topic).Distinct().ToListAsync(cancellationToken);

        var query = db.Items.AsNoTracking();
        if (statuses.Count > 0)
        {
            query = query.Where(i => statuses.Contains(i.Status));
        }

        if (topic is not null)
        {
            query = query.Where(i => i.Topic == topic);
        }

        if (matches is not null)
        {
            query = query.Where(i => matches.Contains(i.Id));
        }

        var rows = await query
            .Select(i => new DashboardRow(i.Id, i.Slug, i.Title, i.Topic, i.Status, i.StatusChangedAt, i.LawId, null))
            .ToListAsync(cancellationToken);
        return (counts, topics.Order(StringComparer.Ordinal).ToList(), rows);
    }

    /// <summary>A past view: every item's status at the end of <paramref name="day"/>, rebuilt from the history, then filtered.</summary>
    private async Task<(Dictionary<ItemStatus, int> Counts, List<string> Topics, List<DashboardRow> Rows)> PastAsync(
        DateOnly day, IReadOnlyList<ItemStatus> statuses, string? topic, IReadOnlyList<int>? matches, CancellationToken cancellationToken)
    {
        var cutoff = StatusHistory.EndOfDayUtc(day);
        var history = await db.StatusChanges.AsNoTracking()
            .Where(c => c.ChangedAt < cutoff)
            .Select(c => new StatusChange { Id = c.Id, ItemId = c.ItemId, ToStatus = c.ToStatus, ChangedAt = c.ChangedAt, Reason = string.Empty, ChangedBy = string.Empty })
            .ToListAsync(cancellationToken);
        var then = StatusHistory.AsOf(history, cutoff);
        var items = await db.Items.AsNoTracking()
            .Select(i => new DashboardRow(i.Id, i.Slug, i.Title, i.Topic, i.Status, i.StatusChangedAt, i.LawId, null))
            .ToListAsync(cancellationToken);
        var tracked = items
            .Where(r => then.ContainsKey(r.Id))
            .Select(r => r with { Status = then[r.Id].Status, StatusChangedAt = then[r.Id].ChangedAt })
            .ToList();

        var counts = Enum.GetValues<ItemStatus>().ToDictionary(s => s, s => tracked.Count(r => r.Status == s));
        var topics = tracked.Select(r => r.Topic).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var matchSet = matches?.ToHashSet();
        var rows = tracked
            .Where(r => statuses.Count == 0 || statuses.Contains(r.Status))
            .Where(r => topic is null || r.Topic == topic)
            .Where(r => matchSet is null || matchSet.Contains(r.Id))
            .ToList();
        return (counts, topics, rows);
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

    private static IReadOnlyList<ItemStatus> ParseStatus(string? value, List<string> notices)
    {
        if (ItemStatusNames.TryParse(value, out var statuses))
        {
            return statuses;
        }

        notices.Add($"There is no status called '{value}'; showing every status. Use {ItemStatusNames.Expected}, or several separated by commas.");
        return [];
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
