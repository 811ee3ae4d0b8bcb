using JapanAiGov.Web.Items;

namespace JapanAiGov.Web.Tests.Items;

/// <summary>The rules of retracting a status change and of withdrawing an item (issue 23), without a host.</summary>
public sealed class CorrectionRulesTests
{
    private static readonly DateTimeOffset Earlier = new(2026, 11, 20, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 9, 0, 0, TimeSpan.Zero);
    private const string Reason = "Published in error: the text was a draft.";

    private static (RegulatoryItem Item, StatusChange Change) ItemWithChange()
    {
        var item = new RegulatoryItem { Id = 7, Slug = "pipa", Title = "PIPA", Topic = "privacy", Status = ItemStatus.Reported, Version = 3 };
        var change = item.ChangeStatus(ItemStatus.Confirmed, "The text is on e-Gov.", "https://laws.e-gov.go.jp/law/1", null, "Ed", "u1", Earlier);
        return (item, change);
    }

    [Fact]
    public void Retract_MarksTheChange_AndReturnsTheItemToTheStatusBefore()
    {
        var (item, change) = ItemWithChange();
        var version = item.Version;

        item.RetractLastChange(change, "  " + Reason + "  ", "Chief editor", "u2", Now);

        Assert.Equal(ItemStatus.Reported, item.Status);
        Assert.Equal(Now, item.StatusChangedAt);
        Assert.Equal(Now, item.UpdatedAt);
        Assert.Equal(version + 1, item.Version);
        Assert.Equal(Now, change.RetractedAt);
        Assert.Equal("Chief editor", change.RetractedBy);
        Assert.Equal("u2", change.RetractedByUserId);
        Assert.Equal(Reason, change.RetractionReason);
        Assert.True(change.IsRetracted);
        Assert.Equal(ItemStatus.Confirmed, change.ToStatus);
        Assert.Equal("The text is on e-Gov.", change.Reason);
    }

    [Fact]
    public void Retract_TwiceTheSameChange_IsRefusedWithWhoAndWhen()
    {
        var (item, change) = ItemWithChange();
        item.RetractLastChange(change, Reason, "Chief editor", null, Now);

        var error = Assert.Single(item.ValidateRetraction(change, Reason));
        Assert.Equal(string.Empty, error.Field);
        Assert.Contains("already retracted", error.Message, StringComparison.Ordinal);
        Assert.Contains("Chief editor", error.Message, StringComparison.Ordinal);
        Assert.Throws<InvalidOperationException>(() => item.RetractLastChange(change, Reason, "Other", null, Now));
        Assert.Equal(ItemStatus.Reported, item.Status);
    }

    [Fact]
    public void Retract_TheFirstStatus_OrNothing_IsRefused()
    {
        var item = new RegulatoryItem { Id = 7, Slug = "pipa", Title = "PIPA", Topic = "privacy" };
        var first = item.StartTracking(ItemStatus.Reported, "Reported by Yomiuri.", null, "Ed", null, Earlier);

        Assert.Contains("no change to retract", Assert.Single(item.ValidateRetraction(first, Reason)).Message, StringComparison.Ordinal);
        Assert.Contains("no change to retract", Assert.Single(item.ValidateRetraction(null, Reason)).Message, StringComparison.Ordinal);
        Assert.Throws<InvalidOperationException>(() => item.RetractLastChange(first, Reason, "Ed", null, Now));
        Assert.Null(first.RetractedAt);
    }

    [Theory]
    [InlineData(null, "ReasonRequired")]
    [InlineData("   ", "ReasonRequired")]
    [InlineData("123456789", "ReasonLength")]
    public void Retract_WithoutAProperReason_IsRefused(string? reason, string expected)
    {
        var (item, change) = ItemWithChange();

        var error = Assert.Single(item.ValidateRetraction(change, reason));

        Assert.Equal("Reason", error.Field);
        Assert.Equal(expected == "ReasonRequired" ? "Give a reason for the change." : "The reason must be 10–2000 characters long.", error.Message);
    }

