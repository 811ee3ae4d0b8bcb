using JapanAiGov.Web.Items;

namespace JapanAiGov.Web.Tests.Items;

/// <summary>
/// The edges of the status rules that mutation testing found unpinned: reason lengths at and beside their limits,
/// how evidence links are checked and stored, the concurrency version, and errors reported together.
/// </summary>
public sealed class RegulatoryItemRulesTests
{
    private static readonly DateTimeOffset Earlier = new(2026, 11, 20, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 9, 0, 0, TimeSpan.Zero);
    private const string Reason = "Promulgated; the text is on e-Gov.";
    private const string Official = "https://laws.e-gov.go.jp/law/415AC0000000057";

    private static RegulatoryItem NewItem(ItemStatus status = ItemStatus.Reported, int version = 4) =>
        new() { Id = 7, Slug = "pipa", Title = "PIPA", Topic = "privacy", Status = status, Version = version, UpdatedAt = Earlier };

    [Theory]
    [InlineData(RegulatoryItem.ReasonMinLength - 1, false)]
    [InlineData(RegulatoryItem.ReasonMinLength, true)]
    [InlineData(RegulatoryItem.ReasonMinLength + 1, true)]
    [InlineData(RegulatoryItem.ReasonMaxLength - 1, true)]
    [InlineData(RegulatoryItem.ReasonMaxLength, true)]
    [InlineData(RegulatoryItem.ReasonMaxLength + 1, false)]
    public void ValidateStatusChange_ReasonLengthEdges_AreInclusive(int length, bool accepted)
    {
        var errors = NewItem().ValidateStatusChange(ItemStatus.PendingMetiAnnex, new string('x', length), null);

        if (accepted)
        {
            Assert.Empty(errors);
        }
        else
        {
            var error = Assert.Single(errors);
            Assert.Equal("Reason", error.Field);
            Assert.Equal("The reason must be 10–2000 characters long.", error.Message);
        }
    }

