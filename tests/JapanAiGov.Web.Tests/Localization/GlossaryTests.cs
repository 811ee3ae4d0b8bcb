using System.Globalization;
using JapanAiGov.Web.Items;

namespace JapanAiGov.Web.Tests.Localization;

/// <summary>The status and action-level labels are exactly the glossary's (docs/glossary.md), in both languages.</summary>
public sealed class GlossaryTests
{
    [Theory]
    [InlineData(ItemStatus.Reported, "Reported", "報道段階")]
    [InlineData(ItemStatus.Confirmed, "Confirmed", "確認済み")]
    [InlineData(ItemStatus.PendingMetiAnnex, "Pending METI annex", "経産省附属書待ち")]
    public void StatusLabel_IsTheGlossaryTerm(ItemStatus status, string english, string japanese)
    {
        Assert.Equal(english, status.Label(CultureInfo.GetCultureInfo("en")));
        Assert.Equal(japanese, status.Label(CultureInfo.GetCultureInfo("ja")));
        Assert.Equal(japanese, status.Label(CultureInfo.GetCultureInfo("ja-JP")));
        Assert.Equal(english, status.Label(CultureInfo.InvariantCulture));
    }

    [Fact]
    public void GlossaryDocument_ListsEveryStatusWithTheSameLabels()
    {
        var rows = File.ReadAllLines(Path.Combine(RepositoryRoot.Path, "docs", "glossary.md"))
            .Where(line => line.StartsWith("| `", StringComparison.Ordinal))
            .Select(line => line.Split('|', StringSplitOptions.TrimEntries))
            .ToDictionary(cells => cells[1].Trim('`'), cells => (English: cells[2], Japanese: cells[3]));

        foreach (var status in Enum.GetValues<ItemStatus>())
        {
            Assert.True(rows.TryGetValue(status.ToString(), out var row), $"docs/glossary.md has no row for {status}");
            Assert.Equal(row.English, status.Label(CultureInfo.GetCultureInfo("en")));
            Assert.Equal(row.Japanese, status.Label(CultureInfo.GetCultureInfo("ja")));
        }
    }

    [Theory]
    [InlineData(ActionLevel.Monitor, "Monitor", "注視")]
    [InlineData(ActionLevel.Prepare, "Prepare", "準備")]
    [InlineData(ActionLevel.Act, "Act", "対応")]
    public void ActionLabel_IsTheGlossaryTerm(ActionLevel level, string english, string japanese)
    {
        Assert.Equal(english, level.Label(CultureInfo.GetCultureInfo("en")));
        Assert.Equal(japanese, level.Label(CultureInfo.GetCultureInfo("ja-JP")));
        Assert.Equal(english, level.Label(CultureInfo.InvariantCulture));
    }

    [Fact]
    public void GlossaryDocument_ListsEveryActionLevelWithTheSameLabels()
    {
        var rows = File.ReadAllLines(Path.Combine(RepositoryRoot.Path, "docs", "glossary.md"))
            .Where(line => line.StartsWith("| `", StringComparison.Ordinal))
            .Select(line => line.Split('|', StringSplitOptions.TrimEntries))
            .ToDictionary(cells => cells[1].Trim('`'), cells => (English: cells[2], Japanese: cells[3]));

        foreach (var level in Enum.GetValues<ActionLevel>())
        {
            Assert.True(rows.TryGetValue(level.ToString(), out var row), $"docs/glossary.md has no row for {level}");
            Assert.Equal(row.English, level.Label(CultureInfo.GetCultureInfo("en")));
            Assert.Equal(row.Japanese, level.Label(CultureInfo.GetCultureInfo("ja")));
        }
    }
}
