using System.Net;
using JapanAiGov.Web.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace JapanAiGov.Web.IntegrationTests.Pages;

public sealed class OperationsTests
{
    [Fact]
    public async Task HealthEndpoints_WithDatabaseReachable_AreHealthy()
    {
        await using var app = new JapanAiGovFactory();
        var client = app.CreateClient();

        using var live = await client.GetAsync("/health/live");
        using var ready = await client.GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal("Healthy", await ready.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task ReadyEndpoint_WithDatabaseGone_IsUnhealthyWhileLiveStaysUp()
    {
        await using var app = new JapanAiGovFactory();
        var client = app.CreateClient();
        await app.WithDbAsync(db => db.Database.ExecuteSqlRawAsync("DROP TABLE \"Items\";"));

        using var live = await client.GetAsync("/health/live");
        using var ready = await client.GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
    }
}
