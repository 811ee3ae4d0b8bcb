namespace JapanAiGov.Web.Diet;

/// <summary>
/// Derives a bill's <see cref="DietBillStage"/> from its facts (split labels, <see cref="DietLabels"/>) and the list's
/// 審議状況. The statuses that settle a stage outright come first (成立, 撤回, 未了, 否決, 閉会中審査); otherwise the facts
/// decide, the furthest step first. Any other 審議状況 (本院議了, 中間報告, 衆議院で審議中 …) is never read as a stage: it
/// only says which House holds the bill, or is unknown, so the facts alone decide and with none the stage is
/// <see cref="DietBillStage.Unknown"/>.
/// </summary>
public static class DietBillStages
{
    /// <summary>Plenary results that pass a bill (修正 = passed as amended) or decide a budget, treaty or approval for it.</summary>
    private static readonly HashSet<string> Passed = new(StringComparer.Ordinal)
    {
        "可決", "修正", "修正可決", "修正議決", "原案可決", "議決", "承認", "修正承認", "承諾", "修正承諾",
    };

    private static readonly HashSet<string> Refused = new(StringComparer.Ordinal) { "否決", "不承認", "不承諾" };

    /// <summary>審議状況 values that mean both Houses have decided: 成立 for laws, and its equivalents for the other kinds.</summary>
    private static readonly HashSet<string> EnactedStatuses = new(StringComparer.Ordinal)
    {
        "成立", "両院議決", "両院承認", "両院承諾", "参議院回付案(同意)", "衆議院回付案(同意)",
    };

    public static DietBillStage From(IReadOnlyDictionary<string, string> facts, string? statusText)
    {
        ArgumentNullException.ThrowIfNull(facts);
        string? Fact(string label) => facts.TryGetValue(label, out var value) ? DietText.Fold(value) is { Length: > 0 } folded ? folded : null : null;

        if (Fact(DietLabels.PromulgatedOn) is not null)
        {
            return DietBillStage.Promulgated;
        }

        var status = DietText.Fold(statusText) ?? string.Empty;
        if (EnactedStatuses.Contains(status))
        {
            return DietBillStage.Enacted;
        }

        if (status.Contains("撤回", StringComparison.Ordinal))
        {
            return DietBillStage.Withdrawn;
        }

        if (status.Contains("未了", StringComparison.Ordinal))
        {
            return DietBillStage.Lapsed;
        }

        if (status.Contains("否決", StringComparison.Ordinal))
        {
            return DietBillStage.Rejected;
        }

        if (status.Contains("閉会中審査", StringComparison.Ordinal))
        {
            return DietBillStage.CarriedOver;
        }

        string?[] results = [Fact(DietLabels.RepresentativesResult), Fact(DietLabels.CouncillorsResult)];
        string?[] committeeResults = [Fact(DietLabels.RepresentativesCommitteeResult), Fact(DietLabels.CouncillorsCommitteeResult)];
        if (results.Any(r => r is "撤回") || committeeResults.Any(r => r is "撤回"))
        {
            return DietBillStage.Withdrawn;
        }

        if (results.Any(r => r is "未了" or "審議未了") || committeeResults.Any(r => r is "未了" or "審議未了"))
        {
            return DietBillStage.Lapsed;
        }

        if (results.Any(r => r is not null && Refused.Contains(r)))
        {
            return DietBillStage.Rejected;
        }

        var representatives = results[0] is { } lower && Passed.Contains(lower);
        var councillors = results[1] is { } upper && Passed.Contains(upper);
        if (representatives && councillors)
        {
            return DietBillStage.Enacted;
        }

        if (committeeResults.Any(r => r is "閉会中審査" or "継続審査"))
        {
            return DietBillStage.CarriedOver;
        }

        if (councillors)
        {
            return DietBillStage.PassedCouncillors;
        }

        if (representatives)
        {
            return DietBillStage.PassedRepresentatives;
        }

        if (Fact(DietLabels.RepresentativesReferredOn) is not null || Fact(DietLabels.CouncillorsReferredOn) is not null)
        {
            return DietBillStage.InCommittee;
        }

        string[] received = [DietLabels.RepresentativesReceivedOn, DietLabels.CouncillorsReceivedOn, DietLabels.RepresentativesPreliminaryReceivedOn, DietLabels.CouncillorsPreliminaryReceivedOn];
        return received.Any(label => Fact(label) is not null) ? DietBillStage.Submitted : DietBillStage.Unknown;
    }
}
