using JapanAiGov.Web.Diet;

namespace JapanAiGov.Web.Tests.Diet;

public sealed class DietBillStageTextTests
{
    [Theory]
    [InlineData(DietBillStage.Submitted, "Submitted", "提出")]
    [InlineData(DietBillStage.InCommittee, "Referred to committee", "委員会付託")]
    [InlineData(DietBillStage.PassedRepresentatives, "Passed the House of Representatives", "衆議院可決")]
    [InlineData(DietBillStage.PassedCouncillors, "Passed the House of Councillors", "参議院可決")]
    [InlineData(DietBillStage.Enacted, "Enacted", "成立")]
    [InlineData(DietBillStage.Promulgated, "Promulgated", "公布")]
    [InlineData(DietBillStage.Withdrawn, "Withdrawn", "撤回")]
    [InlineData(DietBillStage.Lapsed, "Lapsed", "審議未了")]
    [InlineData(DietBillStage.Rejected, "Rejected", "否決")]
    [InlineData(DietBillStage.CarriedOver, "Carried over", "閉会中審査")]
    [InlineData(DietBillStage.Unknown, "Unknown", "不明")]
    public void Name_EveryStage_HasItsEnglishAndJapaneseName(DietBillStage stage, string english, string japanese)
    {
        Assert.Equal(english, DietBillStageText.Name(stage, japanese: false));
        Assert.Equal(japanese, DietBillStageText.Name(stage, japanese: true));
    }

    [Fact]
    public void Name_EveryStage_IsDistinctInBothLanguages()
    {
        var stages = Enum.GetValues<DietBillStage>();

        Assert.Equal(stages.Length, stages.Select(s => DietBillStageText.Name(s, japanese: false)).Distinct().Count());
        Assert.Equal(stages.Length, stages.Select(s => DietBillStageText.Name(s, japanese: true)).Distinct().Count());
    }

    [Fact]
    public void Name_ValueOutsideTheEnum_Throws() =>
        Assert.ThrowsAny<InvalidOperationException>(() => DietBillStageText.Name((DietBillStage)99, japanese: false));

    [Theory]
    [InlineData("衆議院で審議中", "In the House of Representatives", "衆議院に係属中")]
    [InlineData("参議院で審議中", "In the House of Councillors", "参議院に係属中")]
    [InlineData(" 衆議院で 審議中 ", "In the House of Representatives", "衆議院に係属中")]
    [InlineData("衆議院で閉会中審査", "Carried over in the House of Representatives", "衆議院で閉会中審査")]
    public void Location_StatusNamingAHouse_SaysWhereTheBillIsNotThatItIsDebated(string status, string english, string japanese)
    {
        Assert.Equal(english, DietBillStageText.Location(status, japanese: false));
        Assert.Equal(japanese, DietBillStageText.Location(status, japanese: true));
        Assert.DoesNotContain("debat", english, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("成立")]
    [InlineData("本院議了")]
    [InlineData("未知の状況")]
    [InlineData(null)]
    public void Location_StatusNotNamingWhereTheBillIs_IsNull(string? status)
    {
        Assert.Null(DietBillStageText.Location(status, japanese: false));
        Assert.Null(DietBillStageText.Location(status, japanese: true));
    }
}
