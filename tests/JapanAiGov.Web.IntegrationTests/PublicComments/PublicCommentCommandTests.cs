using JapanAiGov.Web.Hosting;
using JapanAiGov.Web.Infrastructure.Commands;
using JapanAiGov.Web.IntegrationTests.Infrastructure;
using JapanAiGov.Web.IntegrationTests.Polling;
using Microsoft.EntityFrameworkCore;
using static JapanAiGov.Web.IntegrationTests.PublicComments.PublicCommentFeeds;

namespace JapanAiGov.Web.IntegrationTests.PublicComments;

public sealed class PublicCommentCommandTests
{
    [Fact]
    public async Task Poll_RunsEverySource_LawsAndBothPublicCommentFeeds()
    {
        await using var laws = await FakeEGovServer.StartWithSamplesAsync();
        await using var comments = await FakePublicCommentServer.StartAsync();
        comments.SetConsultations(Feed(MetiHighImpact, Unrelated));
        comments.SetResults("<html>not a feed</html>");
        var settings = laws.Settings();
        settings["PublicComments:BaseUrl"] = comments.BaseUrl.ToString();
        await using var app = new JapanAiGovFactory(settings);
        var output = new StringWriter();

        var code = await CommandLine.RunAsync(app.Services, ["poll"], new StringReader(string.Empty), output, new StringWriter());

        Assert.Equal(ExitCodes.Success, code);
        var text = output.ToString();
        Assert.Contains("Poll pass", text, StringComparison.Ordinal);
        Assert.Contains("Public comments, rss/pcm_list.xml: Succeeded. 2 cases read, 2 new, 0 results, 1 matches for editors.", text, StringComparison.Ordinal);
        Assert.Contains("Public comments, rss/pcm_result.xml: Failed.", text, StringComparison.Ordinal);
        Assert.Equal(2, await app.WithDbAsync(db => db.PublicCommentCases.CountAsync()));
        Assert.Equal(2, await app.WithDbAsync(db => db.WatchedLaws.CountAsync(l => l.LastSucceededAt != null)));
    }
}
