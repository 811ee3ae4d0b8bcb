using System.Diagnostics;
using System.Net;
using JapanAiGov.Web.Hosting;
using JapanAiGov.Web.Infrastructure.Commands;
using JapanAiGov.Web.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace JapanAiGov.Web.IntegrationTests.Polling;

public sealed class PollCommandTests
{
    private static async Task<(int ExitCode, string Output, string Error)> RunAsync(JapanAiGovFactory app, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await CommandLine.RunAsync(app.Services, args, new StringReader(string.Empty), output, error);
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task Poll_NewRevisionOnLoopbackEGov_PutsOneUpdateInTheInbox()
    {
        await using var egov = await FakeEGovServer.StartWithSamplesAsync();
        await using var app = new JapanAiGovFactory(egov.Settings());
        var (baselineCode, baseline, _) = await RunAsync(app, "poll");
        egov.SetRevisions(EGovTestData.PipaLawId, EGovTestData.PipaRevisionsWithNewRevision());
        egov.SetLawData(EGovTestData.PipaNewRevisionId, EGovTestData.PipaTextAfter());

        var (code, output, _) = await RunAsync(app, "poll");

        Assert.Equal(ExitCodes.Success, baselineCode);
        Assert.Contains("Succeeded", baseline, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains("1 new revisions, 1 updates", output, StringComparison.Ordinal);
        Assert.Equal(1, await app.WithDbAsync(db => db.LegislativeUpdates.CountAsync()));
    }

    [Fact]
    public async Task Poll_EGovFailing_StillExits0AndReportsTheFailure()
    {
        await using var egov = await FakeEGovServer.StartWithSamplesAsync();
        await using var app = new JapanAiGovFactory(egov.Settings(new() { ["EGov:MaxRetryAttempts"] = "1" }));
        egov.AlwaysFail("law_revisions/" + EGovTestData.PipaLawId, HttpStatusCode.InternalServerError, EGovTestData.Sample("error-500.json"));
        egov.AlwaysFail("law_revisions/" + EGovTestData.AiActLawId, HttpStatusCode.InternalServerError, EGovTestData.Sample("error-500.json"));

        var (code, output, _) = await RunAsync(app, "poll");

        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains("Failed", output, StringComparison.Ordinal);
        Assert.Contains("500001", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Poll_LeaseHeld_Exits1()
    {
        await using var app = new JapanAiGovFactory();
        await app.WithDbAsync(db => db.PollerLeases.ExecuteUpdateAsync(s => s
            .SetProperty(l => l.Holder, "other")
            .SetProperty(l => l.ExpiresAt, app.Time.GetUtcNow().AddMinutes(5))));

        var (code, _, error) = await RunAsync(app, "poll");

        Assert.Equal(ExitCodes.Failure, code);
        Assert.Contains("Another instance", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Process_PollOnFreshDatabaseAgainstLoopbackEGov_Exits0AndRecordsThePass()
    {
        await using var egov = await FakeEGovServer.StartWithSamplesAsync();
        var directory = Path.Combine(Path.GetTempPath(), "japanaigov-tests", Guid.NewGuid().ToString("N"));
        var environment = new Dictionary<string, string>
        {
            ["ConnectionStrings__Default"] = $"Data Source={Path.Combine(directory, "app.db")}",
            ["EGov__BaseUrl"] = egov.BaseUrl.ToString(),
            ["EGov__MinRequestInterval"] = "00:00:00",
        };

        var (code, output, error) = await AppProcess.RunAsync(environment, "poll");

        Assert.True(code == 0, error);
        Assert.Contains("Succeeded. 2 laws checked", output, StringComparison.Ordinal);
        Assert.Contains(egov.Requests, r => r.Path == "law_revisions/" + EGovTestData.PipaLawId);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(directory, recursive: true);
    }
}
