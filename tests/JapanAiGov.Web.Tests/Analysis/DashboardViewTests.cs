using CsCheck;
using JapanAiGov.Web.Analysis;
using JapanAiGov.Web.Items;

namespace JapanAiGov.Web.Tests.Analysis;

public sealed class DashboardViewTests
{
    [Theory]
    [InlineData(1, 1, "1")]
    [InlineData(1, 3, "1 2 3")]
    [InlineData(1, 100, "1 2 3 … 100")]
    [InlineData(6, 100, "1 … 4 5 6 7 8 … 100")]
    [InlineData(4, 100, "1 2 3 4 5 6 … 100")]
    [InlineData(100, 100, "1 … 98 99 100")]
    public void PageNumbers_ShowFirstLastAndTwoEitherSide(int page, int pageCount, string expected)
    {
        var view = new DashboardView { Page = page, PageCount = pageCount };

        Assert.Equal(expected, string.Join(" ", view.PageNumbers().Select(p => p?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "…")));
    }

    [Fact]
    public void PageNumbers_AnyPageOfAnyCount_AreOrderedBoundedAndHoldTheEndsAndTheCurrentPage()
    {
        Gen.Int[1, 1000].SelectMany(count => Gen.Int[1, count].Select(page => (page, count))).Sample(t =>
        {
            var numbers = new DashboardView { Page = t.page, PageCount = t.count }.PageNumbers();
            var pages = numbers.OfType<int>().ToList();
            Assert.Equal(pages.Order(), pages);
            Assert.Equal(pages.Count, pages.Distinct().Count());
            Assert.Contains(1, pages);
            Assert.Contains(t.count, pages);
            Assert.Contains(t.page, pages);
            Assert.True(numbers.Count <= 9);
            Assert.DoesNotContain(numbers.Zip(numbers.Skip(1)), pair => pair.First is null && pair.Second is null);
        });
    }

    [Fact]
    public void PageLink_KeepsEveryFilterAndLeavesPageOneImplicit()
    {
        var view = new DashboardView
        {
            Statuses = [ItemStatus.Reported, ItemStatus.Confirmed],
            Topic = "privacy & data",
            Search = SearchQuery.Parse("個人情報 \"low-risk\""),
            AsOf = new DateOnly(2026, 10, 1),
        };

        Assert.Equal("/?status=Reported,Confirmed&topic=privacy%20%26%20data&q=%E5%80%8B%E4%BA%BA%E6%83%85%E5%A0%B1%20%22low-risk%22&asof=2026-10-01&page=3", view.PageLink(3));
        Assert.DoesNotContain("page=", view.PageLink(1), StringComparison.Ordinal);
    }
}
