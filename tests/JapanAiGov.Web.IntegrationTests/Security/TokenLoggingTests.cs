using System.Globalization;
using JapanAiGov.Web.IntegrationTests.Infrastructure;

namespace JapanAiGov.Web.IntegrationTests.Security;

/// <summary>Issue 26 point 5: a secret token in a path never reaches the log, whatever the method, casing or outcome.</summary>
public sealed class TokenLoggingTests
{
    private const string Token = "SecretTokenValue_9f8e7d6c5b4a";

    [Fact]
    public async Task TokenPaths_AreLoggedAsTheirPattern_ForEveryMethodAndOutcome()
    {
        await using var app = new JapanAiGovFactory(new Dictionary<string, string?> { ["Serilog:MinimumLevel:Default"] = "Information" });
        var client = app.CreateClient();
        var methods = new[] { HttpMethod.Get, HttpMethod.Head, HttpMethod.Post, HttpMethod.Put, HttpMethod.Delete, HttpMethod.Options, HttpMethod.Patch, new HttpMethod("PROPFIND") };
        var paths = new[]
        {
            $"/alerts/confirm/{Token}", $"/alerts/unsubscribe/{Token}", $"/alerts/settings/{Token}", $"/Alerts/Settings/{Token}/x", $"/ALERTS/Unsubscribe/{Token}", $"/alerts/confirm/{Token}/more", $"/alerts/unsubscribe/{Token}/",
        };

        foreach (var method in methods)
        {
            foreach (var path in paths)
            {
                using var request = new HttpRequestMessage(method, path);
                using var response = await client.SendAsync(request);
            }
        }

        var events = app.Logs.Events.ToList();
        Assert.DoesNotContain(events, e => (e.RenderMessage(CultureInfo.InvariantCulture) + string.Join(" ", e.Properties.Values)).Contains(Token, StringComparison.Ordinal));
        var requests = events.Where(e => e.Properties.ContainsKey("RequestPath"))
            .Select(e => $"{e.Properties["RequestMethod"]} {e.Properties["RequestPath"]} {e.Properties["StatusCode"]}".Replace("\"", string.Empty, StringComparison.Ordinal))
            .ToList();
        Assert.Equal(methods.Length * paths.Length, requests.Count);
        Assert.Contains("PUT /alerts/confirm/{token} 405", requests);
        Assert.Contains(requests, r => r.StartsWith("OPTIONS /alerts/unsubscribe/{token} ", StringComparison.Ordinal));
        Assert.Contains(requests, r => r.StartsWith("DELETE /alerts/unsubscribe/{token} ", StringComparison.Ordinal));
        Assert.Contains("GET /alerts/confirm/{token} 404", requests);
    }
}
