using JapanAiGov.Web.Data;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace JapanAiGov.Web.Caching;

/// <summary>
/// Brings this instance's cached pages up to date with writes made by other instances: every
/// <see cref="PublicPageCacheOptions.SyncInterval"/> it reads the ids of the <see cref="ContentChange"/>s recorded in
/// the last minutes and, when one it has not seen appears, moves to a new <see cref="PublicContentVersion"/>. Not just
/// the highest id: PostgreSQL hands ids out when a row is inserted, not when it commits, so a write that commits after a
/// later-numbered one shows up below the highest id already seen. Ids are re-read for <see cref="Settle"/> (far longer
/// than any write's transaction); older ones are final. Once an hour it forgets records older than a day. A failed
/// read is logged and retried at the next tick; it never stops the host.
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

    /// <summary>How long a recorded id is still read again, in case a transaction that took a lower id commits late.</summary>
    public static readonly TimeSpan Settle = TimeSpan.FromMinutes(10);

    /// <summary>Every id at or below it has been seen and can no longer change; null before the first look.</summary>
    private long? _floor;

    /// <summary>The ids above <see cref="_floor"/> seen so far.</summary>
    private HashSet<long> _recent = [];

    /// <summary>The highest id at each look within <see cref="Settle"/>, oldest first: where the floor moves to next.</summary>
    private readonly Queue<(DateTimeOffset At, long Highest)> _looks = new();

    private DateTimeOffset _lastPruned = DateTimeOffset.MinValue;

    private readonly SemaphoreSlim _looking = new(1, 1);

    /// <summary>One look at the shared record: true when another instance (or this one) wrote since the last look.</summary>
    public async Task<bool> SyncOnceAsync(CancellationToken cancellationToken)
    {
        await _looking.WaitAsync(cancellationToken);
        try
        {
            return await LookAsync(cancellationToken);
        }
        finally
        {
            _looking.Release();
        }
    }

    public override void Dispose()
    {
        _looking.Dispose();
        base.Dispose();
    }

    private async Task<bool> LookAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var now = time.GetUtcNow();
        bool moved;
        long latest;
        if (_floor is not { } floor)
        {
            latest = await db.ContentChanges.MaxAsync(c => (long?)c.Id, cancellationToken) ?? 0;
            (_floor, moved) = (latest, false);
        }
        else
        {
            var ids = await db.ContentChanges.Where(c => c.Id > floor).Select(c => c.Id).ToListAsync(cancellationToken);
            moved = ids.Exists(id => !_recent.Contains(id));
            _recent = [.. ids];
            latest = ids.Count == 0 ? _looks.LastOrDefault().Highest : ids.Max();
            latest = Math.Max(latest, floor);
        }

        _looks.Enqueue((now, latest));
        while (_looks.Peek().At <= now - Settle)
        {
            _floor = Math.Max(_floor!.Value, _looks.Dequeue().Highest);
        }

        _recent.RemoveWhere(id => id <= _floor);
        if (moved)
        {
            // Which items another instance changed is not known here: the dashboard is rendered ahead, item pages by readers.
            await version.AdvanceAsync(store, cancellationToken, renderer.Enabled ? generation => renderer.RenderAsync(generation, ["/"]) : null);
        }

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
