namespace JapanAiGov.Web.Polling;

/// <summary>What a revision changes, article by article, compared with the revision before it.</summary>
public sealed record ArticleDiff(IReadOnlyList<LawArticle> Added, IReadOnlyList<LawArticle> Removed, IReadOnlyList<ArticleChange> Changed)
{
    public static readonly ArticleDiff Empty = new([], [], []);

    public bool IsEmpty => Added.Count == 0 && Removed.Count == 0 && Changed.Count == 0;

    /// <summary>Matches articles by key; the result keeps the new text's order (removed ones in the old order).</summary>
    public static ArticleDiff Compare(IReadOnlyList<LawArticle> oldArticles, IReadOnlyList<LawArticle> newArticles)
    {
        var oldByKey = new Dictionary<string, LawArticle>(oldArticles.Count, StringComparer.Ordinal);
        foreach (var article in oldArticles)
        {
            oldByKey.TryAdd(article.Key, article);
        }

        var newKeys = new HashSet<string>(StringComparer.Ordinal);
        var added = new List<LawArticle>();
        var changed = new List<ArticleChange>();
        foreach (var article in newArticles)
        {
            if (!newKeys.Add(article.Key))
            {
                continue;
            }

            if (!oldByKey.TryGetValue(article.Key, out var old))
            {
                added.Add(article);
            }
            else if (!old.SameTextAs(article))
            {
                changed.Add(new ArticleChange(old, article));
            }
        }

        var removed = oldArticles.Where(a => !newKeys.Contains(a.Key)).DistinctBy(a => a.Key).ToList();
        return new ArticleDiff(added, removed, changed);
    }
}
