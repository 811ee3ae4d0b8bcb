using JapanAiGov.Web.IntegrationTests.Infrastructure;
using JapanAiGov.Web.Polling;
using JapanAiGov.Web.Sources;
using JapanAiGov.Web.PublicComments;
using Microsoft.Extensions.DependencyInjection;

namespace JapanAiGov.Web.IntegrationTests.PublicComments;

public static class PublicCommentTestExtensions
{
    /// <summary>Runs one public-comment pass in its own scope, as the <c>poll</c> command does; one run per feed.</summary>
    public static async Task<IReadOnlyList<PublicCommentRun>> WatchPublicCommentsAsync(this JapanAiGovFactory app)
    {
        using var scope = app.Services.CreateScope();
        var runs = await scope.ServiceProvider.GetRequiredService<PublicCommentWatcher>().RunOnceAsync(PollTrigger.Command, CancellationToken.None);
        Assert.NotNull(runs);
        return runs;
    }

    public static PublicCommentRun Run(this IReadOnlyList<PublicCommentRun> runs, PublicCommentFeed feed) => runs.Single(r => r.Feed == feed);
}
