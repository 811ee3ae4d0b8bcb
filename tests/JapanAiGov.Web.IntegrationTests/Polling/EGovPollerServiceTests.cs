using JapanAiGov.Web.IntegrationTests.Infrastructure;
using JapanAiGov.Web.Polling;
using JapanAiGov.Web.Sources;
using Microsoft.EntityFrameworkCore;

namespace JapanAiGov.Web.IntegrationTests.Polling;

public sealed class EGovPollerServiceTests
{
    [Fact]
    public async Task Service_Enabled_PollsAtStartThenEveryInterval()
    {
        await using var egov = await FakeEGovServer.StartWithSamplesAsync();
        await using var app = new JapanAiGovFactory(egov.Settings(new() { ["EGov:Enabled"] = "true", ["EGov:Interval"] = "06:00:00" }));
        _ = app.Services;

        await PollingTestExtensions.EventuallyAsync(() => app.WithDbAsync(db => db.PollRuns.FirstOrDefaultAsync(r => r.FinishedAt != null)));
        Assert.Equal(1, await app.WithDbAsync(db => db.PollRuns.CountAsync()));

        app.Time.Advance(TimeSpan.FromHours(6));

        var second = await PollingTestExtensions.EventuallyAsync(() => app.WithDbAsync(db => db.PollRuns.OrderBy(r => r.Id).Skip(1).FirstOrDefaultAsync(r => r.FinishedAt != null)));
        Assert.Equal(PollTrigger.Scheduled, second.Trigger);
        Assert.Equal(PollOutcome.Succeeded, second.Outcome);
    }

    [Fact]
    public async Task Service_Disabled_DoesNotPollOnItsOwn()
    {
        await using var egov = await FakeEGovServer.StartWithSamplesAsync();
        await using var app = new JapanAiGovFactory(egov.Settings());
        _ = app.Services;

        app.Time.Advance(TimeSpan.FromDays(2));
        var run = await app.PollAsync();

        // The only pass is the one the test ran.
        Assert.Equal(1, await app.WithDbAsync(db => db.PollRuns.CountAsync()));
        Assert.Equal(PollTrigger.Command, run.Trigger);
    }
}
