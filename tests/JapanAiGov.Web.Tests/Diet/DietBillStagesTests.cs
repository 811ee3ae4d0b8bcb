using JapanAiGov.Web.Diet;

namespace JapanAiGov.Web.Tests.Diet;

public sealed class DietBillStagesTests
{
    private static Dictionary<string, string> Facts(params (string Label, string Value)[] facts) =>
        facts.ToDictionary(f => f.Label, f => f.Value, StringComparer.Ordinal);

    [Fact]
    public void From_PromulgationDate_IsPromulgatedWhateverTheStatus() =>
        Assert.Equal(DietBillStage.Promulgated, DietBillStages.From(Facts((DietLabels.PromulgatedOn, "令和 8年 3月31日"), (DietLabels.LawNumber, "6")), "衆議院で審議中"));

    [Theory]
    [InlineData("成立", DietBillStage.Enacted)]
    [InlineData("両院承認", DietBillStage.Enacted)]
    [InlineData("両院議決", DietBillStage.Enacted)]
    [InlineData("参議院回付案（同意）", DietBillStage.Enacted)]
    [InlineData("衆議院回付案(同意)", DietBillStage.Enacted)]
    [InlineData("撤回", DietBillStage.Withdrawn)]
    [InlineData("撤回承諾", DietBillStage.Withdrawn)]
    [InlineData("未了", DietBillStage.Lapsed)]
    [InlineData("審議未了", DietBillStage.Lapsed)]
    [InlineData("否決", DietBillStage.Rejected)]
    [InlineData("衆議院で閉会中審査", DietBillStage.CarriedOver)]
    [InlineData("参議院で閉会中審査", DietBillStage.CarriedOver)]
    [InlineData("閉会中審査", DietBillStage.CarriedOver)]
    public void From_StatusThatSettlesTheStage_WinsOverBareFacts(string status, DietBillStage expected) =>
        Assert.Equal(expected, DietBillStages.From(Facts((DietLabels.RepresentativesReceivedOn, "令和 8年 2月20日")), status));

    [Theory]
    [InlineData("衆議院で審議中")]
    [InlineData("参議院で審議中")]
    [InlineData("本院議了")]
    [InlineData("中間報告")]
    [InlineData("参議院回付案（不同意）")]
    [InlineData("両院の意見が一致しない旨報告")]
    [InlineData("まだ誰も見たことのない状況")]
    [InlineData("")]
    [InlineData(null)]
    public void From_StatusThatIsALocationOrUnknown_IsNeverGuessed(string? status)
    {
        Assert.Equal(DietBillStage.Unknown, DietBillStages.From(Facts(), status));
        Assert.Equal(DietBillStage.InCommittee, DietBillStages.From(Facts((DietLabels.RepresentativesReferredOn, "令和 8年 3月 5日")), status));
    }

    [Fact]
    public void From_BothHousesPassed_IsEnacted() =>
        Assert.Equal(DietBillStage.Enacted, DietBillStages.From(Facts((DietLabels.RepresentativesResult, "可決"), (DietLabels.CouncillorsResult, "修正")), "本院議了"));

    [Fact]
    public void From_OnlyTheLowerHousePassed_IsPassedRepresentatives() =>
        Assert.Equal(
            DietBillStage.PassedRepresentatives,
            DietBillStages.From(Facts((DietLabels.RepresentativesResult, "可決"), (DietLabels.CouncillorsReferredOn, "令和 8年 6月12日"), (DietLabels.CouncillorsResult, "")), "参議院で審議中"));

    [Fact]
    public void From_OnlyTheUpperHousePassed_IsPassedCouncillors() =>
        Assert.Equal(DietBillStage.PassedCouncillors, DietBillStages.From(Facts((DietLabels.CouncillorsResult, "可決"), (DietLabels.RepresentativesReceivedOn, "令和 8年 6月 1日")), "衆議院で審議中"));

    [Fact]
    public void From_PlenaryRejected_IsRejected() =>
        // 208-衆法-10 (smartnews kaiji208): 本院議了 on the list, 否決 in committee and in plenary.
        Assert.Equal(
            DietBillStage.Rejected,
            DietBillStages.From(Facts((DietLabels.RepresentativesCommitteeResult, "否決"), (DietLabels.RepresentativesResult, "否決"), (DietLabels.RepresentativesReferredOn, "令和 4年 3月17日")), "本院議了"));

