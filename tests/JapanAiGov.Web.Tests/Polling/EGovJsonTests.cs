using System.Text.Json;
using JapanAiGov.Web.Polling;
using JapanAiGov.Web.Sources;

namespace JapanAiGov.Web.Tests.Polling;

public sealed class EGovJsonTests
{
    private static string Sample(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Samples", "egov", name));

    [Fact]
    public void RevisionList_PipaSample_ReadsEveryRevisionAndField()
    {
        var list = JsonSerializer.Deserialize<EGovRevisionList>(Sample("law_revisions-415AC0000000057.json"), EGovJson.Options)!;

        Assert.Equal(15, list.LawInfo!.LawNumYear);
        Assert.Equal(17, list.Revisions!.Count);
        var newest = list.Revisions[0];
        Assert.Equal("415AC0000000057_20281223_508AC0000000046", newest.LawRevisionId);
        Assert.Equal(new DateOnly(2026, 6, 24), newest.AmendmentPromulgateDate);
        Assert.Equal(new DateOnly(2028, 12, 23), newest.AmendmentScheduledEnforcementDate);
        Assert.Equal("令和八年法律第四十六号", newest.AmendmentLawNum);
        Assert.Equal("3", newest.AmendmentType);
        Assert.Equal(new DateTimeOffset(2026, 7, 17, 1, 54, 4, TimeSpan.Zero), newest.Updated);
    }

    [Fact]
    public void Loose_TypesAndAbsentFields_AreTolerated()
    {
        var page = JsonSerializer.Deserialize<EGovLawsPage>(
            """{"total_count":1,"count":"1","laws":[{"law_info":{"law_id":"411AC0000000127","law_num_year":"11","promulgation_date":""},"revision_info":{"repeal_status":false,"amendment_type":3,"remain_in_force":null,"attached":{"x":1}}}]}""",
            EGovJson.Options)!;

        Assert.Null(page.NextOffset);
        Assert.Equal(1, page.Count);
        var law = Assert.Single(page.Laws);
        Assert.Equal(11, law.LawInfo!.LawNumYear);
        Assert.Null(law.LawInfo.PromulgationDate);
        Assert.Equal("false", law.RevisionInfo!.RepealStatus);
        Assert.Equal("3", law.RevisionInfo.AmendmentType);
    }

    [Fact]
    public void PastTheEndPage_HasNoLaws()
    {
        var page = JsonSerializer.Deserialize<EGovLawsPage>(Sample("laws-offset-past-end.json"), EGovJson.Options)!;

        Assert.Empty(page.Laws);
        Assert.Equal(0, page.TotalCount);
    }

    [Fact]
    public void LawNode_WithoutTag_IsMalformed()
    {
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<LawNode>("""{"attr":{},"children":[]}""", EGovJson.Options));
    }
}
