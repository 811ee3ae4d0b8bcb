using JapanAiGov.Web.Alerts;

namespace JapanAiGov.Web.Tests.Alerts;

public sealed class DeliveryTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 9, 0, 0, TimeSpan.Zero);
    private static readonly AlertsOptions Options = new() { MaxAttempts = 3, RetryBaseDelay = TimeSpan.FromSeconds(30), RetryMaxDelay = TimeSpan.FromHours(1) };

    private static Delivery Leased(DeliveryKind kind = DeliveryKind.Alert) => new()
    {
        Kind = kind,
        DedupKey = "alert/1/2",
        ProtectedToken = "protected",
        Status = DeliveryStatus.Pending,
        NextAttemptAt = Now,
        CreatedAt = Now,
        LeaseOwner = "host/1/abc",
        LeaseUntil = Now.AddMinutes(1),
    };

    [Fact]
    public void MarkSent_AfterOneAttempt_IsSentWithTheTimeAndNoLeaseOrToken()
    {
        var delivery = Leased();
        delivery.BeginAttempt();

        delivery.MarkSent(Now);

        Assert.Equal(DeliveryStatus.Sent, delivery.Status);
        Assert.Equal(Now, delivery.SentAt);
        Assert.Equal(1, delivery.Attempts);
        Assert.Null(delivery.ProtectedToken);
        Assert.Null(delivery.LeaseOwner);
        Assert.Null(delivery.LeaseUntil);
    }

    [Fact]
    public void BeginAttempt_TwiceBecauseACrashLostTheFirstOutcome_CountsBoth()
    {
        var delivery = Leased();
        delivery.BeginAttempt();
        delivery.BeginAttempt();

        delivery.MarkSent(Now);

        Assert.Equal(2, delivery.Attempts);
    }

    [Theory]
    [InlineData(0.0, 15)]
    [InlineData(1.0, 30)]
    public void MarkFailed_Transient_IsRetriedAfterTheBackoffWithJitter(double random, int seconds)
    {
        var delivery = Leased();
        delivery.BeginAttempt();

        delivery.MarkFailed("421 try later", permanent: false, Now, Options, random);

        Assert.Equal(DeliveryStatus.Pending, delivery.Status);
        Assert.Equal(Now.AddSeconds(seconds), delivery.NextAttemptAt);
        Assert.Equal("421 try later", delivery.LastError);
        Assert.Null(delivery.LeaseOwner);
        Assert.Equal("protected", delivery.ProtectedToken);
    }

    [Theory]
    [InlineData(600, 600)]
    [InlineData(5, 30)]
    public void MarkFailed_WithRetryAfter_WaitsAtLeastThatLong(int retryAfterSeconds, int expectedSeconds)
    {
        var delivery = Leased();
        delivery.BeginAttempt();

        delivery.MarkFailed("HTTP 429", permanent: false, Now, Options, random: 1.0, retryAfter: TimeSpan.FromSeconds(retryAfterSeconds));

        Assert.Equal(DeliveryStatus.Pending, delivery.Status);
        Assert.Equal(Now.AddSeconds(expectedSeconds), delivery.NextAttemptAt);
    }

    [Fact]
    public void MarkFailed_TransientAtTheLastAllowedAttempt_GivesUpAsDead()
    {
        var delivery = Leased();
        for (var i = 0; i < Options.MaxAttempts; i++)
        {
            delivery.BeginAttempt();
        }

        delivery.MarkFailed("Connection refused", permanent: false, Now, Options, 0.5);

        Assert.Equal(DeliveryStatus.Dead, delivery.Status);
        Assert.Equal("Gave up after 3 attempts: Connection refused", delivery.LastError);
        Assert.Null(delivery.ProtectedToken);
        Assert.Null(delivery.LeaseOwner);
    }

    [Fact]
    public void MarkFailed_Permanent_IsDeadAtOnce()
    {
        var delivery = Leased();
        delivery.BeginAttempt();

        delivery.MarkFailed("550 5.1.1 <a***@example.org>: unknown", permanent: true, Now, Options, 0.5);

        Assert.Equal(DeliveryStatus.Dead, delivery.Status);
        Assert.Equal(1, delivery.Attempts);
        Assert.StartsWith("550", delivery.LastError, StringComparison.Ordinal);
    }

    [Fact]
    public void MarkFailed_DeadConfirmation_KeepsItsTokenForAnAdminsRetry()
    {
        var delivery = Leased(DeliveryKind.Confirmation);
        delivery.BeginAttempt();

        delivery.MarkFailed("550 refused", permanent: true, Now, Options, 0.5);

        Assert.Equal("protected", delivery.ProtectedToken);
    }

    [Fact]
    public void MarkFailed_LongError_IsTruncatedToTheColumn()
    {
        var delivery = Leased();
        delivery.BeginAttempt();

        delivery.MarkFailed(new string('x', 5000), permanent: false, Now, Options, 0.5);

        Assert.Equal(Delivery.LastErrorMaxLength, delivery.LastError!.Length);
    }

    [Fact]
    public void Postpone_ManyTimes_NeverCountsAnAttemptNorBecomesDead()
    {
        var delivery = Leased();
        for (var i = 0; i < 10; i++)
        {
            delivery.Postpone("The key was not found in the key ring.", Now, Options, 1.0);
        }

        Assert.Equal(DeliveryStatus.Pending, delivery.Status);
        Assert.Equal(0, delivery.Attempts);
        Assert.Equal(Now.AddSeconds(30), delivery.NextAttemptAt);
        Assert.Null(delivery.LeaseOwner);
    }

    [Theory]
    [InlineData(0, 1.0, 30)] // queued just now: the base delay
    [InlineData(10, 1.0, 30)]
    [InlineData(600, 1.0, 600)] // waited ten minutes: waits about ten more
    [InlineData(600, 0.0, 300)] // jitter takes up to half off
    [InlineData(3599, 1.0, 3599)]
    [InlineData(3601, 1.0, 3600)] // never longer than the maximum delay
    [InlineData(86400 * 30, 0.5, 2700)]
    public void Postpone_WaitsAboutAsLongAgainAsItHasWaited_BetweenBaseAndMaximum(int waitedSeconds, double random, int expectedSeconds)
    {
        var delivery = Leased();
        var now = Now.AddSeconds(waitedSeconds);

        delivery.Postpone("Token cannot be decrypted yet", now, Options, random);

        Assert.Equal(now.AddSeconds(expectedSeconds), delivery.NextAttemptAt);
    }

    [Fact]
    public void Postpone_RepeatedWhileTheKeyNeverComes_TriesFewerThanThirtyTimesADay()
    {
        var delivery = Leased();
        var tries = 0;
        for (var now = Now; now < Now.AddDays(1); now = delivery.NextAttemptAt)
        {
            delivery.Postpone("Token cannot be decrypted yet", now, Options, 1.0);
            tries++;
        }

        // 30 s, 60 s, 2 min ... doubling up to the hour: 7 tries in the first hour, then one an hour (was 2,880 a day).
        Assert.InRange(tries, 24, 31);
        Assert.Equal(0, delivery.Attempts);
    }

    [Fact]
    public void Cancel_DropsTokenAndLease()
    {
        var delivery = Leased(DeliveryKind.Confirmation);

        delivery.Cancel();

        Assert.Equal(DeliveryStatus.Cancelled, delivery.Status);
        Assert.Null(delivery.ProtectedToken);
        Assert.Null(delivery.LeaseUntil);
        Assert.Equal(0, delivery.Attempts);
    }
}
