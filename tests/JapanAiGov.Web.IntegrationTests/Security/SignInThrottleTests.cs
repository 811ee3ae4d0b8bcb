using System.Net;
using JapanAiGov.Web.Accounts;
using JapanAiGov.Web.IntegrationTests.Infrastructure;

namespace JapanAiGov.Web.IntegrationTests.Security;

/// <summary>Issue 25, point 9: the sign-in limit counts per account and address, and the refusal states the real wait.</summary>
public sealed class SignInThrottleTests
{
    [Fact]
    public async Task Login_OneColleaguesTyposBehindTheSameAddress_DoNotHoldBackAnother()
    {
        await using var app = new JapanAiGovFactory();
        await app.CreateAccountAsync("colleague@example.org", Roles.Editor);
        var typist = app.CreateBrowserLikeClient();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i <= SignInThrottle.PermitLimit; i++)
        {
            using var attempt = await typist.PostFormAsync("/account/login", new() { ["Input.Email"] = "typist@example.org", ["Input.Password"] = "wrong password!!" });
            statuses.Add(attempt.StatusCode);
        }

        var colleague = app.CreateBrowserLikeClient();
        using var signedIn = await colleague.PostFormAsync("/account/login", new() { ["Input.Email"] = "colleague@example.org", ["Input.Password"] = JapanAiGovFactory.Password });

        Assert.All(statuses.Take(SignInThrottle.PermitLimit), s => Assert.Equal(HttpStatusCode.OK, s));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
    }

    [Fact]
    public async Task Login_SameAccountInAnotherCase_CountsAsTheSameAccount()
    {
        await using var app = new JapanAiGovFactory();
        var client = app.CreateBrowserLikeClient();
        var last = HttpStatusCode.OK;
        for (var i = 0; i <= SignInThrottle.PermitLimit; i++)
        {
            var email = i % 2 == 0 ? "Typist@Example.org" : " typist@example.org ";
            using var attempt = await client.PostFormAsync("/account/login", new() { ["Input.Email"] = email, ["Input.Password"] = "wrong password!!" });
            last = attempt.StatusCode;
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, last);
    }

    [Theory]
    [InlineData("ja")]
    [InlineData("en")]
    public async Task Login_OverTheLimit_StatesTheRealWaitFromRetryAfter(string culture)
    {
        await using var app = new JapanAiGovFactory();
        var client = app.CreateBrowserLikeClient();
        _ = await client.GetDocumentAsync($"/account/login?culture={culture}");
        HttpResponseMessage? refused = null;
        for (var i = 0; i <= SignInThrottle.PermitLimit; i++)
        {
            refused?.Dispose();
            refused = await client.PostFormAsync("/account/login", new() { ["Input.Email"] = "typist@example.org", ["Input.Password"] = "wrong password!!" });
        }

        using (refused)
        {
            Assert.Equal(HttpStatusCode.TooManyRequests, refused!.StatusCode);
            var seconds = (int)refused.Headers.RetryAfter!.Delta!.Value.TotalSeconds;
            Assert.InRange(seconds, 1, (int)SignInThrottle.Window.TotalSeconds);
            var minutes = (seconds + 59) / 60;
            var text = (await refused.ReadDocumentAsync()).QuerySelector("main")!.TextContent;
            Assert.Contains(culture == "ja" ? $"{minutes}分後に再度お試しください。" : $"Please try again in {minutes} minute", text, StringComparison.Ordinal);
            Assert.DoesNotContain("1分ほど", text, StringComparison.Ordinal);
            Assert.DoesNotContain("wait a minute", text, StringComparison.Ordinal);
        }
    }
}
