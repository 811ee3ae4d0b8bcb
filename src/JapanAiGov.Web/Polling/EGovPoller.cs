using JapanAiGov.Web.Alerts;
using JapanAiGov.Web.Data;
using JapanAiGov.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

using JapanAiGov.Web.Sources;

namespace JapanAiGov.Web.Polling;

/// <summary>
/// One poll pass (<see cref="RunOnceAsync"/>): under the <see cref="PollerLease.EGovPoller"/> lease (renewed while it
/// runs; the pass stops if it is lost), each watched law is checked by <see cref="WatchedLawChecker"/> (new revisions
/// become <see cref="LegislativeUpdate"/>s for editors, with alerts). Each law is handled on its own: one failing law
/// never stops the others, and every pass is recorded as a <see cref="PollRun"/>; a pass whose instance died is marked
/// abandoned by the pass that takes its lease over.
/// </summary>
public sealed class EGovPoller(
    AppDbContext db,
    WatchedLawChecker checker,
    PollerLeaseStore leases,
    WakeUpSignal<AlertDispatcher> alertSignal,
    IOptions<EGovOptions> options,
    TimeProvider time,
    ILogger<EGovPoller> logger)
{
    /// <summary>Runs one pass; returns null when another instance holds the poller lease.</summary>
    public async Task<PollRun?> RunOnceAsync(PollTrigger trigger, CancellationToken cancellationToken)
    {
        await using var lease = await leases.TryAcquireAsync(PollerLease.EGovPoller, options.Value.LeaseDuration, cancellationToken);
        if (lease is null)
        {
            logger.LogInformation("Skipped an e-Gov poll pass: another instance holds the poller lease");
            return null;
        }

        using var pass = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, lease.Lost);
        var run = new PollRun { StartedAt = time.GetUtcNow(), Trigger = trigger, Outcome = PollOutcome.Running, Instance = lease.Holder };
        try
        {
            await AbandonedRuns.MarkAsync(db.PollRuns, lease, time, logger, pass.Token);
            db.PollRuns.Add(run);
            await db.SaveChangesAsync(pass.Token);
            logger.LogInformation("e-Gov poll pass {PollRunId} started ({PollTrigger})", run.Id, trigger);

            var lawIds = await db.WatchedLaws.Where(l => l.RemovedAt == null).OrderBy(l => l.Id).Select(l => l.Id).ToListAsync(pass.Token);
            foreach (var watchedLawId in lawIds)
            {
                db.ChangeTracker.Clear();
                run.Add(await PollLawAsync(watchedLawId, pass.Token));
                await SaveRunAsync(run, pass.Token);
            }

            run.Complete();
        }
        catch (OperationCanceledException) when (lease.Lost.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            run.Outcome = PollOutcome.Failed;
            run.Error = "Stopped: this instance lost the poller lease (it could not renew it in time), so the remaining laws are left to the instance that takes it over.";
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            logger.LogError(exception, "e-Gov poll pass {PollRunId} failed", run.Id);
            run.Outcome = PollOutcome.Failed;
            run.Error = Truncation.Fit(exception.Message, PollRun.ErrorMaxLength);
        }
        finally
        {
            if (run.Outcome == PollOutcome.Running)
            {
                run.Outcome = PollOutcome.Failed;
                run.Error = "The pass was cancelled (the app was stopping).";
            }

            run.FinishedAt = time.GetUtcNow();
            try
            {
                await SaveRunAsync(run, CancellationToken.None);
            }
            catch (Exception exception) when (exception is DbUpdateException or InvalidOperationException)
            {
                logger.LogError(exception, "Could not record the end of e-Gov poll pass {PollRunId}", run.Id);
            }
        }

        if (run.UpdatesCreated > 0)
        {
            alertSignal.Notify();
        }

        logger.LogInformation(
            "e-Gov poll pass {PollRunId} {PollOutcome}: {LawsChecked} laws checked, {LawsFailed} failed, {NewRevisions} new revisions, {UpdatesCreated} updates",
            run.Id,
            run.Outcome,
            run.LawsChecked,
            run.LawsFailed,
            run.NewRevisions,
            run.UpdatesCreated);
        return run;
    }

    private async Task SaveRunAsync(PollRun run, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        db.PollRuns.Attach(run);
        db.Entry(run).State = EntityState.Modified;
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task<PollLawResult> PollLawAsync(int watchedLawId, CancellationToken cancellationToken)
    {
        var started = time.GetTimestamp();
        var law = await db.WatchedLaws.SingleAsync(l => l.Id == watchedLawId, cancellationToken);
        var result = new PollLawResult { LawId = law.LawId, WatchedLawId = law.Id };
        using var scope = logger.BeginScope(new Dictionary<string, object> { ["LawId"] = law.LawId });
        try
        {
            await checker.CheckAsync(law, result, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            var error = exception is EGovException ? exception.Message : $"{exception.GetType().Name}: {exception.Message}";
            if (exception is EGovException)
            {
                // An expected failure mode (e-Gov down, malformed answer): the message says it all.
                logger.LogWarning("e-Gov check of law {LawId} failed: {Reason}", law.LawId, error);
            }
            else
            {
                logger.LogError(exception, "e-Gov check of law {LawId} failed: {Reason}", law.LawId, error);
            }

            result.Outcome = PollLawOutcome.Failed;
            result.Error = Truncation.Fit(error, PollRun.ErrorMaxLength);
            db.ChangeTracker.Clear();
            var now = time.GetUtcNow();
            await db.WatchedLaws.Where(l => l.Id == watchedLawId)
                .ExecuteUpdateAsync(s => s.SetProperty(l => l.LastCheckedAt, now).SetProperty(l => l.LastError, result.Error), cancellationToken);
        }

        result.DurationMs = (int)Math.Min(int.MaxValue, time.GetElapsedTime(started).TotalMilliseconds);
        return result;
    }
}
