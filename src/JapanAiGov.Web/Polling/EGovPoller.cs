using JapanAiGov.Web.Alerts;
using JapanAiGov.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace JapanAiGov.Web.Polling;

/// <summary>
/// One poll pass (<see cref="RunOnceAsync"/>): for each watched law, fetch its revision list from e-Gov, record
/// new revisions, compare each new revision's articles with the revision before it, and put one
/// <see cref="LegislativeUpdate"/> per new revision in the editors' inbox, with an <see cref="AlertEvent"/> for
/// the linked item's subscribers. A law's first pass only records its history (the baseline). Each law is
/// handled on its own: one failing law never stops the others, and every pass is recorded as a <see cref="PollRun"/>.
/// </summary>
public sealed class EGovPoller(
    AppDbContext db,
    EGovClient egov,
    PollerLeaseStore lease,
    AlertSignal alertSignal,
    TimeProvider time,
    ILogger<EGovPoller> logger)
{
    /// <summary>Runs one pass; returns null when another instance holds the poller lease.</summary>
    public async Task<PollRun?> RunOnceAsync(PollTrigger trigger, CancellationToken cancellationToken)
    {
        var instance = $"{Environment.MachineName}:{Environment.ProcessId}";
        var holder = $"{instance}:{Guid.NewGuid():N}";
        if (!await lease.TryAcquireAsync(holder, cancellationToken))
        {
            logger.LogInformation("Skipped an e-Gov poll pass: another instance holds the poller lease");
            return null;
        }

        var run = new PollRun { StartedAt = time.GetUtcNow(), Trigger = trigger, Outcome = PollOutcome.Running, Instance = instance };
        var alertsRaised = 0;
        try
        {
            db.PollRuns.Add(run);
            await db.SaveChangesAsync(cancellationToken);
            logger.LogInformation("e-Gov poll pass {PollRunId} started ({PollTrigger})", run.Id, trigger);

            var lawIds = await db.WatchedLaws.Where(l => l.RemovedAt == null).OrderBy(l => l.Id).Select(l => l.Id).ToListAsync(cancellationToken);
            foreach (var watchedLawId in lawIds)
            {
                db.ChangeTracker.Clear();
                var result = await PollLawAsync(watchedLawId, cancellationToken);
                alertsRaised += result.UpdatesCreated;
                run.Laws.Add(result);
                run.LawsChecked++;
                run.LawsFailed += result.Outcome == PollLawOutcome.Succeeded ? 0 : 1;
                run.NewRevisions += result.NewRevisions;
                run.UpdatesCreated += result.UpdatesCreated;
                await SaveRunAsync(run, cancellationToken);
                await lease.RenewAsync(holder, cancellationToken);
            }

            run.Outcome = run.LawsFailed == 0 ? PollOutcome.Succeeded
                : run.LawsFailed < run.LawsChecked ? PollOutcome.PartiallyFailed
                : PollOutcome.Failed;
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            logger.LogError(exception, "e-Gov poll pass {PollRunId} failed", run.Id);
            run.Outcome = PollOutcome.Failed;
            run.Error = Truncate(exception.Message, PollRun.ErrorMaxLength);
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

            await lease.ReleaseAsync(holder, CancellationToken.None);
        }

        if (alertsRaised > 0)
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
            await CheckLawAsync(law, result, cancellationToken);
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
            result.Error = Truncate(error, PollRun.ErrorMaxLength);
            db.ChangeTracker.Clear();
            var now = time.GetUtcNow();
            await db.WatchedLaws.Where(l => l.Id == watchedLawId)
                .ExecuteUpdateAsync(s => s.SetProperty(l => l.LastCheckedAt, now).SetProperty(l => l.LastError, result.Error), cancellationToken);
        }

        result.DurationMs = (int)Math.Min(int.MaxValue, time.GetElapsedTime(started).TotalMilliseconds);
        return result;
    }

    private async Task CheckLawAsync(WatchedLaw law, PollLawResult result, CancellationToken cancellationToken)
    {
        var list = await egov.GetRevisionsAsync(law.LawId, cancellationToken);
        var now = time.GetUtcNow();
        law.LastCheckedAt = now;
        if (list is null)
        {
            result.Outcome = PollLawOutcome.NotFound;
            result.Error = $"e-Gov has no revisions for law id {law.LawId} (404001).";
            law.LastError = result.Error;
            await db.SaveChangesAsync(cancellationToken);
            logger.LogWarning("e-Gov knows no revisions of watched law {LawId}", law.LawId);
            return;
        }

        var incoming = OwnRevisions(law.LawId, list.Revisions!);
        result.RevisionsSeen = incoming.Count;
        var stored = await db.LawRevisions.Where(r => r.WatchedLawId == law.Id).ToListAsync(cancellationToken);
        var storedIds = stored.Select(r => r.LawRevisionId).ToHashSet(StringComparer.Ordinal);
        foreach (var revision in incoming)
        {
            if (storedIds.Contains(revision.LawRevisionId!))
            {
                Refresh(stored.First(r => r.LawRevisionId == revision.LawRevisionId), revision);
            }
        }

        var fresh = incoming.Where(r => !storedIds.Contains(r.LawRevisionId!)).OrderBy(r => r.LawRevisionId, StringComparer.Ordinal).ToList();
        result.NewRevisions = fresh.Count;
        if (law.BaselineAt is null)
        {
            await RecordBaselineAsync(law, stored, fresh, result, now, cancellationToken);
            return;
        }

        await db.SaveChangesAsync(cancellationToken);
        var texts = new Dictionary<string, IReadOnlyList<LawArticle>?>(StringComparer.Ordinal);
        foreach (var incomingRevision in fresh)
        {
            var revision = NewRevision(law, incomingRevision, now, baseline: false);
            var previous = stored.Where(r => string.CompareOrdinal(r.LawRevisionId, revision.LawRevisionId) < 0)
                .MaxBy(r => r.LawRevisionId, StringComparer.Ordinal);
            var update = new LegislativeUpdate
            {
                WatchedLawId = law.Id,
                Revision = revision,
                PreviousRevision = previous,
                DetectedAt = now,
                State = LegislativeUpdateState.New,
            };
            await CompareAsync(update, revision, previous, texts, cancellationToken);
            db.LawRevisions.Add(revision);
            db.LegislativeUpdates.Add(update);
            RaiseAlert(law, update, now);
            await db.SaveChangesAsync(cancellationToken);
            stored.Add(revision);
            result.UpdatesCreated++;
            logger.LogInformation(
                "New revision {LawRevisionId} of {LawId} ({AmendmentLawNum}): update {LegislativeUpdateId}, {ArticlesChanged} articles changed, {ArticlesAdded} added, {ArticlesRemoved} removed",
                revision.LawRevisionId,
                law.LawId,
                revision.AmendmentLawNum,
                update.Id,
                update.ArticlesChanged,
                update.ArticlesAdded,
                update.ArticlesRemoved);
        }

        await RetryMissingTextsAsync(law, texts, cancellationToken);
        UpdateCurrentRevision(law, stored, result);
        law.LastSucceededAt = now;
        law.LastError = null;
        result.Outcome = PollLawOutcome.Succeeded;
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>A law's first pass: its whole existing history, quietly, plus the newest text to compare the next revision with.</summary>
    private async Task RecordBaselineAsync(WatchedLaw law, List<LawRevision> stored, List<EGovRevision> fresh, PollLawResult result, DateTimeOffset now, CancellationToken cancellationToken)
    {
        result.Baseline = true;
        foreach (var incomingRevision in fresh)
        {
            var revision = NewRevision(law, incomingRevision, now, baseline: true);
            db.LawRevisions.Add(revision);
            stored.Add(revision);
        }

        law.BaselineAt = now;
        UpdateCurrentRevision(law, stored, result);
        law.LastSucceededAt = now;
        law.LastError = null;
        result.Outcome = PollLawOutcome.Succeeded;
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Recorded {RevisionCount} existing revisions of {LawId} as its baseline", fresh.Count, law.LawId);

        // Not essential (texts are also fetched when first needed), so a failure here leaves the baseline in place.
        var newest = stored.MaxBy(r => r.LawRevisionId, StringComparer.Ordinal);
        if (newest is not null && newest.TextHash is null)
        {
            await FetchArticlesAsync(newest, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    private async Task CompareAsync(
        LegislativeUpdate update,
        LawRevision revision,
        LawRevision? previous,
        Dictionary<string, IReadOnlyList<LawArticle>?> texts,
        CancellationToken cancellationToken)
    {
        var newArticles = await FetchArticlesAsync(revision, cancellationToken);
        texts[revision.LawRevisionId] = newArticles;
        if (newArticles is null)
        {
            update.SetDiff(LegislativeDiffStatus.TextUnavailable, ArticleDiff.Empty);
            return;
        }

        if (previous is null)
        {
            update.SetDiff(LegislativeDiffStatus.NoPreviousRevision, ArticleDiff.Empty);
            return;
        }

        var oldArticles = await ArticlesOfAsync(previous, texts, cancellationToken);
        if (oldArticles is null)
        {
            update.SetDiff(LegislativeDiffStatus.PreviousTextUnavailable, ArticleDiff.Empty);
            return;
        }

        update.SetDiff(LegislativeDiffStatus.Compared, ArticleDiff.Compare(oldArticles, newArticles));
    }

    /// <summary>Updates whose text e-Gov did not have yet get their comparison once it appears.</summary>
    private async Task RetryMissingTextsAsync(WatchedLaw law, Dictionary<string, IReadOnlyList<LawArticle>?> texts, CancellationToken cancellationToken)
    {
        var waiting = await db.LegislativeUpdates
            .Include(u => u.Revision)
            .Include(u => u.PreviousRevision)
            .Where(u => u.WatchedLawId == law.Id && u.DiffStatus == LegislativeDiffStatus.TextUnavailable)
            .ToListAsync(cancellationToken);
        foreach (var update in waiting.Where(u => !texts.ContainsKey(u.Revision!.LawRevisionId)))
        {
            await CompareAsync(update, update.Revision!, update.PreviousRevision, texts, cancellationToken);
            if (update.DiffStatus != LegislativeDiffStatus.TextUnavailable)
            {
                logger.LogInformation("The text of {LawRevisionId} is now on e-Gov; update {LegislativeUpdateId} compared", update.Revision!.LawRevisionId, update.Id);
            }
        }
    }

    private async Task<IReadOnlyList<LawArticle>?> ArticlesOfAsync(LawRevision revision, Dictionary<string, IReadOnlyList<LawArticle>?> texts, CancellationToken cancellationToken)
    {
        if (texts.TryGetValue(revision.LawRevisionId, out var cached))
        {
            return cached;
        }

        IReadOnlyList<LawArticle>? articles;
        if (revision.TextHash is not null)
        {
            var json = revision.Text?.ArticlesJson
                ?? await db.LawRevisionTexts.Where(t => t.Id == revision.Id).Select(t => t.ArticlesJson).SingleOrDefaultAsync(cancellationToken);
            articles = json is null ? await FetchArticlesAsync(revision, cancellationToken) : LawArticles.FromJson(json);
        }
        else
        {
            articles = await FetchArticlesAsync(revision, cancellationToken);
        }

        texts[revision.LawRevisionId] = articles;
        return articles;
    }

    /// <summary>Fetches, extracts and stores a revision's articles; null when e-Gov has no text for it (404004).</summary>
    private async Task<IReadOnlyList<LawArticle>?> FetchArticlesAsync(LawRevision revision, CancellationToken cancellationToken)
    {
        var data = await egov.GetLawDataAsync(revision.LawRevisionId, cancellationToken);
        if (data is null)
        {
            logger.LogInformation("e-Gov has no text for revision {LawRevisionId} yet", revision.LawRevisionId);
            return null;
        }

        var answered = data.RevisionInfo?.LawRevisionId;
        if (answered is not null && answered != revision.LawRevisionId)
        {
            throw new EGovException(EGovFailureKind.Malformed, $"e-Gov answered a request for the text of {revision.LawRevisionId} with {answered}.");
        }

        var articles = ArticleExtractor.Extract(data.LawFullText!);
        var json = LawArticles.ToJson(articles);
        if (revision.Text is null)
        {
            var existing = revision.Id == 0 ? null : await db.LawRevisionTexts.FindAsync([revision.Id], cancellationToken);
            if (existing is null)
            {
                revision.Text = new LawRevisionText { ArticlesJson = json };
            }
            else
            {
                existing.ArticlesJson = json;
                revision.Text = existing;
            }
        }
        else
        {
            revision.Text.ArticlesJson = json;
        }

        revision.TextHash = LawArticles.Hash(json);
        revision.ArticleCount = articles.Count;
        revision.TextFetchedAt = time.GetUtcNow();
        return articles;
    }

    private void RaiseAlert(WatchedLaw law, LegislativeUpdate update, DateTimeOffset now)
    {
        if (law.ItemId is not { } itemId)
        {
            return;
        }

        // The update's key is a temporary value until SaveChanges; EF fixes the foreign key up when it inserts both,
        // so the update and its alert commit in one SaveChanges (the outbox).
        db.AlertEvents.Add(AlertEvent.ForLegislativeUpdate((long)db.Entry(update).Property(u => u.Id).CurrentValue, itemId, now));
    }

    /// <summary>The revision in force today: the newest whose enforcement date has come (API.md §3.2: never trust the status flag).</summary>
    private void UpdateCurrentRevision(WatchedLaw law, List<LawRevision> revisions, PollLawResult result)
    {
        var today = JapanDate.Today(time);
        var current = revisions.Where(r => r.IsInForceOn(today)).MaxBy(r => r.LawRevisionId, StringComparer.Ordinal)?.LawRevisionId;
        if (current == law.CurrentLawRevisionId)
        {
            return;
        }

        if (law.CurrentLawRevisionId is not null && current is not null)
        {
            result.NowInForce = current;
            logger.LogInformation("Revision {LawRevisionId} of {LawId} is now in force (was {PreviousLawRevisionId})", current, law.LawId, law.CurrentLawRevisionId);
        }

        law.CurrentLawRevisionId = current;
    }

    private static List<EGovRevision> OwnRevisions(string lawId, IReadOnlyList<EGovRevision> revisions)
    {
        var own = revisions
            .Where(r => r?.LawRevisionId is { Length: > 16 } id && id.StartsWith(lawId + "_", StringComparison.Ordinal) && id.Length <= 60)
            .DistinctBy(r => r.LawRevisionId, StringComparer.Ordinal)
            .ToList();
        if (own.Count == 0 && revisions.Count > 0)
        {
            throw new EGovException(EGovFailureKind.Malformed, $"e-Gov's revision list for {lawId} has {revisions.Count} entries but none with a law_revision_id of this law.");
        }

        return own;
    }

    private static LawRevision NewRevision(WatchedLaw law, EGovRevision source, DateTimeOffset now, bool baseline)
    {
        var revision = new LawRevision
        {
            WatchedLawId = law.Id,
            LawRevisionId = source.LawRevisionId!,
            FirstSeenAt = now,
            IsBaseline = baseline,
        };
        Refresh(revision, source);
        return revision;
    }

    /// <summary>Dates and titles can be corrected on e-Gov (a provisional date gets fixed); keep the stored copy current.</summary>
    private static void Refresh(LawRevision revision, EGovRevision source)
    {
        revision.LawTitle = Truncate(source.LawTitle, 500);
        revision.AmendmentLawId = source.AmendmentLawId is { Length: <= 15 } amendmentLawId ? amendmentLawId : null;
        revision.AmendmentLawTitle = Truncate(source.AmendmentLawTitle, 1000);
        revision.AmendmentLawNum = Truncate(source.AmendmentLawNum, 200);
        revision.PromulgationDate = source.AmendmentPromulgateDate;
        revision.EnforcementDate = source.AmendmentEnforcementDate;
        revision.ScheduledEnforcementDate = source.AmendmentScheduledEnforcementDate;
        revision.EnforcementComment = Truncate(string.IsNullOrWhiteSpace(source.AmendmentEnforcementComment) ? null : source.AmendmentEnforcementComment, 2000);
        revision.ApiStatus = Truncate(source.CurrentRevisionStatus, 40);
        revision.AmendmentType = Truncate(source.AmendmentType, 10);
        revision.EGovUpdatedAt = source.Updated;
    }

    private static string? Truncate(string? text, int max) => text is null || text.Length <= max ? text : text[..(max - 1)] + "…";
}
