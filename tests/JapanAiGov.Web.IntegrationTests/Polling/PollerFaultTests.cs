using System.Globalization;
using System.Net;
using JapanAiGov.Web.Accounts;
using JapanAiGov.Web.IntegrationTests.Infrastructure;
using JapanAiGov.Web.Polling;
using JapanAiGov.Web.Sources;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Events;

namespace JapanAiGov.Web.IntegrationTests.Polling;

/// <summary>The poller under faults: a holder that dies or loses its lease mid-pass, e-Gov's pace as e-Gov sees it, and what failures log.</summary>
public sealed class PollerFaultTests
{
    [Fact]
    public async Task Poll_LeaseTakenOverMidPass_StopsThePass()
    {
        await using var egov = await FakeEGovServer.StartWithSamplesAsync();
        await using var app = new JapanAiGovFactory(egov.Settings(new()
        {
            ["EGov:AttemptTimeout"] = "00:00:30",
            ["EGov:TotalRequestTimeout"] = "00:01:30",
            ["EGov:MaxRetryAttempts"] = "1",
        }));
        var pipa = "law_revisions/" + EGovTestData.PipaLawId;
        egov.AlwaysHang(pipa);
        var pass = app.PollAsync();
        await PollingTestExtensions.EventuallyAsync(() => Task.FromResult(egov.HangingRequests > 0 ? "hanging" : null));

        // Another instance took the lease over (ours was thought dead); time passes while e-Gov still holds our request.
        await app.WithDbAsync(db => db.PollerLeases.ExecuteUpdateAsync(s => s
            .SetProperty(l => l.Holder, "other-instance")
            .SetProperty(l => l.ExpiresAt, app.Time.GetUtcNow().AddHours(1))));
        var run = await app.WhileTimePassesAsync(pass, TimeSpan.FromSeconds(1));

        Assert.Equal(PollOutcome.Failed, run.Outcome);
        Assert.Contains("lease", run.Error, StringComparison.Ordinal);
        Assert.Equal(0, egov.CountRequests("law_revisions/" + EGovTestData.AiActLawId));
        var lease = await app.WithDbAsync(db => db.PollerLeases.SingleAsync(l => l.Name == PollerLease.EGovPoller));
        Assert.Equal("other-instance", lease.Holder);
    }

    [Fact]
    public async Task Poll_HolderDiedMidPass_AnotherInstanceTakesOverWithinAMinute()
    {
        await using var egov = await FakeEGovServer.StartWithSamplesAsync();
        await using var dead = new JapanAiGovFactory(egov.Settings());
        await using var other = new JapanAiGovFactory(egov.Settings(new() { ["ConnectionStrings:Default"] = $"Data Source={dead.DatabasePath}" }));
        var pipa = "law_revisions/" + EGovTestData.PipaLawId;
        egov.AlwaysHang(pipa);
        using var stopDead = new CancellationTokenSource();
        using var scope = dead.Services.CreateScope();
        var deadPass = scope.ServiceProvider.GetRequiredService<EGovPoller>().RunOnceAsync(PollTrigger.Scheduled, stopDead.Token);
        PollRun? run;
        try
        {
            await PollingTestExtensions.EventuallyAsync(() => Task.FromResult(egov.HangingRequests > 0 ? "hanging" : null));
            egov.Heal(pipa);

            // The holder's clock stands still, as a killed process's would: it never renews. A minute later another instance polls.
            await Task.Run(() => other.Services);
            other.Time.Advance(TimeSpan.FromMinutes(1) + TimeSpan.FromSeconds(1));
            using var otherScope = other.Services.CreateScope();
            run = await otherScope.ServiceProvider.GetRequiredService<EGovPoller>().RunOnceAsync(PollTrigger.Command, CancellationToken.None);
            Assert.NotNull(run);

            // Before the frozen holder wakes up again: its pass is marked abandoned, in the database and on /admin/poller.
            var abandoned = await other.WithDbAsync(db => db.PollRuns.SingleAsync(r => r.Id != run.Id));
            Assert.Equal(PollOutcome.Abandoned, abandoned.Outcome);
            Assert.Contains("Abandoned", abandoned.Error, StringComparison.Ordinal);
            var client = await other.CreateSignedInClientAsync(Roles.Editor);
            var page = await client.GetDocumentAsync("/admin/poller");
            Assert.Contains(page.QuerySelectorAll("tr.source-run[data-source='egov-laws'] .tag"), tag => tag.TextContent == "Abandoned");
        }
        finally
        {
            await stopDead.CancelAsync();
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => deadPass);
        }