    [Theory]
    [InlineData(RegulatoryItem.ReasonMinLength - 1, false)]
    [InlineData(RegulatoryItem.ReasonMinLength, true)]
    [InlineData(RegulatoryItem.ReasonMaxLength, true)]
    [InlineData(RegulatoryItem.ReasonMaxLength + 1, false)]
    public void ValidateReasonAndEvidence_ReasonIsMeasuredAfterTrimming(int length, bool accepted)
    {
        var padded = "  \t" + new string('x', length) + " \n ";

        var errors = RegulatoryItem.ValidateReasonAndEvidence(ItemStatus.Reported, padded, null);

        Assert.Equal(accepted, errors.Count == 0);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" \t\n ")]
    public void ValidateStatusChange_BlankReason_AsksForAReasonRatherThanALength(string? reason)
    {
        var error = Assert.Single(NewItem().ValidateStatusChange(ItemStatus.PendingMetiAnnex, reason, null));

        Assert.Equal("Reason", error.Field);
        Assert.Equal("Give a reason for the change.", error.Message);
    }

    [Theory]
    [InlineData(ItemStatus.Reported)]
    [InlineData(ItemStatus.PendingMetiAnnex)]
    public void ValidateReasonAndEvidence_WithoutEvidence_IsAcceptedForEveryStatusButConfirmed(ItemStatus status)
    {
        Assert.Empty(RegulatoryItem.ValidateReasonAndEvidence(status, Reason, null));
        Assert.Empty(RegulatoryItem.ValidateReasonAndEvidence(status, Reason, "   "));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  \t ")]
    public void ValidateReasonAndEvidence_ConfirmedWithBlankEvidence_AsksForOfficialEvidence(string? evidence)
    {
        var error = Assert.Single(RegulatoryItem.ValidateReasonAndEvidence(ItemStatus.Confirmed, Reason, evidence));

        Assert.Equal("EvidenceUrl", error.Field);
        Assert.StartsWith("Confirmed needs an evidence link", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(ItemStatus.Reported, "not a link")]
    [InlineData(ItemStatus.PendingMetiAnnex, "ftp://laws.e-gov.go.jp/law/1")]
    [InlineData(ItemStatus.Confirmed, "/law/415AC0000000057")]
    public void ValidateReasonAndEvidence_EvidenceThatIsNotAnHttpUrl_IsRejectedForEveryStatus(ItemStatus status, string evidence)
    {
        var error = Assert.Single(RegulatoryItem.ValidateReasonAndEvidence(status, Reason, evidence));

        Assert.Equal("EvidenceUrl", error.Field);
        Assert.Equal("The evidence link must be a full http(s) URL.", error.Message);
    }

    [Theory]
    [InlineData("http://laws.e-gov.go.jp/law/1", "http://laws.e-gov.go.jp")]
    [InlineData("https://www.example.com/news?id=1", "https://www.example.com")]
    [InlineData("  https://go.jp.example.com/x  ", "https://go.jp.example.com")]
    public void ValidateReasonAndEvidence_ConfirmedWithUnofficialEvidence_NamesTheSchemeAndHost(string evidence, string named)
    {
        var error = Assert.Single(RegulatoryItem.ValidateReasonAndEvidence(ItemStatus.Confirmed, Reason, evidence));

        Assert.Equal("EvidenceUrl", error.Field);
        Assert.Equal($"Confirmed needs an official source: an https link on a *.go.jp host, not {named}.", error.Message);
    }

    [Theory]
    [InlineData("https://go.jp/", true)]
    [InlineData("https://GO.JP/", true)]
    [InlineData("https://www.METI.Go.Jp/press", true)]
    [InlineData("https://laws.e-gov.go.jp/law/1", true)]
    [InlineData("http://go.jp/", false)]
    [InlineData("http://www.meti.go.jp/", false)]
    [InlineData("https://go.jp.example.com/", false)]
    [InlineData("https://notgo.jp/", false)]
    [InlineData("https://go.jpx/", false)]
    [InlineData("https://jp/", false)]
    public void IsOfficialSource_IsHttpsOnGoJpOrASubdomain(string url, bool official)
    {
        Assert.Equal(official, RegulatoryItem.IsOfficialSource(new Uri(url)));
    }

    [Fact]
    public void ChangeStatus_StoresTheEvidenceLinkAndReasonTrimmed()
    {
        var item = NewItem();

        var change = item.ChangeStatus(ItemStatus.Confirmed, "\t " + Reason + " \n", "  " + Official + "\t", null, "Editor Ed", "u1", Now);

        Assert.Equal(Official, change.EvidenceUrl);
        Assert.Equal(Reason, change.Reason);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void ChangeStatus_WithBlankEvidence_StoresNoLink(string? evidence)
    {
        var change = NewItem().ChangeStatus(ItemStatus.PendingMetiAnnex, Reason, evidence, null, "Editor Ed", null, Now);

        Assert.Null(change.EvidenceUrl);
    }

    [Fact]
    public void ChangeStatus_RecordsWhoWhenAndWhichItem_AndBumpsTheVersionByExactlyOne()
    {
        var item = NewItem(version: 4);

        var change = item.ChangeStatus(ItemStatus.PendingMetiAnnex, Reason, null, new DateOnly(2027, 4, 1), "Editor Ed", "u1", Now);

        Assert.Equal(5, item.Version);
        Assert.Equal(Now, item.UpdatedAt);
        Assert.Equal(Now, item.StatusChangedAt);
        Assert.Equal(ItemStatus.PendingMetiAnnex, item.Status);
        Assert.Equal(7, change.ItemId);
        Assert.Same(item, change.Item);
        Assert.Equal(ItemStatus.Reported, change.FromStatus);
        Assert.Equal(ItemStatus.PendingMetiAnnex, change.ToStatus);
        Assert.Equal(new DateOnly(2027, 4, 1), change.EffectiveOn);
        Assert.Equal("Editor Ed", change.ChangedBy);
        Assert.Equal("u1", change.ChangedByUserId);
        Assert.Equal(Now, change.ChangedAt);
    }

    [Fact]
    public void ChangeStatus_Twice_BumpsTheVersionOncePerChange()
    {
        var item = NewItem(version: 0);

        item.ChangeStatus(ItemStatus.PendingMetiAnnex, Reason, null, null, "Ed", null, Earlier);
        item.ChangeStatus(ItemStatus.Confirmed, Reason, Official, null, "Ed", null, Now);

        Assert.Equal(2, item.Version);
        Assert.Equal(2, item.StatusChanges.Count);
        Assert.Equal(ItemStatus.PendingMetiAnnex, item.StatusChanges[1].FromStatus);
    }

    [Fact]
    public void Touch_SetsUpdatedAtAndBumpsTheVersionByExactlyOne()
    {
        var item = NewItem(version: 41);

        item.Touch(Now);

        Assert.Equal(42, item.Version);
        Assert.Equal(Now, item.UpdatedAt);
    }

    [Fact]
    public void NewItem_HasNoTranslationsNotesOrActionTexts_AndIsInJapan()
    {
        var item = new RegulatoryItem { Slug = "ai-act", Title = "AI Promotion Act", Topic = "ai" };

        // Empty, not null or a placeholder: pages show the English text marked as the original while these are empty.
        Assert.Equal(
            Enumerable.Repeat(string.Empty, 11),
            new[] { item.Summary, item.WhatToWatch, item.TitleJa, item.SummaryJa, item.WhatToWatchJa, item.ActionReason,
             item.ActionReasonJa, item.ActionTrigger, item.ActionTriggerJa, item.ActionDueLabel, item.ActionDueLabelJa });
        Assert.Equal("JP", item.Jurisdiction);
        Assert.Equal(ActionLevel.Monitor, item.Action);
        Assert.Null(item.ActionChangedAt);
        Assert.False(item.IsWithdrawn);
    }

    [Theory]
    [InlineData("pipa", "/items/pipa")]
    [InlineData("ai act/2025", "/items/ai%20act%2F2025")]
    public void PublicPagePath_IsTheEscapedSlugUnderItems(string slug, string path) =>
        Assert.Equal(path, new RegulatoryItem { Slug = slug, Title = "T", Topic = "t" }.PublicPagePath);

    [Fact]
    public void ValidateStatusChange_SeveralBrokenRules_AreAllReportedInFieldOrder()
    {
        var errors = NewItem(ItemStatus.Confirmed).ValidateStatusChange(ItemStatus.Confirmed, "short", "https://example.com/");

        Assert.Equal(["NewStatus", "Reason", "EvidenceUrl"], errors.Select(e => e.Field));
        Assert.Equal("The item is already Confirmed; choose a different status.", errors[0].Message);
        Assert.Equal("The reason must be 10–2000 characters long.", errors[1].Message);
        Assert.Contains("not https://example.com", errors[2].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ChangeStatus_SeveralBrokenRules_ThrowsWithEveryMessageAndChangesNothing()
    {
        var item = NewItem(ItemStatus.Confirmed, version: 4);
        var expected = string.Join(" ", item.ValidateStatusChange(ItemStatus.Confirmed, null, "nope").Select(e => e.Message));

        var thrown = Assert.Throws<InvalidOperationException>(() => item.ChangeStatus(ItemStatus.Confirmed, null!, "nope", null, "Ed", null, Now));

        Assert.Equal(expected, thrown.Message);
        Assert.Contains("already Confirmed", thrown.Message, StringComparison.Ordinal);
        Assert.Contains("Give a reason", thrown.Message, StringComparison.Ordinal);
        Assert.Contains("full http(s) URL", thrown.Message, StringComparison.Ordinal);
        Assert.Equal(4, item.Version);
        Assert.Equal(Earlier, item.UpdatedAt);
        Assert.Empty(item.StatusChanges);
    }

    [Fact]
    public void StartTracking_RecordsTheFirstStatusWithoutAFromStatus_AndLeavesTheVersionToTheInsert()
    {
        var item = NewItem(ItemStatus.Reported, version: 0);

        var change = item.StartTracking(ItemStatus.Confirmed, "  " + Reason + "  ", " " + Official + " ", "Editor Ed", "u1", Now);

        Assert.Equal(ItemStatus.Confirmed, item.Status);
        Assert.Equal(Now, item.StatusChangedAt);
        Assert.Same(change, Assert.Single(item.StatusChanges));
        Assert.Null(change.FromStatus);
        Assert.Equal(ItemStatus.Confirmed, change.ToStatus);
        Assert.Null(change.EffectiveOn);
        Assert.Equal(Reason, change.Reason);
        Assert.Equal(Official, change.EvidenceUrl);
        Assert.Equal("Editor Ed", change.ChangedBy);
        Assert.Equal("u1", change.ChangedByUserId);
        Assert.Equal(Now, change.ChangedAt);
        Assert.Equal(0, item.Version);
    }

    [Fact]
    public void StartTracking_WithBrokenRules_ThrowsWithEveryMessage()
    {
        var item = NewItem();

        var expected = string.Join(" ", RegulatoryItem.ValidateReasonAndEvidence(ItemStatus.Confirmed, "short", null).Select(e => e.Message));

        var thrown = Assert.Throws<InvalidOperationException>(() => item.StartTracking(ItemStatus.Confirmed, "short", null, "Ed", null, Now));

        Assert.Equal(expected, thrown.Message);
        Assert.StartsWith("The reason must be 10–2000 characters long. ", thrown.Message, StringComparison.Ordinal);
        Assert.Contains("Confirmed needs an evidence link", thrown.Message, StringComparison.Ordinal);
        Assert.Empty(item.StatusChanges);
        Assert.Equal(ItemStatus.Reported, item.Status);
    }

    [Fact]
    public void StartTracking_Twice_IsRefusedAsAlreadyTracked()
    {
        var item = NewItem();
        item.StartTracking(ItemStatus.Reported, Reason, null, "Ed", null, Earlier);

        var thrown = Assert.Throws<InvalidOperationException>(() => item.StartTracking(ItemStatus.PendingMetiAnnex, Reason, null, "Ed", null, Now));

        Assert.Equal("The item is already tracked.", thrown.Message);
        Assert.Single(item.StatusChanges);
        Assert.Equal(ItemStatus.Reported, item.Status);
    }

    [Fact]
    public void ValidateRetraction_OfNothing_OrOfAFirstStatus_WithABadReason_ReportsBoth()
    {
        var item = NewItem();
        var first = item.StartTracking(ItemStatus.Reported, Reason, null, "Ed", null, Earlier);

        foreach (var latest in new[] { null, first })
        {
            var errors = item.ValidateRetraction(latest, "short");

            Assert.Equal([string.Empty, "Reason"], errors.Select(e => e.Field));
            Assert.StartsWith("There is no change to retract", errors[0].Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void ValidateRetraction_OfAChangeRetractedByNoOneNamed_StillSaysItWasRetracted()
    {
        var item = NewItem();
        var change = item.ChangeStatus(ItemStatus.PendingMetiAnnex, Reason, null, null, "Ed", null, Earlier);
        change.RetractedAt = Earlier;
        change.RetractedBy = null;

        var error = Assert.Single(item.ValidateRetraction(change, Reason));

        Assert.Equal(string.Empty, error.Field);
        Assert.StartsWith("This change was already retracted on ", error.Message, StringComparison.Ordinal);
        Assert.EndsWith(" by .", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RetractLastChange_WithBrokenRules_ThrowsWithEveryMessage_EvenForAnotherItemsChange()
    {
        var item = NewItem();
        var other = new RegulatoryItem { Id = 8, Slug = "other", Title = "Other", Topic = "privacy" };
        var change = other.StartTracking(ItemStatus.Reported, Reason, null, "Ed", null, Earlier);

        var thrown = Assert.Throws<InvalidOperationException>(() => item.RetractLastChange(change, "short", "Chief", null, Now));

        Assert.StartsWith("There is no change to retract", thrown.Message, StringComparison.Ordinal);
        Assert.EndsWith(" The reason must be 10–2000 characters long.", thrown.Message, StringComparison.Ordinal);
        Assert.Null(change.RetractedAt);
    }

    [Fact]
    public void RetractLastChange_OfAnotherItemsChange_ChangesNeitherItem()
    {
        var item = NewItem(version: 4);
        var other = NewItem(version: 9);
        other.Id = 8;
        var change = other.ChangeStatus(ItemStatus.PendingMetiAnnex, Reason, null, null, "Ed", null, Earlier);

        var thrown = Assert.Throws<InvalidOperationException>(() => item.RetractLastChange(change, Reason, "Chief", null, Now));

        Assert.Equal("The change belongs to another item.", thrown.Message);
        Assert.Null(change.RetractedAt);
        Assert.Equal(4, item.Version);
        Assert.Equal(ItemStatus.Reported, item.Status);
        Assert.Equal(ItemStatus.PendingMetiAnnex, other.Status);
    }

    [Fact]
    public void ChangeWithdrawal_Withdraw_StoresTrimmedTexts_LinksTheItem_AndBumpsTheVersionByExactlyOne()
    {
        var item = NewItem(version: 4);

        var entry = item.ChangeWithdrawal(true, "  The ministry dropped the plan.  ", " https://www.nikkei.com/article/1 ", "Editor Ed", "u1", Now);

        Assert.Equal(7, entry.ItemId);
        Assert.Same(item, entry.Item);
        Assert.True(entry.Withdrawn);
        Assert.Equal("The ministry dropped the plan.", entry.Reason);
        Assert.Equal("https://www.nikkei.com/article/1", entry.EvidenceUrl);
        Assert.Equal("Editor Ed", entry.ChangedBy);
        Assert.Equal("u1", entry.ChangedByUserId);
        Assert.Equal(Now, entry.ChangedAt);
        Assert.Equal(Now, item.WithdrawnAt);
        Assert.Equal("The ministry dropped the plan.", item.WithdrawalReason);
        Assert.True(item.IsWithdrawn);
        Assert.Equal(5, item.Version);
        Assert.Equal(Now, item.UpdatedAt);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("   ")]
    public void ChangeWithdrawal_RestoreWithoutEvidence_StoresNoLink_AndClearsTheMark(string? evidence)
    {
        var item = NewItem(version: 4);
        item.ChangeWithdrawal(true, Reason, "https://www.nikkei.com/article/1", "Ed", null, Earlier);

        var entry = item.ChangeWithdrawal(false, "Revived by the new cabinet.", evidence, "Ed", null, Now);

        Assert.False(entry.Withdrawn);
        Assert.Null(entry.EvidenceUrl);
        Assert.Null(item.WithdrawnAt);
        Assert.Null(item.WithdrawalReason);
        Assert.False(item.IsWithdrawn);
        Assert.Equal(6, item.Version);
    }

    [Fact]
    public void ValidateWithdrawal_SeveralBrokenRules_AreAllReported_AndTheStateMessageFitsTheRequest()
    {
        var tracked = NewItem();
        var withdrawn = NewItem();
        withdrawn.ChangeWithdrawal(true, Reason, "https://www.nikkei.com/article/1", "Ed", null, Earlier);

        var restoreTracked = tracked.ValidateWithdrawal(false, "", "javascript:alert(1)");
        var withdrawAgain = withdrawn.ValidateWithdrawal(true, "short", null);

        Assert.Equal([string.Empty, "Reason", "EvidenceUrl"], restoreTracked.Select(e => e.Field));
        Assert.Equal("The item is not withdrawn; there is nothing to restore.", restoreTracked[0].Message);
        Assert.Equal("Give a reason for the change.", restoreTracked[1].Message);
        Assert.Equal("The evidence link must be a full http(s) URL.", restoreTracked[2].Message);
        Assert.Equal([string.Empty, "Reason", "EvidenceUrl"], withdrawAgain.Select(e => e.Field));
        Assert.Equal("The item is already withdrawn.", withdrawAgain[0].Message);
        Assert.StartsWith("A withdrawal needs an evidence link", withdrawAgain[2].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ChangeWithdrawal_WithBrokenRules_ThrowsWithEveryMessageAndChangesNothing()
    {
        var item = NewItem(version: 4);

        var thrown = Assert.Throws<InvalidOperationException>(() => item.ChangeWithdrawal(true, "short", null, "Ed", null, Now));

        Assert.Equal(
            "The reason must be 10–2000 characters long. A withdrawal needs an evidence link (what reported the walk-back).",
            thrown.Message);
        Assert.False(item.IsWithdrawn);
        Assert.Equal(4, item.Version);
    }

    [Fact]
    public void ChangeAction_WithBrokenRules_ThrowsWithEveryMessage()
    {
        var item = NewItem(version: 4);

        var thrown = Assert.Throws<InvalidOperationException>(() => item.ChangeAction(new ActionRequest(ActionLevel.Act, null, "短い", DueLabel: "deadline"), "Ed", null, Now));

        Assert.Equal("The reason must be 10–2000 characters long. A key date's label needs the date itself.", thrown.Message);
        Assert.Equal(4, item.Version);
        Assert.Empty(item.ActionChanges);
    }

    [Fact]
    public void ValidateActionChange_ToTheDefaultLevelBeforeAnyWasSet_IsAccepted()
    {
        Assert.Empty(NewItem().ValidateActionChange(new ActionRequest(ActionLevel.Monitor, Reason, null)));
    }

    [Fact]
    public void ValidateActionTexts_TriggersAndLabelsAreMeasuredAfterTrimming()
    {
        var trigger = "  " + new string('x', RegulatoryItem.TriggerMaxLength) + "  ";
        var label = "  " + new string('x', RegulatoryItem.DueLabelMaxLength) + "  ";

        Assert.Empty(RegulatoryItem.ValidateActionTexts(new ActionRequest(ActionLevel.Act, Reason, null, trigger, trigger, new DateOnly(2027, 1, 31), label, label)));
        var blankLabel = Assert.Single(RegulatoryItem.ValidateActionTexts(new ActionRequest(ActionLevel.Act, Reason, null, DueLabel: " \t ", DueLabelJa: "締切")));
        Assert.Equal("DueLabelJa", blankLabel.Field);
        var overlong = RegulatoryItem.ValidateActionTexts(new ActionRequest(ActionLevel.Act, Reason, null, trigger + "x", trigger + "y"));
        Assert.Equal(["Trigger", "TriggerJa"], overlong.Select(e => e.Field));
        Assert.All(overlong, e => Assert.Equal("The trigger must be at most 2000 characters long.", e.Message));
    }
}
