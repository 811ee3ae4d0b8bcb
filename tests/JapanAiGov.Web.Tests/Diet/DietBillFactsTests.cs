using CsCheck;
using JapanAiGov.Web.Diet;

namespace JapanAiGov.Web.Tests.Diet;

public sealed class DietBillFactsTests
{
    private static readonly DateTimeOffset Monday = new(2026, 3, 2, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Tuesday = Monday.AddDays(1);

    /// <summary>Few labels and values, so generated pages overlap, repeat labels, blank and change each other's facts.</summary>
    private static readonly Gen<(string Label, string Value)[]> PageGen =
        Gen.Select(Gen.OneOf(Gen.Const("議案種類"), Gen.Const("衆議院付託年月日"), Gen.Const("衆議院審議結果"), Gen.Const("公布年月日"), Gen.Const(" 法律番号 ")),
                Gen.OneOf(Gen.Const(""), Gen.Const("  "), Gen.Const("可決"), Gen.Const("否決"), Gen.Const("令和 8年 3月 5日"), Gen.Const("令和  8年 3月 5日\n"), Gen.String),
                (label, value) => (label, value))
            .Array[0, 8];

    [Fact]
    public void Merge_FirstPage_AddsEveryFilledFactAndKeepsBlanksAsSeenLabels()
    {
        var merge = DietBillFacts.Merge([], [("衆議院付託年月日", "令和 8年 3月 5日"), ("衆議院付託委員会", "財務金融"), ("公布年月日", "")], Monday);

        Assert.Equal(
            [new DietFact("衆議院付託年月日", "令和 8年 3月 5日", Monday, null), new DietFact("衆議院付託委員会", "財務金融", Monday, null), new DietFact("公布年月日", "", Monday, null)],
            merge.Facts);
        Assert.Equal(["衆議院付託年月日", "衆議院付託委員会"], merge.Added.Select(f => f.Label));
        Assert.Empty(merge.Changed);
    }

    [Fact]
    public void Merge_BlankFilledLater_IsAddedWhenSeen()
    {
        var known = DietBillFacts.Merge([], [("公布年月日", "")], Monday).Facts;

        var merge = DietBillFacts.Merge(known, [("公布年月日", "令和 8年 3月31日")], Tuesday);

        Assert.Equal(new DietFact("公布年月日", "令和 8年 3月31日", Tuesday, null), Assert.Single(merge.Added));
        Assert.Empty(merge.Changed);
    }

    [Fact]
    public void Merge_CarriedOverBillsNewPageWithBlanks_ErasesNothing()
    {
        // A bill carried over gets a new progress page in the next session, blank for what the old page recorded.
        var known = DietBillFacts.Merge([], [("衆議院付託年月日", "令和 7年 11月 5日"), ("衆議院付託委員会", "内閣")], Monday).Facts;

        var merge = DietBillFacts.Merge(known, [("衆議院付託年月日", ""), ("衆議院付託委員会", "  ")], Tuesday);

        Assert.Equal(known, merge.Facts);
        Assert.False(merge.HasNews);
    }

    [Fact]
    public void Merge_DifferentValue_IsChangedWithTheOldOneKept()
    {
        var known = DietBillFacts.Merge([], [("衆議院審議結果", "可決")], Monday).Facts;

        var merge = DietBillFacts.Merge(known, [("衆議院審議結果", "修正")], Tuesday);

        var changed = Assert.Single(merge.Changed);
        Assert.Equal(new DietFact("衆議院審議結果", "修正", Tuesday, "可決"), changed);
        Assert.Equal([changed], merge.Facts);
        Assert.Empty(merge.Added);
    }

    [Fact]
    public void Merge_SameValueWithOtherSpacing_IsNoChange()
    {
        var known = DietBillFacts.Merge([], [("衆議院付託年月日", "令和 8年 3月 5日")], Monday).Facts;

        Assert.False(DietBillFacts.Merge(known, [("衆議院付託年月日", "  令和 8年\n3月 5日 ")], Tuesday).HasNews);
    }

    [Fact]
    public void Merge_LabelTwiceOnOnePage_TakesTheFirstFilledValue()
    {
        var merge = DietBillFacts.Merge([], [("議案提出者", ""), ("議案提出者", "内閣"), ("議案提出者", "別の値")], Monday);

        Assert.Equal("内閣", Assert.Single(merge.Facts).Value);
        Assert.Empty(merge.Changed);
    }

    [Fact]
    public void Merge_ProgressSampleTwice_SecondTimeHasNoNews()
    {
        var facts = DietProgressParser.Parse(DietSamples.Html(DietSamples.ProgressPage)).Facts;

        var first = DietBillFacts.Merge([], facts, Monday);
        var second = DietBillFacts.Merge(first.Facts, facts, Tuesday);

        Assert.Equal(21 + 9, first.Facts.Count);
        Assert.Equal(first.Facts.Count(f => !f.IsBlank), first.Added.Count);
        Assert.Equal(first.Facts, second.Facts);
        Assert.False(second.HasNews);
    }

    [Fact]
    public void Merge_AnyPageThenItsBlankCopy_LeavesTheFactsUnchanged() =>
        Gen.Select(PageGen.Array[0, 3], PageGen, (history, page) => (history, page)).Sample(sample =>
        {
            var known = Replay(sample.history);
            var merged = DietBillFacts.Merge(known, sample.page, Monday);
            var blank = sample.page.Select(f => (f.Label, Value: "")).ToArray();

            foreach (var blankPage in new[] { blank, [] })
            {
                var again = DietBillFacts.Merge(merged.Facts, blankPage, Tuesday);
                Assert.Equal(merged.Facts, again.Facts);
                Assert.False(again.HasNews);
            }
        });

    [Fact]
    public void Merge_SamePageTwice_IsIdempotent() =>
        Gen.Select(PageGen.Array[0, 3], PageGen, (history, page) => (history, page)).Sample(sample =>
        {
            var first = DietBillFacts.Merge(Replay(sample.history), sample.page, Monday);
            var second = DietBillFacts.Merge(first.Facts, sample.page, Tuesday);

            Assert.Equal(first.Facts, second.Facts);
            Assert.Empty(second.Added);
            Assert.Empty(second.Changed);
        });

    [Fact]
    public void Merge_AnyPage_NeverLosesAFilledFact() =>
        Gen.Select(PageGen.Array[0, 4], PageGen, (history, page) => (history, page)).Sample(sample =>
        {
            var known = Replay(sample.history);
            var merge = DietBillFacts.Merge(known, sample.page, Tuesday);
            var after = merge.Facts.ToDictionary(f => f.Label, StringComparer.Ordinal);

            Assert.True(merge.Facts.Count >= known.Count);
            foreach (var fact in known)
            {
                Assert.True(after.TryGetValue(fact.Label, out var now), $"{fact.Label} disappeared");
                if (!fact.IsBlank)
                {
                    Assert.False(now.IsBlank, $"{fact.Label} was blanked");
                    Assert.True(now == fact || (merge.Changed.Contains(now) && now.PreviousValue == fact.Value), $"{fact.Label} changed without being reported");
                }
            }

            Assert.All(merge.Added.Concat(merge.Changed), f => Assert.False(f.IsBlank));
            Assert.All(merge.Changed, f => Assert.Equal(Tuesday, f.FirstSeenAt));
        });

    private static IReadOnlyList<DietFact> Replay(IEnumerable<(string Label, string Value)[]> pages) =>
        pages.Aggregate((IReadOnlyList<DietFact>)[], (facts, page) => DietBillFacts.Merge(facts, page, Monday).Facts);
}
