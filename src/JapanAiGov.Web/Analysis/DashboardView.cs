using System.Globalization;
using JapanAiGov.Web.Items;
using Microsoft.AspNetCore.WebUtilities;

namespace JapanAiGov.Web.Analysis;

/// <summary>The result of a <see cref="DashboardQuery"/>: what the dashboard shows and /export.csv writes.</summary>
public sealed class DashboardView
{
    /// <summary>The statuses shown (?status=Reported,Confirmed); empty for every status.</summary>
    public IReadOnlyList<ItemStatus> Statuses { get; init; } = [];

    /// <summary>The one status shown, for the filter's drop-down; null for every status or several.</summary>
    public ItemStatus? StatusFilter => Statuses.Count == 1 ? Statuses[0] : null;

    /// <summary>The action levels shown (?action=Prepare,Act); empty for every level.</summary>
    public IReadOnlyList<ActionLevel> Actions { get; init; } = [];

    /// <summary>The one level shown, for the filter's drop-down; null for every level or several.</summary>
    public ActionLevel? ActionFilter => Actions.Count == 1 ? Actions[0] : null;

    public string? Topic { get; init; }

    public SearchQuery Search { get; init; } = SearchQuery.Empty;

    /// <summary>The day of a past view (status at the end of that day in Japan, JST); null for the current view.</summary>
    public DateOnly? AsOf { get; init; }

    /// <summary>The value of <c>?withdrawn=</c> that shows withdrawn items.</summary>
    public const string IncludeWithdrawnValue = "include";

    /// <summary>Whether withdrawn items are shown (<c>?withdrawn=include</c>), marked; hidden by default.</summary>
    public bool IncludeWithdrawn { get; init; }

    /// <summary>Problems with the query that were ignored (unknown status, bad date), to show the reader.</summary>
    public IReadOnlyList<string> Notices { get; init; } = [];

    public IReadOnlyDictionary<ItemStatus, int> Counts { get; init; } = new Dictionary<ItemStatus, int>();

    public IReadOnlyList<string> Topics { get; init; } = [];

    public IReadOnlyList<DashboardRow> Rows { get; init; } = [];

    public int TotalItems => Counts.Values.Sum();

    /// <summary>How many items match the filters and search, over every page.</summary>
    public int MatchCount { get; init; }

    /// <summary>The page shown, from 1; always one that exists (page 1 when nothing matches).</summary>
    public int Page { get; init; } = 1;

    public int PageCount { get; init; } = 1;

    public int PageSize { get; init; } = DashboardQuery.PageSize;

    /// <summary>The position of the first row shown among all matches, from 1 (0 when nothing matches).</summary>
    public int FirstRowNumber => Rows.Count == 0 ? 0 : ((Page - 1) * PageSize) + 1;

    public int LastRowNumber => FirstRowNumber == 0 ? 0 : FirstRowNumber + Rows.Count - 1;

    /// <summary>
    /// The page numbers to link, in order, with null where a run is left out: the first and last pages and two either
    /// side of the current one (1 … 4 5 [6] 7 8 … 100), so a hundred pages never make a hundred links.
    /// </summary>
    public IReadOnlyList<int?> PageNumbers()
    {
        var shown = Enumerable.Range(1, PageCount).Where(p => p == 1 || p == PageCount || Math.Abs(p - Page) <= 2).ToList();
        var result = new List<int?>();
        foreach (var page in shown)
        {
            if (result.Count > 0 && page - result[^1] > 1)
            {
                result.Add(null);
            }

            result.Add(page);
        }

        return result;
    }

    /// <summary>A link to another page of exactly this view (filters, search and day kept).</summary>
    public string PageLink(int page) => Link("/", Statuses, Actions, Topic, Search.IsEmpty ? null : Search.Text, AsOf, IncludeWithdrawn, page);

    public bool IsPastView => AsOf is not null;

    public bool IsFiltered => Statuses.Count > 0 || Actions.Count > 0 || Topic is not null || !Search.IsEmpty || IsPastView || IncludeWithdrawn;

    /// <summary>A link to <paramref name="path"/> carrying this view's valid filters, e.g. the CSV export of exactly this view.</summary>
    public string LinkTo(string path) => Link(path, Statuses, Actions, Topic, Search.IsEmpty ? null : Search.Text, AsOf, IncludeWithdrawn);

    /// <summary>A status card's link: that status (or all), on the same day as this view.</summary>
    public string CardLink(ItemStatus? status) => Link("/", status is { } s ? [s] : [], [], null, null, AsOf, IncludeWithdrawn);

    /// <summary>This view's filters on today's statuses: the way back from a past view.</summary>
    public string TodayLink() => Link("/", Statuses, Actions, Topic, Search.IsEmpty ? null : Search.Text, null, IncludeWithdrawn);

    /// <summary>A topic's link from a row, on the same day as this view.</summary>
    public string TopicLink(string topic) => Link("/", [], [], topic, null, AsOf, IncludeWithdrawn);

    /// <summary>An action level's link from a row: that level, on the same day as this view.</summary>
    public string ActionLink(ActionLevel level) => Link("/", [], [level], null, null, AsOf, IncludeWithdrawn);

    /// <summary>This view with withdrawn items shown or hidden: the toggle under the filters.</summary>
    public string WithdrawnLink(bool include) => Link("/", Statuses, Actions, Topic, Search.IsEmpty ? null : Search.Text, AsOf, include);

    private static string Link(string path, IReadOnlyList<ItemStatus> statuses, IReadOnlyList<ActionLevel> actions, string? topic, string? search, DateOnly? asOf, bool includeWithdrawn, int page = 1)
    {
        var query = new Dictionary<string, string?>();
        if (statuses.Count > 0)
        {
            query["status"] = ItemStatusNames.Format(statuses);
        }

        if (actions.Count > 0)
        {
            query["action"] = EnumNames.Format(actions);
        }

        if (topic is not null)
        {
            query["topic"] = topic;
        }

        if (search is not null)
        {
            query["q"] = search;
        }

        if (asOf is { } day)
        {
            query["asof"] = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        if (includeWithdrawn)
        {
            query["withdrawn"] = IncludeWithdrawnValue;
        }

        if (page > 1)
        {
            query["page"] = page.ToString(CultureInfo.InvariantCulture);
        }

        return QueryHelpers.AddQueryString(path, query);
    }
}
