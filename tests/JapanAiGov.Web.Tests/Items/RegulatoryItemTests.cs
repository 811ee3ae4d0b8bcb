using JapanAiGov.Web.Items;

namespace JapanAiGov.Web.Tests.Items;

public sealed class RegulatoryItemTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 9, 0, 0, TimeSpan.Zero);

    private static RegulatoryItem NewItem(ItemStatus status = ItemStatus.Reported) =>
        new() { Id = 7, Slug = "pipa", Title = "PIPA", Topic = "privacy", Status = status };

    [Fact]
    public void ChangeStatus_ToConfirmedWithOfficialEvidence_MovesStatusAndRecordsHistory()
    {
        var item = NewItem();

        var change = item.ChangeStatus(ItemStatus.Confirmed, "Promulgated; text on e-Gov.", "https://laws.e-gov.go.jp/law/415AC0000000057", new DateOnly(2027, 1, 1), "Editor Ed", "u1", Now);

        Assert.Equal(ItemStatus.Confirmed, item.Status);
        Assert.Equal(Now, item.StatusChangedAt);
        Assert.Equal(ItemStatus.Reported, change.FromStatus);
        Assert.Equal(ItemStatus.Confirmed, change.ToStatus);
        Assert.Equal(new DateOnly(2027, 1, 1), change.EffectiveOn);
        Assert.Same(change, Assert.Single(item.StatusChanges));
    }

    [Fact]
    public void ChangeStatus_ToSameStatus_IsRejected()
    {
        var errors = NewItem().ValidateStatusChange(ItemStatus.Reported, "Still only reported by the press.", null);

        var error = Assert.Single(errors);
        Assert.Equal("NewStatus", error.Field);
        Assert.Contains("already Reported", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("too short")]
    public void ChangeStatus_WithMissingOrShortReason_IsRejected(string? reason)
    {
        var errors = NewItem().ValidateStatusChange(ItemStatus.PendingMetiAnnex, reason, null);

        Assert.Equal("Reason", Assert.Single(errors).Field);
    }

    [Fact]
    public void ChangeStatus_WithOverlongReason_IsRejected()
    {
        var errors = NewItem().ValidateStatusChange(ItemStatus.PendingMetiAnnex, new string('x', RegulatoryItem.ReasonMaxLength + 1), null);

        Assert.Equal("Reason", Assert.Single(errors).Field);
    }

    [Fact]
    public void ChangeStatus_ToConfirmedWithoutEvidence_IsRejected()
    {
        var errors = NewItem().ValidateStatusChange(ItemStatus.Confirmed, "The text is out on e-Gov now.", null);

        Assert.Equal("EvidenceUrl", Assert.Single(errors).Field);
    }

    [Theory]
    [InlineData("https://www.theregister.com/2026/04/07/japan_privacy/")]
    [InlineData("http://laws.e-gov.go.jp/law/415AC0000000057")]
    [InlineData("https://go.jp.example.com/")]
    [InlineData("https://evil-go.jp/")]
    [InlineData("javascript:alert(1)")]
    [InlineData("laws.e-gov.go.jp/law/415AC0000000057")]
    public void ChangeStatus_ToConfirmedWithNonOfficialEvidence_IsRejected(string evidence)
    {
        var errors = NewItem().ValidateStatusChange(ItemStatus.Confirmed, "The text is out on e-Gov now.", evidence);

        Assert.Equal("EvidenceUrl", Assert.Single(errors).Field);
    }

    [Theory]
    [InlineData("https://laws.e-gov.go.jp/law/415AC0000000057")]
    [InlineData("https://www.meti.go.jp/press/2026/annex.html")]
    [InlineData("https://go.jp/")]
    public void ChangeStatus_ToConfirmedWithOfficialEvidence_IsAccepted(string evidence)
    {
        Assert.Empty(NewItem().ValidateStatusChange(ItemStatus.Confirmed, "The text is out on e-Gov now.", evidence));
    }

    [Fact]
    public void ChangeStatus_ToPendingWithPressEvidence_IsAccepted()
    {
        Assert.Empty(NewItem().ValidateStatusChange(ItemStatus.PendingMetiAnnex, "Cabinet deferred definitions to METI.", "https://www.theregister.com/"));
    }

    [Fact]
    public void ChangeStatus_WhenRulesAreBroken_ThrowsAndLeavesItemUnchanged()
    {
        var item = NewItem();

        Assert.Throws<InvalidOperationException>(() => item.ChangeStatus(ItemStatus.Confirmed, "short", null, null, "Ed", null, Now));
        Assert.Equal(ItemStatus.Reported, item.Status);
        Assert.Empty(item.StatusChanges);
    }
}