    [Fact]
    public void From_WithdrawnInThePlenaryResult_IsWithdrawn() =>
        // 208-衆法-4: 衆議院審議終了年月日／衆議院審議結果 = 令和 4年 3月15日／撤回.
        Assert.Equal(DietBillStage.Withdrawn, DietBillStages.From(Facts((DietLabels.RepresentativesDecidedOn, "令和 4年 3月15日"), (DietLabels.RepresentativesResult, "撤回")), null));

    [Fact]
    public void From_CommitteeKeptItOverTheRecess_IsCarriedOver() =>
        Assert.Equal(DietBillStage.CarriedOver, DietBillStages.From(Facts((DietLabels.RepresentativesReferredOn, "令和 8年 3月 5日"), (DietLabels.RepresentativesCommitteeResult, "閉会中審査")), null));

    [Fact]
    public void From_OnlyReceived_IsSubmitted() =>
        Assert.Equal(DietBillStage.Submitted, DietBillStages.From(Facts((DietLabels.RepresentativesReceivedOn, "令和 8年 2月20日"), (DietLabels.RepresentativesReferredOn, "")), "衆議院で審議中"));

    [Theory]
    [InlineData("可決")]
    [InlineData("修正")]
    [InlineData("修正可決")]
    [InlineData("修正議決")]
    [InlineData("原案可決")]
    [InlineData("議決")]
    [InlineData("承認")]
    [InlineData("修正承認")]
    [InlineData("承諾")]
    [InlineData("修正承諾")]
    public void From_EveryPassingResult_PassesThatHouse_AndBothMakeItEnacted(string result)
    {
        Assert.Equal(DietBillStage.PassedRepresentatives, DietBillStages.From(Facts((DietLabels.RepresentativesResult, result)), null));
        Assert.Equal(DietBillStage.PassedCouncillors, DietBillStages.From(Facts((DietLabels.CouncillorsResult, result)), null));
        Assert.Equal(DietBillStage.Enacted, DietBillStages.From(Facts((DietLabels.RepresentativesResult, result), (DietLabels.CouncillorsResult, result)), null));
    }

    [Theory]
    [InlineData("否決")]
    [InlineData("不承認")]
    [InlineData("不承諾")]
    public void From_EveryRefusingResult_InEitherHouse_IsRejected(string result)
    {
        Assert.Equal(DietBillStage.Rejected, DietBillStages.From(Facts((DietLabels.RepresentativesResult, "可決"), (DietLabels.CouncillorsResult, result)), null));
        Assert.Equal(DietBillStage.Rejected, DietBillStages.From(Facts((DietLabels.RepresentativesResult, result)), null));
    }

    [Theory]
    [InlineData(DietLabels.RepresentativesResult, "撤回", DietBillStage.Withdrawn)]
    [InlineData(DietLabels.CouncillorsCommitteeResult, "撤回", DietBillStage.Withdrawn)]
    [InlineData(DietLabels.RepresentativesCommitteeResult, "撤回", DietBillStage.Withdrawn)]
    [InlineData(DietLabels.CouncillorsResult, "未了", DietBillStage.Lapsed)]
    [InlineData(DietLabels.RepresentativesResult, "審議未了", DietBillStage.Lapsed)]
    [InlineData(DietLabels.CouncillorsCommitteeResult, "未了", DietBillStage.Lapsed)]
    [InlineData(DietLabels.RepresentativesCommitteeResult, "審議未了", DietBillStage.Lapsed)]
    [InlineData(DietLabels.RepresentativesCommitteeResult, "閉会中審査", DietBillStage.CarriedOver)]
    [InlineData(DietLabels.CouncillorsCommitteeResult, "継続審査", DietBillStage.CarriedOver)]
    public void From_OneResultThatEndsOrHoldsTheBill_DecidesWithoutAStatus(string label, string result, DietBillStage expected) =>
        // One House's result alone (the other's blank) settles it: any House, plenary or committee.
        Assert.Equal(expected, DietBillStages.From(Facts((DietLabels.RepresentativesReferredOn, "令和 8年 3月 5日"), (label, result)), null));

    [Fact]
    public void From_WithoutFacts_Throws() =>
        Assert.Throws<ArgumentNullException>(() => DietBillStages.From(null!, "成立"));
}
