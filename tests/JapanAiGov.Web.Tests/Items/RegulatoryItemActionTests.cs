using JapanAiGov.Web.Alerts;
using JapanAiGov.Web.Changes;
using JapanAiGov.Web.Items;

namespace JapanAiGov.Web.Tests.Items;

public sealed class RegulatoryItemActionTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 6, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Earlier = Now.AddDays(-3);
    private const string Reason = "Keep current data handling for now.";

    private static RegulatoryItem NewItem() => new() { Id = 7, Slug = "pipa", Title = "PIPA", Topic = "privacy", Version = 4 };

    private static RegulatoryItem ItemAt(ActionLevel level)
    {
        var item = NewItem();
        item.ChangeAction(new ActionRequest(level, Reason, null), "Seed", null, Earlier);
        return item;
    }

    [Fact]
    public void ChangeAction_FirstSetting_RecordsNoFromLevelEvenAtTheDefaultLevel()
    {
        var item = NewItem();

        var change = item.ChangeAction(new ActionRequest(ActionLevel.Monitor, Reason, "現在のデータの取扱いを維持してください。"), "Editor Ed", "u1", Now);

        Assert.Null(change.FromLevel);
        Assert.Equal(ActionLevel.Monitor, change.ToLevel);
        Assert.Equal(ActionLevel.Monitor, item.Action);
        Assert.Equal(Now, item.ActionChangedAt);
        Assert.Same(change, Assert.Single(item.ActionChanges));
        Assert.Equal(7, change.ItemId);
        Assert.Same(item, change.Item);
        Assert.Equal("Editor Ed", change.ChangedBy);
        Assert.Equal("u1", change.ChangedByUserId);
        Assert.Equal(Now, change.ChangedAt);
    }

    [Fact]
    public void ChangeAction_ToAnotherLevel_MovesTheItemCopiesItsTextsAndBumpsTheVersion()
    {
        var item = ItemAt(ActionLevel.Monitor);
        var version = item.Version;

        var change = item.ChangeAction(
            new ActionRequest(ActionLevel.Prepare, "  Draft the consent changes now.  ", "同意の変更案を準備してください。", " The e-Gov text. ", "e-Govの本文。", new DateOnly(2027, 1, 31), " comment deadline ", "意見募集の締切"),
            "Editor Ed",
            "u1",
            Now);

        Assert.Equal(ActionLevel.Monitor, change.FromLevel);
        Assert.Equal(ActionLevel.Prepare, item.Action);
        Assert.Equal(version + 1, item.Version);
        Assert.Equal(Now, item.UpdatedAt);
        Assert.Equal(Now, item.ActionChangedAt);
        Assert.Equal("Draft the consent changes now.", item.ActionReason);
        Assert.Equal("同意の変更案を準備してください。", item.ActionReasonJa);
        Assert.Equal("The e-Gov text.", item.ActionTrigger);
        Assert.Equal("e-Govの本文。", item.ActionTriggerJa);
        Assert.Equal(new DateOnly(2027, 1, 31), item.ActionDueOn);
        Assert.Equal("comment deadline", item.ActionDueLabel);
        Assert.Equal("意見募集の締切", item.ActionDueLabelJa);
        Assert.Equal(item.ActionReason, change.Reason);
        Assert.Equal(item.ActionTrigger, change.Trigger);
        Assert.Equal(item.ActionDueLabel, change.DueLabel);
        Assert.Equal(2, item.ActionChanges.Count);
    }

    [Fact]
    public void ChangeAction_ToAnotherLevelWithoutOptionalTexts_ClearsThePreviousOnes()
    {
        var item = NewItem();
        item.ChangeAction(new ActionRequest(ActionLevel.Monitor, Reason, null, "The e-Gov text.", null, new DateOnly(2027, 1, 31), "deadline"), "Seed", null, Earlier);

        item.ChangeAction(new ActionRequest(ActionLevel.Act, null, "直ちに取扱いを変更してください。"), "Editor Ed", null, Now);

        Assert.Equal(string.Empty, item.ActionReason);
        Assert.Equal(string.Empty, item.ActionTrigger);
        Assert.Null(item.ActionDueOn);
        Assert.Equal(string.Empty, item.ActionDueLabel);
    }

    [Theory]
    [InlineData(ActionLevel.Monitor)]
    [InlineData(ActionLevel.Prepare)]
    [InlineData(ActionLevel.Act)]
    public void ChangeAction_ToTheSameLevel_IsRejected(ActionLevel level)
    {
        var item = ItemAt(level);

        var error = Assert.Single(item.ValidateActionChange(new ActionRequest(level, Reason, null)));

        Assert.Equal("Level", error.Field);
        Assert.Contains("already at " + level, error.Message, StringComparison.Ordinal);
        Assert.Throws<InvalidOperationException>(() => item.ChangeAction(new ActionRequest(level, Reason, null), "Editor Ed", null, Now));
        Assert.Single(item.ActionChanges);
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData("", "")]
    [InlineData("   ", "\n")]
    public void ChangeAction_WithoutAReasonInEitherLanguage_IsRejected(string? reason, string? reasonJa)
    {
        var error = Assert.Single(NewItem().ValidateActionChange(new ActionRequest(ActionLevel.Prepare, reason, reasonJa)));

        Assert.Equal("Reason", error.Field);
        Assert.Contains("English, Japanese or both", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(RegulatoryItem.ReasonMinLength, true)]
    [InlineData(RegulatoryItem.ReasonMinLength - 1, false)]
    [InlineData(RegulatoryItem.ReasonMaxLength, true)]
    [InlineData(RegulatoryItem.ReasonMaxLength + 1, false)]
    public void ChangeAction_ReasonInOneLanguage_MustBeAsLongAsAStatusReason(int length, bool accepted)
    {
        var text = new string('x', length);

        var english = NewItem().ValidateActionChange(new ActionRequest(ActionLevel.Act, text, null));
        var japanese = NewItem().ValidateActionChange(new ActionRequest(ActionLevel.Act, null, new string('対', length)));

        Assert.Equal(accepted, english.Count == 0);
        Assert.Equal(accepted, japanese.Count == 0);
        Assert.All(english, e => Assert.Equal("Reason", e.Field));
        Assert.All(japanese, e => Assert.Equal("ReasonJa", e.Field));
    }

    [Fact]
    public void ChangeAction_ReasonLengthIsCountedAfterTrimming()
    {
        var padded = "  " + new string('x', RegulatoryItem.ReasonMinLength - 1) + "  ";

        Assert.Equal("Reason", Assert.Single(NewItem().ValidateActionChange(new ActionRequest(ActionLevel.Act, padded, null))).Field);
    }

    [Fact]
    public void ChangeAction_ShortSecondLanguage_IsRejectedEvenWithAGoodFirst()
    {
        var error = Assert.Single(NewItem().ValidateActionChange(new ActionRequest(ActionLevel.Act, Reason, "短い")));

        Assert.Equal("ReasonJa", error.Field);
    }

    [Theory]
    [InlineData("Trigger", RegulatoryItem.TriggerMaxLength, true)]
    [InlineData("Trigger", RegulatoryItem.TriggerMaxLength + 1, false)]
    [InlineData("TriggerJa", RegulatoryItem.TriggerMaxLength, true)]
    [InlineData("TriggerJa", RegulatoryItem.TriggerMaxLength + 1, false)]
    public void ChangeAction_Trigger_HasAMaximumLength(string field, int length, bool accepted)
    {
        var text = new string('x', length);
        var request = field == "Trigger"
            ? new ActionRequest(ActionLevel.Act, Reason, null, Trigger: text)
            : new ActionRequest(ActionLevel.Act, Reason, null, TriggerJa: text);

        var errors = NewItem().ValidateActionChange(request);

        Assert.Equal(accepted, errors.Count == 0);
        Assert.All(errors, e => Assert.Equal(field, e.Field));
    }

    [Theory]
    [InlineData("DueLabel", RegulatoryItem.DueLabelMaxLength, true)]
    [InlineData("DueLabel", RegulatoryItem.DueLabelMaxLength + 1, false)]
    [InlineData("DueLabelJa", RegulatoryItem.DueLabelMaxLength, true)]
    [InlineData("DueLabelJa", RegulatoryItem.DueLabelMaxLength + 1, false)]
    public void ChangeAction_DueLabel_HasAMaximumLength(string field, int length, bool accepted)
    {
        var text = new string('x', length);
        var due = new DateOnly(2027, 1, 31);
        var request = field == "DueLabel"
            ? new ActionRequest(ActionLevel.Act, Reason, null, DueOn: due, DueLabel: text)
            : new ActionRequest(ActionLevel.Act, Reason, null, DueOn: due, DueLabelJa: text);

        var errors = NewItem().ValidateActionChange(request);

        Assert.Equal(accepted, errors.Count == 0);
        Assert.All(errors, e => Assert.Contains("at most", e.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void ChangeAction_DueLabelWithoutADate_IsRejected()
    {
        var errors = NewItem().ValidateActionChange(new ActionRequest(ActionLevel.Act, Reason, null, DueLabel: "comment deadline", DueLabelJa: "締切"));

        Assert.Equal(["DueLabel", "DueLabelJa"], errors.Select(e => e.Field));
        Assert.All(errors, e => Assert.Contains("needs the date", e.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void ChangeAction_DateWithoutALabel_IsAccepted()
    {
        Assert.Empty(NewItem().ValidateActionChange(new ActionRequest(ActionLevel.Act, Reason, null, DueOn: new DateOnly(2027, 1, 31))));
    }

    [Fact]
    public void ActionLevelText_GivesTheGlossaryLabelsInJapanese()
    {
        var japanese = System.Globalization.CultureInfo.GetCultureInfo("ja");

        Assert.Equal(["注視", "準備", "対応"], Enum.GetValues<ActionLevel>().Select(l => l.Label(japanese)));
        Assert.Equal(["Monitor", "Prepare", "Act"], Enum.GetValues<ActionLevel>().Select(l => l.Label(System.Globalization.CultureInfo.GetCultureInfo("en"))));
    }

    [Theory]
    [InlineData("act", true, new[] { ActionLevel.Act })]
    [InlineData("Prepare, ACT,prepare", true, new[] { ActionLevel.Prepare, ActionLevel.Act })]
    [InlineData("", true, new ActionLevel[0])]
    [InlineData("2", false, new ActionLevel[0])]
    [InlineData("Monitor,Soon", false, new ActionLevel[0])]
    public void EnumNames_ParsesActionLevelsLikeStatuses(string text, bool valid, ActionLevel[] expected)
    {
        Assert.Equal(valid, EnumNames.TryParse<ActionLevel>(text, out var levels));
        Assert.Equal(expected, levels);
    }

    [Theory]
    [InlineData(AlertFollows.Both, ChangeKind.StatusChange, true)]
    [InlineData(AlertFollows.Both, ChangeKind.ActionChange, true)]
    [InlineData(AlertFollows.Status, ChangeKind.StatusChange, true)]
    [InlineData(AlertFollows.Status, ChangeKind.ActionChange, false)]
    [InlineData(AlertFollows.Action, ChangeKind.StatusChange, false)]
    [InlineData(AlertFollows.Action, ChangeKind.ActionChange, true)]
    [InlineData(AlertFollows.Status, ChangeKind.LegislativeUpdate, true)]
    [InlineData(AlertFollows.Action, ChangeKind.PublicComment, true)]
    [InlineData(AlertFollows.Action, ChangeKind.DietBill, true)]
    public void AlertFollows_Includes_OnlyNarrowsStatusAndActionChanges(AlertFollows follows, ChangeKind kind, bool expected) =>
        Assert.Equal(expected, follows.Includes(kind));
}
