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

    /// <summary>
    /// Issue 26, point 9: an instance that found the lease held skipped its slot and waited a whole interval (6 hours by
    /// default) even when the holder had died mid-pass, so e-Gov could go twelve hours without a pass.
    /// </summary>
    [Fact]
    public async Task Service_FindingALeaseHeldByAnInstanceThatDiedMidPass_MakesThePassUpOnceTheLeaseLapses()
    {
        await using var egov = await FakeEGovServer.StartWithSamplesAsync();
        await using var crashed = new JapanAiGovFactory();
        var start = crashed.Time.GetUtcNow();
        const string DeadHolder = "dead-host:4242:0123456789abcdef";
        await crashed.WithDbAsync(async db =>
        {
            // The database as a kill mid-pass leaves it: the pass "Running", the lease held for another minute.
            var lease = await db.PollerLeases.SingleAsync(l => l.Name == PollerLease.EGovPoller);
            (lease.Holder, lease.ExpiresAt) = (DeadHolder, start + TimeSpan.FromMinutes(1));
            db.PollRuns.Add(new PollRun { StartedAt = start - TimeSpan.FromSeconds(20), Trigger = PollTrigger.Scheduled, Outcome = PollOutcome.Running, Instance = DeadHolder });
            await db.SaveChangesAsync();
        });

        await using var survivor = new JapanAiGovFactory(egov.Settings(new()
        {
            ["ConnectionStrings:Default"] = $"Data Source={crashed.DatabasePath}",
            ["EGov:Enabled"] = "true",
            ["EGov:Interval"] = "06:00:00",
        }));
        _ = survivor.Services;

        var madeUp = await PollingTestExtensions.EventuallyAsync(async () =>
        {
            survivor.Time.Advance(TimeSpan.FromSeconds(10));
            return await survivor.WithDbAsync(db => db.PollRuns.FirstOrDefaultAsync(r => r.Instance != DeadHolder && r.FinishedAt != null));
        });

        Assert.Equal(PollOutcome.Succeeded, madeUp.Outcome);
        Assert.InRange(madeUp.StartedAt, start + TimeSpan.FromMinutes(1), start + TimeSpan.FromMinutes(3));
        Assert.Equal(PollOutcome.Abandoned, await survivor.WithDbAsync(db => db.PollRuns.Where(r => r.Instance == DeadHolder).Select(r => r.Outcome).SingleAsync()));
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
