using JapanAiGov.Web.IntegrationTests.Infrastructure;
using JapanAiGov.Web.Polling;
using JapanAiGov.Web.Sources;
using Microsoft.Extensions.DependencyInjection;

namespace JapanAiGov.Web.IntegrationTests.Polling;

public static class PollingTestExtensions
{
    /// <summary>Runs one poll pass in its own scope, as the <c>poll</c> command does.</summary>
    public static async Task<PollRun> PollAsync(this JapanAiGovFactory app)
    {
        using var scope = app.Services.CreateScope();
        var run = await scope.ServiceProvider.GetRequiredService<EGovPoller>().RunOnceAsync(PollTrigger.Command, CancellationToken.None);
        Assert.NotNull(run);
        return run;
    }

    /// <summary>Runs a pass while advancing the fake clock in <paramref name="step"/>s, so time-based waits (timeouts) elapse.</summary>
    /// <remarks>With <paramref name="onlyWhen"/>, the clock moves only while it holds (e.g. while e-Gov holds a request open).</remarks>
    public static Task<PollRun> PollWhileTimePassesAsync(this JapanAiGovFactory app, TimeSpan step, Func<bool>? onlyWhen = null) =>
        app.WhileTimePassesAsync(app.PollAsync(), step, onlyWhen);

    /// <summary>Advances the fake clock in <paramref name="step"/>s (only while <paramref name="onlyWhen"/> holds, if given) until <paramref name="work"/> finishes.</summary>
    public static async Task<T> WhileTimePassesAsync<T>(this JapanAiGovFactory app, Task<T> work, TimeSpan step, Func<bool>? onlyWhen = null)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        using var tick = new PeriodicTimer(TimeSpan.FromMilliseconds(10));
        while (!work.IsCompleted)
        {
            Assert.True(DateTime.UtcNow < deadline, "The work did not finish while its clock moved on.");
            if (onlyWhen is null || onlyWhen())
            {
                app.Time.Advance(step);
            }

            await Task.WhenAny(work, tick.WaitForNextTickAsync().AsTask());
        }

        return await work;
    }

    /// <summary>Polls <paramref name="probe"/> until it holds or <paramref name="timeout"/> passes (for background work).</summary>
    public static async Task<T> EventuallyAsync<T>(Func<Task<T?>> probe, TimeSpan? timeout = null)
        where T : class
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(20));
        using var tick = new PeriodicTimer(TimeSpan.FromMilliseconds(50));
        while (true)
        {
            var value = await probe();
            if (value is not null)
            {
                return value;
            }

            Assert.True(DateTime.UtcNow < deadline, "The background work did not happen in time.");
            await tick.WaitForNextTickAsync();
        }
    }
}
