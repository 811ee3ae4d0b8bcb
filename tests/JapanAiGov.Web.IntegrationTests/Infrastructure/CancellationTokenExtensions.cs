namespace JapanAiGov.Web.IntegrationTests.Infrastructure;

public static class CancellationTokenExtensions
{
    /// <summary>Completes when <paramref name="token"/> is cancelled: for a test server holding a request open.</summary>
    public static async Task WhenCanceledAsync(this CancellationToken token)
    {
        var canceled = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var registration = token.Register(() => canceled.TrySetResult());
        await canceled.Task;
    }
}