    [Fact]
    public void Retract_ReasonLengthEdges_AreInclusive()
    {
        var (item, change) = ItemWithChange();

        Assert.Empty(item.ValidateRetraction(change, new string('a', RegulatoryItem.ReasonMinLength)));
        Assert.Empty(item.ValidateRetraction(change, new string('a', RegulatoryItem.ReasonMaxLength)));
        Assert.Single(item.ValidateRetraction(change, new string('a', RegulatoryItem.ReasonMaxLength + 1)));
    }

    [Fact]
    public void Retract_AChangeOfAnotherItem_IsRefused()
    {
        var (item, _) = ItemWithChange();
        var (_, foreign) = ItemWithChange();
        foreign.ItemId = 8;

        Assert.Throws<InvalidOperationException>(() => item.RetractLastChange(foreign, Reason, "Ed", null, Now));
        Assert.Equal(ItemStatus.Confirmed, item.Status);
    }

    [Fact]
    public void Withdraw_KeepsTheStatus_MarksTheItem_AndRecordsTheEntry()
    {
        var (item, _) = ItemWithChange();
        var version = item.Version;

        var entry = item.ChangeWithdrawal(true, " " + Reason + " ", " https://www.yomiuri.co.jp/x ", "Ed", "u1", Now);

        Assert.Equal(ItemStatus.Confirmed, item.Status);
        Assert.True(item.IsWithdrawn);
        Assert.Equal(Now, item.WithdrawnAt);
        Assert.Equal(Reason, item.WithdrawalReason);
        Assert.Equal(version + 1, item.Version);
        Assert.True(entry.Withdrawn);
        Assert.Equal(Reason, entry.Reason);
        Assert.Equal("https://www.yomiuri.co.jp/x", entry.EvidenceUrl);
        Assert.Equal((7, "Ed", "u1", Now), (entry.ItemId, entry.ChangedBy, entry.ChangedByUserId, entry.ChangedAt));
    }

    [Fact]
    public void Restore_ClearsTheMark_AndNeedsNoEvidence()
    {
        var (item, _) = ItemWithChange();
        item.ChangeWithdrawal(true, Reason, "https://www.yomiuri.co.jp/x", "Ed", null, Earlier);

        Assert.Empty(item.ValidateWithdrawal(false, Reason, null));
        var entry = item.ChangeWithdrawal(false, Reason, "  ", "Ed", null, Now);

        Assert.False(item.IsWithdrawn);
        Assert.Null(item.WithdrawnAt);
        Assert.Null(item.WithdrawalReason);
        Assert.False(entry.Withdrawn);
        Assert.Null(entry.EvidenceUrl);
    }

    [Fact]
    public void Withdrawal_InTheStateItIsAlreadyIn_IsRefused()
    {
        var (item, _) = ItemWithChange();
        Assert.Contains("not withdrawn", Assert.Single(item.ValidateWithdrawal(false, Reason, null)).Message, StringComparison.Ordinal);
        Assert.Throws<InvalidOperationException>(() => item.ChangeWithdrawal(false, Reason, null, "Ed", null, Now));

        item.ChangeWithdrawal(true, Reason, "https://www.yomiuri.co.jp/x", "Ed", null, Now);
        Assert.Contains("already withdrawn", Assert.Single(item.ValidateWithdrawal(true, Reason, "https://www.yomiuri.co.jp/x")).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, "A withdrawal needs an evidence link")]
    [InlineData(" ", "A withdrawal needs an evidence link")]
    [InlineData("javascript:alert(1)", "must be a full http(s) URL")]
    [InlineData("yomiuri.co.jp/x", "must be a full http(s) URL")]
    public void Withdraw_WithoutProperEvidence_IsRefused(string? evidence, string expected)
    {
        var (item, _) = ItemWithChange();

        var error = Assert.Single(item.ValidateWithdrawal(true, Reason, evidence));

        Assert.Equal("EvidenceUrl", error.Field);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Restore_WithABadEvidenceLink_IsRefused_AndAReasonIsRequired()
    {
        var (item, _) = ItemWithChange();
        item.ChangeWithdrawal(true, Reason, "https://www.yomiuri.co.jp/x", "Ed", null, Now);

        Assert.Equal("EvidenceUrl", Assert.Single(item.ValidateWithdrawal(false, Reason, "not a url")).Field);
        Assert.Equal("Reason", Assert.Single(item.ValidateWithdrawal(false, "", null)).Field);
    }
}
