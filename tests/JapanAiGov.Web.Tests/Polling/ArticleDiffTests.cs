using CsCheck;
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
    public void Empty_IsEmpty_AndEachKindOfChangeAloneIsNot()
    {
        var article = Article("1", "第一条", "本文。");

        Assert.True(ArticleDiff.Empty.IsEmpty);
        Assert.Equal((0, 0, 0), (ArticleDiff.Empty.Added.Count, ArticleDiff.Empty.Removed.Count, ArticleDiff.Empty.Changed.Count));
        Assert.False(new ArticleDiff([article], [], []).IsEmpty);
        Assert.False(new ArticleDiff([], [article], []).IsEmpty);
        Assert.False(new ArticleDiff([], [], [new ArticleChange(article, article)]).IsEmpty);
    }

    [Fact]
    public void Compare_KeepsTheNewOrderForAddedAndChanged_AndTheOldOrderForRemoved()
    {
        var before = new[] { Article("5", "第五条", "五。"), Article("1", "第一条", "一。"), Article("9", "第九条", "九。"), Article("3", "第三条", "三。") };
        var after = new[] { Article("3", "第三条", "三、改。"), Article("7", "第七条", "七。"), Article("1", "第一条", "一、改。"), Article("2", "第二条", "二。") };

        var diff = ArticleDiff.Compare(before, after);

        Assert.Equal(["7", "2"], diff.Added.Select(a => a.Key));
        Assert.Equal(["3", "1"], diff.Changed.Select(c => c.New.Key));
        Assert.Equal(["三。"], diff.Changed[0].Old.Lines);
        Assert.Equal(["三、改。"], diff.Changed[0].New.Lines);
        Assert.Equal(["5", "9"], diff.Removed.Select(a => a.Key));
    }

    [Fact]
    public void Compare_ChangedCaptionOrTitleOrLineCount_IsAChange()
    {
        var before = new[] { new LawArticle("1", "第一条", "（目的）", ["一。"]), Article("2", "第二条", "二。"), Article("3", "第三条", "三。") };
        var after = new[] { new LawArticle("1", "第一条", "（目的等）", ["一。"]), Article("2", "第二条の二", "二。"), Article("3", "第三条", "三。", "２　加える。") };

        Assert.Equal(["1", "2", "3"], ArticleDiff.Compare(before, after).Changed.Select(c => c.New.Key));
    }

    [Fact]
    public void Compare_DuplicateKeys_TheFirstOnEachSideCounts_AndLaterArticlesAreStillCompared()
    {
        var before = new[] { Article("1", "第一条", "旧。"), Article("1", "第一条", "重複。"), Article("2", "第二条", "二。"), Article("4", "第四条", "四。"), Article("4", "第四条", "四。") };
        var after = new[] { Article("1", "第一条", "新。"), Article("1", "第一条", "旧。"), Article("2", "第二条", "二、改。"), Article("3", "第三条", "三。"), Article("3", "第三条", "別。") };

        var diff = ArticleDiff.Compare(before, after);

        Assert.Equal(["1", "2"], diff.Changed.Select(c => c.New.Key));
        Assert.Equal(["旧。"], diff.Changed[0].Old.Lines);
        Assert.Equal(["新。"], diff.Changed[0].New.Lines);
        Assert.Equal(["三。"], Assert.Single(diff.Added).Lines);
        Assert.Equal("4", Assert.Single(diff.Removed).Key);
    }

    private static readonly Gen<LawArticle[]> Articles =
        Gen.Select(
                Gen.Int[1, 12],
                Gen.OneOf(Gen.Const("一。"), Gen.Const("二。"), Gen.Const("三。")).Array[0, 2],
                (key, lines) => new LawArticle(key.ToString(System.Globalization.CultureInfo.InvariantCulture), "第" + key + "条", null, lines))
            .Array[0, 8];

    [Fact]
    public void Compare_AnyTwoRevisions_AccountsForEveryKeyOnce() =>
        Gen.Select(Articles, Articles).Sample((before, after) =>
        {
            var diff = ArticleDiff.Compare(before, after);
            var oldKeys = before.Select(a => a.Key).ToHashSet();
            var newKeys = after.Select(a => a.Key).ToHashSet();

            Assert.Equal(newKeys.Except(oldKeys).Order(), diff.Added.Select(a => a.Key).Order());
            Assert.Equal(oldKeys.Except(newKeys).Order(), diff.Removed.Select(a => a.Key).Order());
            Assert.All(diff.Changed, c => Assert.True(oldKeys.Contains(c.New.Key) && c.Old.Key == c.New.Key && !c.Old.SameTextAs(c.New)));
            var unchanged = newKeys.Intersect(oldKeys).Count() - diff.Changed.Count;
            Assert.Equal(
                unchanged,
                newKeys.Intersect(oldKeys).Count(k => before.First(a => a.Key == k).SameTextAs(after.First(a => a.Key == k))));
            Assert.True(ArticleDiff.Compare(after, after).IsEmpty);
            Assert.Equal(diff.IsEmpty, diff.Added.Count + diff.Removed.Count + diff.Changed.Count == 0);
        });

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
