using JapanAiGov.Web.Polling;
using JapanAiGov.Web.Sources;

namespace JapanAiGov.Web.Tests.Polling;

public sealed class ArticleDiffTests
{
    private static LawArticle Article(string key, string title, params string[] lines) => new(key, title, null, lines);

    [Fact]
    public void Compare_MatchesByKey_ReportsAddedRemovedAndChangedInOrder()
    {
        var before = new[] { Article("1", "第一条", "同じ。"), Article("2", "第二条", "旧。"), Article("3", "第三条", "消える。") };
        var after = new[] { Article("1", "第一条", "同じ。"), Article("2", "第二条", "新。"), Article("2_2", "第二条の二", "加わる。") };

        var diff = ArticleDiff.Compare(before, after);

        Assert.Equal("2", Assert.Single(diff.Changed).New.Key);
        Assert.Equal("2_2", Assert.Single(diff.Added).Key);
        Assert.Equal("3", Assert.Single(diff.Removed).Key);
    }

    [Fact]
    public void Compare_SameText_IsEmpty()
    {
        var articles = new[] { Article("1", "第一条", "同じ。") };

        Assert.True(ArticleDiff.Compare(articles, [Article("1", "第一条", "同じ。")]).IsEmpty);
    }

    [Fact]
    public void Comparison_ChangedLine_MarksOnlyTheChangedCharactersOnEachSide()
    {
        var comparison = ArticleComparison.Build(
            Article("2", "第二条", "文字、番号、記号その他の符号をいう。", "２　変わらない。"),
            Article("2", "第二条", "文字、番号、記号、生体情報その他の符号をいう。", "２　変わらない。"));

        Assert.Equal("第二条", comparison.Heading);
        Assert.Equal(2, comparison.Rows.Count);
        var changed = comparison.Rows[0];
        Assert.Equal(ComparisonCellKind.Changed, changed.New.Kind);
        Assert.Equal("、生体情報", string.Concat(changed.New.Spans.Where(s => s.Changed).Select(s => s.Text)));
        Assert.Equal("文字、番号、記号その他の符号をいう。", string.Concat(changed.Old.Spans.Select(s => s.Text)));
        Assert.DoesNotContain(changed.Old.Spans, s => s.Changed);
        Assert.True(comparison.Rows[1].IsUnchanged);
    }

    [Fact]
    public void Comparison_NewCaption_ComparesTheHeadingToo()
    {
        var comparison = ArticleComparison.Build(
            new LawArticle("2", "第二条", "（定義）", ["同じ。"]),
            new LawArticle("2", "第二条", "（定義等）", ["同じ。"]));

        Assert.Equal(ComparisonCellKind.Changed, comparison.Rows[0].New.Kind);
        Assert.Equal("等", string.Concat(comparison.Rows[0].New.Spans.Where(s => s.Changed).Select(s => s.Text)));
    }

    [Fact]
    public void Comparison_AddedLine_LeavesTheOldSideEmpty()
    {
        var comparison = ArticleComparison.Build(
            Article("2", "第二条", "一項。"),
            Article("2", "第二条", "一項。", "２　二項を加える。"));

        var added = comparison.Rows.Single(r => !r.IsUnchanged);
        Assert.Equal(ComparisonCellKind.Empty, added.Old.Kind);
        Assert.Equal(ComparisonCellKind.Whole, added.New.Kind);
        Assert.Equal("２　二項を加える。", Assert.Single(added.New.Spans).Text);
    }

    [Fact]
    public void SetDiff_SummarisesHeadingsForTheInbox()
    {
        var update = new LegislativeUpdate();
        var diff = new ArticleDiff([Article("9", "第九条")], [Article("3", "第三条")], [new ArticleChange(Article("2", "第二条"), Article("2", "第二条"))]);

        update.SetDiff(LegislativeDiffStatus.Compared, diff);

        Assert.Equal((1, 1, 1), (update.ArticlesChanged, update.ArticlesAdded, update.ArticlesRemoved));
        Assert.Equal("第二条、第九条（新設）、第三条（削除）", update.ChangedArticles);
    }

    [Fact]
    public void Acknowledge_Twice_OnlyTheFirstCounts()
    {
        var update = new LegislativeUpdate();
        var now = new DateTimeOffset(2026, 11, 24, 0, 0, 0, TimeSpan.Zero);

        Assert.True(update.Acknowledge("Ed", now));
        Assert.False(update.Acknowledge("Other", now.AddHours(1)));
        Assert.Equal("Ed", update.AcknowledgedBy);
        Assert.Equal(LegislativeUpdateState.Acknowledged, update.State);
    }
}