        Assert.NotNull(run);
        Assert.Equal(PollOutcome.Succeeded, run.Outcome);
    }

    [Fact]
    public async Task Poll_PacedAtOneSecond_EGovSeesAtLeastOneSecondBetweenRequests()
    {
        await using var egov = await FakeEGovServer.StartWithSamplesAsync();
        await using var app = new JapanAiGovFactory(egov.Settings(new() { ["EGov:MinRequestInterval"] = "00:00:01" }));
        egov.Time = app.Time;
        egov.ResponseTime = TimeSpan.FromMilliseconds(300);

        var run = await app.PollWhileTimePassesAsync(TimeSpan.FromMilliseconds(50));

        Assert.Equal(PollOutcome.Succeeded, run.Outcome);
        var requests = egov.Requests.OrderBy(r => r.ArrivedAt).ToList();
        Assert.True(requests.Count >= 4, $"{requests.Count} requests");
        foreach (var (previous, next) in requests.Zip(requests.Skip(1)))
        {
            Assert.True(next.ArrivedAt - previous.ArrivedAt >= TimeSpan.FromSeconds(1), $"{next.Path} arrived {(next.ArrivedAt - previous.ArrivedAt).TotalSeconds:0.000} s after {previous.Path}");
            Assert.True(next.ArrivedAt - previous.AnsweredAt >= TimeSpan.FromSeconds(1), $"{next.Path} arrived {(next.ArrivedAt - previous.AnsweredAt)?.TotalSeconds:0.000} s after e-Gov answered {previous.Path}");
        }
    }

    [Fact]
    public async Task Poll_HandledTimeoutsAnd500s_AreWarningsWithoutStackTraces()
    {
        await using var egov = await FakeEGovServer.StartWithSamplesAsync();
        await using var app = new JapanAiGovFactory(egov.Settings(new()
        {
            ["EGov:AttemptTimeout"] = "00:00:00.200",
            ["EGov:TotalRequestTimeout"] = "00:00:03",
            ["EGov:MaxRetryAttempts"] = "1",
        }));
        egov.AlwaysHang("law_revisions/" + EGovTestData.PipaLawId);
        egov.AlwaysFail("law_revisions/" + EGovTestData.AiActLawId, HttpStatusCode.InternalServerError, EGovTestData.Sample("error-500.json"));

        var run = await app.PollWhileTimePassesAsync(TimeSpan.FromMilliseconds(100), onlyWhen: () => egov.HangingRequests > 0);

        Assert.Equal(PollOutcome.Failed, run.Outcome);
        var events = app.Logs.Events.Where(e => e.Level >= LogEventLevel.Warning).ToList();
        Assert.Contains(events, e => e.Level == LogEventLevel.Warning && e.RenderMessage(CultureInfo.InvariantCulture).Contains(EGovTestData.PipaLawId, StringComparison.Ordinal));
        Assert.Contains(events, e => e.Level == LogEventLevel.Warning && e.RenderMessage(CultureInfo.InvariantCulture).Contains(EGovTestData.AiActLawId, StringComparison.Ordinal));
        Assert.All(events, e => Assert.True(e.Exception is null && e.Level == LogEventLevel.Warning, $"{e.Level} {e.RenderMessage(CultureInfo.InvariantCulture)} {e.Exception?.GetType().Name}"));
    }

    [Fact]
    public async Task Poll_AnswerWithoutEnd_StopsReadingAtTheCapAndFailsThatLawOnce_WithoutRetrying()
    {
        await using var egov = await FakeEGovServer.StartWithSamplesAsync();
        await using var app = new JapanAiGovFactory(egov.Settings(new()
        {
            ["EGov:MaxResponseBytes"] = "1048576",
            ["EGov:AttemptTimeout"] = "00:00:05",
            ["EGov:TotalRequestTimeout"] = "00:00:20",
        }));
        var pipa = "law_revisions/" + EGovTestData.PipaLawId;
        egov.AlwaysFlood(pipa);

        var run = await app.PollAsync();

        Assert.Equal(PollOutcome.PartiallyFailed, run.Outcome);
        var failed = run.Laws.Single(l => l.LawId == EGovTestData.PipaLawId);
        Assert.Equal(PollLawOutcome.Failed, failed.Outcome);
        Assert.Contains("larger than 1,048,576 bytes", failed.Error, StringComparison.Ordinal);
        Assert.Equal(1, egov.CountRequests(pipa));
        Assert.Equal(PollLawOutcome.Succeeded, run.Laws.Single(l => l.LawId == EGovTestData.AiActLawId).Outcome);
    }

    [Fact]
    public async Task Process_KilledMidPoll_PollRightAfterSucceedsAndMarksTheDeadPassAbandoned()
    {
        await using var egov = await FakeEGovServer.StartWithSamplesAsync();
        var directory = Path.Combine(Path.GetTempPath(), "japanaigov-tests", Guid.NewGuid().ToString("N"));
        var database = Path.Combine(directory, "app.db");
        var environment = new Dictionary<string, string>
        {
            ["ConnectionStrings__Default"] = $"Data Source={database}",
            ["EGov__BaseUrl"] = egov.BaseUrl.ToString(),
            ["EGov__MinRequestInterval"] = "00:00:00",

            // A fake clock cannot cross processes: a short lease keeps the wait for a dead holder's lease short in real time.
            ["EGov__LeaseDuration"] = "00:00:03",
        };
        var pipa = "law_revisions/" + EGovTestData.PipaLawId;
        egov.AlwaysHang(pipa);
        using (var polling = AppProcess.Start(environment, "poll"))
        {
            await PollingTestExtensions.EventuallyAsync(() => Task.FromResult(egov.HangingRequests > 0 ? "mid-pass" : null), TimeSpan.FromSeconds(60));
            polling.Kill(entireProcessTree: true); // SIGKILL: no cleanup, the lease stays taken until it expires
            await polling.WaitForExitAsync();
        }

        egov.Heal(pipa);
        var attempts = new List<(int ExitCode, string Output, string Error)>();
        var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(1);
        do
        {
            // The first attempts may still find the dead pass's lease unexpired (exit 1); within one lease duration it is free.
            attempts.Add(await AppProcess.RunAsync(environment, "poll"));
        }
        while (attempts[^1].ExitCode != 0 && DateTime.UtcNow < deadline);

        var (code, output, error) = attempts[^1];
        Assert.True(code == 0, error);
        Assert.All(attempts.SkipLast(1), a => Assert.Contains("Another instance", a.Error, StringComparison.Ordinal));
        Assert.Contains("Succeeded. 2 laws checked", output, StringComparison.Ordinal);
        var outcomes = new List<string>();
        await using (var connection = new SqliteConnection($"Data Source={database}"))
        {
            await connection.OpenAsync();
            await using var command = new SqliteCommand("SELECT Outcome FROM PollRuns ORDER BY Id", connection);
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                outcomes.Add(reader.GetString(0));
            }
        }

        Assert.Equal(["Abandoned", "Succeeded"], outcomes);
        SqliteConnection.ClearAllPools();
        Directory.Delete(directory, recursive: true);
    }
}
