using JapanAiGov.Web.Polling;
using JapanAiGov.Web.Sources;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace JapanAiGov.Web.Tests.Polling;

public sealed class EGovRequestPacerTests
{
    private static readonly Func<CancellationToken, Task<bool>> NoRequest = _ => Task.FromResult(true);

    [Fact]
    public async Task WaitTurn_SecondRequestWithinAnInterval_WaitsForTheClock()
    {
        var time = new FakeTimeProvider();
        using var pacer = new EGovRequestPacer(Options.Create(new EGovOptions { MinRequestInterval = TimeSpan.FromSeconds(1) }), time);

        await pacer.InTurnAsync(NoRequest, CancellationToken.None);
        var second = pacer.InTurnAsync(NoRequest, CancellationToken.None);

        Assert.False(second.IsCompleted);
        time.Advance(TimeSpan.FromMilliseconds(999));
        Assert.False(second.IsCompleted);
        time.Advance(TimeSpan.FromMilliseconds(1));
        await second;

        time.Advance(TimeSpan.FromSeconds(5));
        Assert.True(pacer.InTurnAsync(NoRequest, CancellationToken.None).IsCompleted);
    }

    [Fact]
    public async Task InTurn_SlowAnswer_NextRequestWaitsAnIntervalAfterItsEnd()
    {
        var time = new FakeTimeProvider();
        using var pacer = new EGovRequestPacer(Options.Create(new EGovOptions { MinRequestInterval = TimeSpan.FromSeconds(1) }), time);
        var answer = new TaskCompletionSource<bool>();
        var first = pacer.InTurnAsync(_ => answer.Task, CancellationToken.None);
        var second = pacer.InTurnAsync(NoRequest, CancellationToken.None);

        time.Advance(TimeSpan.FromMilliseconds(300));
        answer.SetResult(true);
        await first;
        time.Advance(TimeSpan.FromMilliseconds(999));
        Assert.False(second.IsCompleted);
        time.Advance(TimeSpan.FromMilliseconds(1));

        Assert.True(await second);
    }

    [Fact]
    public async Task WaitTurn_ZeroInterval_NeverWaits()
    {
        var time = new FakeTimeProvider();
        using var pacer = new EGovRequestPacer(Options.Create(new EGovOptions { MinRequestInterval = TimeSpan.Zero }), time);

        for (var i = 0; i < 5; i++)
        {
            Assert.True(pacer.InTurnAsync(NoRequest, CancellationToken.None).IsCompleted);
        }

        await pacer.InTurnAsync(NoRequest, CancellationToken.None);
    }

    [Fact]
    public void Options_Defaults_AreValidAndOneRequestASecond()
    {
        var options = new EGovOptions();

        Assert.Empty(options.Validate(new System.ComponentModel.DataAnnotations.ValidationContext(options)));
        Assert.Equal(TimeSpan.FromSeconds(1), options.MinRequestInterval);
    }

    [Theory]
    [InlineData("415AC0000000057", true)]
    [InlineData("321CONSTITUTION", true)]
    [InlineData("415ac0000000057", false)]
    [InlineData("415AC000000005", false)]
    [InlineData("415AC0000000057/../", false)]
    public void IsWellFormedLawId_ChecksLengthAndCharacters(string lawId, bool expected) =>
        Assert.Equal(expected, WatchedLaw.IsWellFormedLawId(lawId));
}
