using JapanAiGov.Web.Data;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace JapanAiGov.Web.Caching;

/// <summary>
/// Brings this instance's cached pages up to date with writes made by other instances: every
/// <see cref="PublicPageCacheOptions.SyncInterval"/> it reads the highest <see cref="ContentChange"/> id (one indexed
/// lookup) and, when it moved, moves to a new <see cref="PublicContentVersion"/>. Once an hour it forgets records older
/// than a day. A failed read is logged and retried at the next tick; it never stops the host.
/// </summary>
public sealed class ContentChangeSync(
    IServiceScopeFactory scopes,
    PublicContentVersion version,
    IOutputCacheStore store,
    PageRenderer renderer,
    IOptions<PublicPageCacheOptions> options,
    TimeProvider time,
    ILogger<ContentChangeSync> logger) : BackgroundService
{
    private static readonly TimeSpan KeepFor = TimeSpan.FromDays(1);
    private static readonly TimeSpan PruneEvery = TimeSpan.FromHours(1);

    private long? _seen;
    private DateTimeOffset _lastPruned = DateTimeOffset.MinValue;

    /// <summary>One look at the shared record: true when another instance (or this one) wrote since the last look.</summary>
    public async Task<bool> SyncOnceAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var latest = await db.ContentChanges.MaxAsync(c => (long?)c.Id, cancellationToken) ?? 0;
        var moved = _seen is { } seen && latest != seen;
        _seen = latest;
        if (moved)
        {
            // Which items another instance changed is not known here: the dashboard is rendered ahead, item pages by readers.
            await version.AdvanceAsync(store, cancellationToken, renderer.Enabled ? generation => renderer.RenderAsync(generation, ["/"]) : null);
        }

        var now = time.GetUtcNow();
        if (now - _lastPruned >= PruneEvery)
        {
            _lastPruned = now;
            var cutoff = now - KeepFor;

            // The newest record stays, so ids keep growing even on SQLite (which reuses the highest id once it is gone).
            await db.ContentChanges.Where(c => c.Id < latest && c.ChangedAt < cutoff).ExecuteDeleteAsync(cancellationToken);
        }

        return moved;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.SyncInterval, time);
        do
        {
            try
            {
                await SyncOnceAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                logger.LogWarning(exception, "Could not check for other instances' writes; cached pages stay until the next check or {Duration}", options.Value.Duration);
            }
        }
        while (await WaitAsync(timer, stoppingToken));
    }

    private static async Task<bool> WaitAsync(PeriodicTimer timer, CancellationToken stoppingToken)
    {
        try
        {
            return await timer.WaitForNextTickAsync(stoppingToken);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
