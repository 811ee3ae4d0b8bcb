using System.Globalization;
using JapanAiGov.Web.Caching;
using JapanAiGov.Web.Data;
using JapanAiGov.Web.Infrastructure;
using JapanAiGov.Web.Items;
using JapanAiGov.Web.Localization;
using Microsoft.EntityFrameworkCore;

namespace JapanAiGov.Web.Analysis;

/// <summary>
/// The dashboard's one query — status, action-level and topic filters, search, the as-of view and the page — shared by the page and
/// /export.csv so both always show the same rows. Filtering, counting, ordering and paging all run in the database:
/// a page of 50 out of 5,000 items reads 50 rows. Invalid parts are ignored with a notice, never an error page.
/// </summary>
public sealed class DashboardQuery(
    AppDbContext db,
    IItemSearch search,
    TimeProvider time,
    GenerationMemo<IReadOnlyList<DashboardQuery.StatusTopicCount>> todaysGroups,
    SearchResultsMemo searchResults)
{
    /// <summary>Rows per dashboard page: a screenful of titles, small enough to stay fast at thousands of items.</summary>
    public const int PageSize = 50;

    private static readonly ResourceText Text = new(typeof(DashboardQuery));

    /// <summary>One page of the view (the page from <see cref="DashboardFilter.Page"/>, clamped to the pages there are).</summary>
    public Task<DashboardView> RunAsync(DashboardFilter filter, CancellationToken cancellationToken) =>
        RunAsync(filter, paged: true, cancellationToken);

    /// <summary>Every matching row on one page, without search excerpts: what /export.csv writes.</summary>
    public Task<DashboardView> ExportAsync(DashboardFilter filter, CancellationToken cancellationToken) =>
        RunAsync(filter with { Page = null }, paged: false, cancellationToken);

    private async Task<DashboardView> RunAsync(DashboardFilter filter, bool paged, CancellationToken cancellationToken)
    {
        var notices = new List<string>();
        var statuses = ParseStatus(filter.Status, notices);
        var actions = ParseAction(filter.Action, notices);
        var topic = string.IsNullOrWhiteSpace(filter.Topic) ? null : filter.Topic.Trim();
        var searchQuery = SearchQuery.Parse(filter.Query);
        var asOf = ParseAsOf(filter.AsOf, JapanTime.DateOf(time.GetUtcNow()), notices);
        var requestedPage = ParsePage(filter.Page, notices);
        var includeWithdrawn = ParseWithdrawn(filter.Withdrawn, notices);

        // One connection for the page's queries (and the layout's): EF would otherwise open and close one per query.
        await db.Database.OpenConnectionAsync(cancellationToken);
        var items = asOf is { } day ? AsOf(day) : Current();

        // The status cards and the topic list from one grouping: a row per (status, topic) that has items. Today's
        // grouping only changes with a write, so it is read once per content generation.
        var groups = asOf is null
            ? await todaysGroups.GetAsync(GroupAsync, cancellationToken)
            : await GroupAsync(items, cancellationToken);
        groups = includeWithdrawn ? groups : groups.Where(g => !g.Withdrawn).ToList();
        var counts = Enum.GetValues<ItemStatus>().ToDictionary(s => s, s => groups.Where(g => g.Status == s).Sum(g => g.Count));
        var topics = groups.Select(g => g.Topic).Distinct();

        var matching = includeWithdrawn ? items : items.Where(i => !i.Withdrawn);
        if (statuses.Count > 0)
        {
            matching = matching.Where(i => statuses.Contains(i.Status));
        }

        if (actions.Count > 0)
        {
            var wanted = actions.Select(a => (ActionLevel?)a).ToList();
            matching = matching.Where(i => wanted.Contains(i.Action));
        }

        if (topic is not null)
        {
            matching = matching.Where(i => i.Topic == topic);
        }

        if (!searchQuery.IsEmpty)
        {
            // Read once per content generation, used twice (count and page): a term found in every item costs its
            // index lookup once, however many pages of it are read. EF.Parameter sends the ids as one parameter
            // (json_each / an array), however many there are.
            var found = await searchResults.GetAsync(searchQuery, token => search.MatchingItemIds(searchQuery).ToListAsync(token), cancellationToken);
            matching = matching.Where(i => EF.Parameter(found).Contains(i.Id));
        }

        // Without a search or a level the groups above already hold the count; those need the database's.
        var matchCount = searchQuery.IsEmpty && actions.Count == 0
            ? groups.Where(g => (statuses.Count == 0 || statuses.Contains(g.Status)) && (topic is null || g.Topic == topic)).Sum(g => g.Count)
            : await matching.CountAsync(cancellationToken);
        var pageSize = paged ? PageSize : Math.Max(1, matchCount);
        var pageCount = Math.Max(1, (matchCount + pageSize - 1) / pageSize);
        var page = Math.Min(requestedPage, pageCount);
        if (page < requestedPage)
        {
            notices.Add(Text.Format("PageBeyondEnd", requestedPage, pageCount));
        }

        var rows = await matching
            .OrderByDescending(i => i.StatusChangedAt).ThenBy(i => i.Title).ThenBy(i => i.Id)
            .Skip((page - 1) * pageSize).Take(pageSize)
            .Select(i => new DashboardRow(i.Id, i.Slug, i.Title, i.TitleJa, i.Topic, i.Status, i.StatusChangedAt, i.LawId, null, i.Action, i.Withdrawn, i.LaterRetracted))
            .ToListAsync(cancellationToken);
        if (paged && !searchQuery.IsEmpty && rows.Count > 0)
        {
            rows = await AddSnippetsAsync(rows, searchQuery, cancellationToken);
        }

        return new DashboardView
        {
            Statuses = statuses,
            Actions = actions,
            Topic = topic,
            Search = searchQuery,
            AsOf = asOf,
            IncludeWithdrawn = includeWithdrawn,
            Notices = notices,
            Counts = counts,
            Topics = topics.Order(StringComparer.Ordinal).ToList(),
            Rows = rows,
            MatchCount = matchCount,
            Page = page,
            PageCount = pageCount,
            PageSize = pageSize,
        };
    }

    private Task<IReadOnlyList<StatusTopicCount>> GroupAsync(CancellationToken cancellationToken) => GroupAsync(Current(), cancellationToken);

    private static async Task<IReadOnlyList<StatusTopicCount>> GroupAsync(IQueryable<ItemAt> items, CancellationToken cancellationToken) =>
        await items.GroupBy(i => new { i.Status, i.Topic, i.Withdrawn }).Select(g => new StatusTopicCount(g.Key.Status, g.Key.Topic, g.Key.Withdrawn, g.Count()))
            .ToListAsync(cancellationToken);

    /// <summary>Today's view: every item with its current status.</summary>
    private IQueryable<ItemAt> Current() => db.Items.AsNoTracking().Select(i => new ItemAt
    {
        Id = i.Id,
        Slug = i.Slug,
        Title = i.Title,
        TitleJa = i.TitleJa,
        Topic = i.Topic,
        LawId = i.LawId,
        Status = i.Status,
        StatusChangedAt = i.StatusChangedAt,
        Withdrawn = i.WithdrawnAt != null,
        Action = i.Action,
    });

    /// <summary>
    /// A past view: every item tracked by the end of <paramref name="day"/>, with the target of its latest change made
    /// before then (ties on the instant broken by the later entry), and its action level then (none before the first), in
    /// SQL — what was published then: a change retracted only later still counts, marked; one retracted by then does
    /// not. Withdrawn as the item's withdrawals stood then.
    /// </summary>
    private IQueryable<ItemAt> AsOf(DateOnly day)
    {
        var cutoff = JapanTime.StartOfDay(day.AddDays(1));
        var before = db.StatusChanges.AsNoTracking().Where(c => c.ChangedAt < cutoff && (c.RetractedAt == null || c.RetractedAt >= cutoff));
        var latest = before.Where(c => !before.Any(l => l.ItemId == c.ItemId && (l.ChangedAt > c.ChangedAt || (l.ChangedAt == c.ChangedAt && l.Id > c.Id))));
        return db.Items.AsNoTracking().Join(latest, i => i.Id, c => c.ItemId, (i, c) => new ItemAt
        {
            Id = i.Id,
            Slug = i.Slug,
            Title = i.Title,
            TitleJa = i.TitleJa,
            Topic = i.Topic,
            LawId = i.LawId,
            Status = c.ToStatus,
            StatusChangedAt = c.ChangedAt,
            LaterRetracted = c.RetractedAt != null,
            Withdrawn = db.ItemWithdrawals.Where(w => w.ItemId == i.Id && w.ChangedAt < cutoff)
                .OrderByDescending(w => w.ChangedAt).ThenByDescending(w => w.Id).Select(w => w.Withdrawn).FirstOrDefault(),
            Action = db.ActionChanges.Where(a => a.ItemId == i.Id && a.ChangedAt < cutoff)
                .OrderByDescending(a => a.ChangedAt).ThenByDescending(a => a.Id)
                .Select(a => (ActionLevel?)a.ToLevel).FirstOrDefault(),
        });
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
                i.SummaryJa,
                i.WhatToWatchJa,
                Sources = i.Sources.Select(s => s.Publisher + ": " + s.Title + " " + s.Url).ToList(),
            })
            .ToDictionaryAsync(i => i.Id, cancellationToken);
        return rows.Select(r =>
        {
            var text = texts[r.Id];
            // Markdown is parsed only for a field whose source holds a term: parsing is most of a search page's time.
            // The reader's language first: a Japanese reader's snippet comes from the Japanese texts when they hold the term.
            var fields = Localization.AppCultures.IsJapanese()
                ? new[] { text.SummaryJa, text.WhatToWatchJa, text.Summary, text.WhatToWatch }
                : new[] { text.Summary, text.WhatToWatch, text.SummaryJa, text.WhatToWatchJa };
            var candidates = fields
                .Where(field => searchQuery.Terms.Any(term => field.Contains(term, StringComparison.OrdinalIgnoreCase)))
                .Select(MarkdownRenderer.ToPlainText)
                .Concat(text.Sources);
            return r with { Snippet = SearchHighlighter.Snippet(candidates, searchQuery.Terms) };
        }).ToList();
    }

    private static IReadOnlyList<ItemStatus> ParseStatus(string? value, List<string> notices)
    {
        if (ItemStatusNames.TryParse(value, out var statuses))
        {
            return statuses;
        }

        notices.Add(Text.Format("UnknownStatus", value, ItemStatusNames.Expected));
        return [];
    }

    /// <summary>"include" shows withdrawn items; absent hides them; anything else hides them with a notice.</summary>
    private static bool ParseWithdrawn(string? value, List<string> notices)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return false;
        }

        if (string.Equals(value.Trim(), DashboardView.IncludeWithdrawnValue, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        notices.Add(Text.Format("BadWithdrawn", value, DashboardView.IncludeWithdrawnValue));
        return false;
    }

    /// <summary>The levels asked for (?action=Monitor,Act); like an unknown status, an unknown level is ignored with a notice.</summary>
    private static IReadOnlyList<ActionLevel> ParseAction(string? value, List<string> notices)
    {
        if (EnumNames.TryParse<ActionLevel>(value, out var actions))
        {
            return actions;
        }

        notices.Add(Text.Format("UnknownAction", value, EnumNames.Expected<ActionLevel>()));
        return [];
    }

    /// <summary>The page asked for: 1 when absent; a notice and 1 when it is not a whole number from 1 up.</summary>
    private static int ParsePage(string? value, List<string> notices)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return 1;
        }

        if (int.TryParse(value.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var page) && page >= 1)
        {
            return page;
        }

        notices.Add(Text.Format("BadPage", value));
        return 1;
    }

    private static DateOnly? ParseAsOf(string? value, DateOnly today, List<string> notices)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (!DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            notices.Add(Text.Format("BadDate", value));
            return null;
        }

        if (day >= today)
        {
            notices.Add(Text.Format("DayNotEnded", day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
            return null;
        }

        return day;
    }

    /// <summary>How many items have one status and one topic.</summary>
    public sealed record StatusTopicCount(ItemStatus Status, string Topic, bool Withdrawn, int Count);

    /// <summary>An item as the view sees it: in a past view, Status, StatusChangedAt and Action are as they stood then.</summary>
    private sealed class ItemAt
    {
        public int Id { get; init; }

        public required string Slug { get; init; }

        public required string Title { get; init; }

        public required string TitleJa { get; init; }

        public required string Topic { get; init; }

        public string? LawId { get; init; }

        public ItemStatus Status { get; init; }

        public DateTimeOffset StatusChangedAt { get; init; }

        public bool Withdrawn { get; init; }

        public bool LaterRetracted { get; init; }
        /// <summary>Null in a past view before the item's first level was set.</summary>
        public ActionLevel? Action { get; init; }
    }
}
