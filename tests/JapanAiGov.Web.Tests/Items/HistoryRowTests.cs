using JapanAiGov.Web.Items;

namespace JapanAiGov.Web.Tests.Items;

/// <summary>The history rows as a reader or a seed builds them, before any rule fills them in.</summary>
public sealed class HistoryRowTests
{
    [Fact]
    public void NewActionChange_HasEmptyTexts_NotNullOrAPlaceholder()
    {
        var change = new ActionChange { ChangedBy = "Ed" };

        // The columns are NOT NULL and the pages test for empty to fall back to the other language.
        Assert.Equal(
            Enumerable.Repeat(string.Empty, 6),
            new[] { change.Reason, change.ReasonJa, change.Trigger, change.TriggerJa, change.DueLabel, change.DueLabelJa });
        Assert.Null(change.FromLevel);
        Assert.Null(change.DueOn);
    }

    [Fact]
    public void StatusChange_IsRetractedOnlyOnceARetractionTimeIsSet()
    {
        var change = new StatusChange { Reason = "The text is on e-Gov.", ChangedBy = "Ed", RetractedBy = "Chief", RetractionReason = "Draft" };

        Assert.False(change.IsRetracted);

        change.RetractedAt = new DateTimeOffset(2026, 12, 6, 9, 0, 0, TimeSpan.Zero);

        Assert.True(change.IsRetracted);
    }
}
