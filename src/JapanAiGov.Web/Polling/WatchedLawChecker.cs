using JapanAiGov.Web.Alerts;
using JapanAiGov.Web.Data;
using JapanAiGov.Web.Localization;
using Microsoft.EntityFrameworkCore;

using JapanAiGov.Web.Sources;

namespace JapanAiGov.Web.Polling;

/// <summary>
/// What a poll pass does for one watched law: read its revision list from e-Gov, keep stored revisions current, record
/// new ones (quietly as a baseline on the law's first pass), and for each new revision create a
/// <see cref="LegislativeUpdate"/> compared article by article with the revision before it, plus an
/// <see cref="AlertEvent"/> for the linked item, in one SaveChanges. Scoped with the pass, so texts are cached per pass.
/// </summary>
public sealed class WatchedLawChecker(AppDbContext db, EGovClient egov, LawTextStore texts, TimeProvider time, ILogger<WatchedLawChecker> logger)
{
    /// <summary>Checks one law, filling in <paramref name="result"/>; e-Gov failures are thrown for the pass to record.</summary>
    public async Task CheckAsync(WatchedLaw law, PollLawResult result, CancellationToken cancellationToken)
    {
        var answer = await egov.GetRevisionListAsync(law.LawId, cancellationToken);
        var now = time.GetUtcNow();
        law.LastCheckedAt = now;
        if (answer is not { Revisions: var incoming, LawNum: var lawNum })
        {
            result.Outcome = PollLawOutcome.NotFound;
            result.Error = $"e-Gov has no revisions for law id {law.LawId} (404001).";
            law.LastError = result.Error;
            await db.SaveChangesAsync(cancellationToken);
            logger.LogWarning("e-Gov knows no revisions of watched law {LawId}", law.LawId);
            return;
        }

        law.LawNum = Truncation.Fit(lawNum, WatchedLaw.LawNumMaxLength) ?? law.LawNum;
        result.RevisionsSeen = incoming.Count;
        var stored = await db.LawRevisions.Where(r => r.WatchedLawId == law.Id).ToListAsync(cancellationToken);
        var known = stored.ToDictionary(r => r.LawRevisionId, StringComparer.Ordinal);
        foreach (var revision in incoming)
        {
            known.GetValueOrDefault(revision.LawRevisionId)?.UpdateFrom(revision);
        }

        var fresh = incoming.Where(r => !known.ContainsKey(r.LawRevisionId)).OrderBy(r => r.LawRevisionId, StringComparer.Ordinal).ToList();
        result.NewRevisions = fresh.Count;
        if (law.BaselineAt is null)
        {
            await RecordBaselineAsync(law, stored, fresh, result, now, cancellationToken);
            return;
        }

        await db.SaveChangesAsync(cancellationToken);
        foreach (var source in fresh)
        {
            await RecordUpdateAsync(law, LawRevision.From(law.Id, source, now, baseline: false), stored, now, cancellationToken);
            result.UpdatesCreated++;
        }

        await RetryMissingTextsAsync(law, cancellationToken);
        Succeed(law, stored, result, now);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>A law's first pass: its whole existing history, quietly, plus the newest text to compare the next revision with.</summary>
    private async Task RecordBaselineAsync(WatchedLaw law, List<LawRevision> stored, List<EGovRevision> fresh, PollLawResult result, DateTimeOffset now, CancellationToken cancellationToken)
    {
        result.Baseline = true;
        foreach (var source in fresh)
        {
            var revision = LawRevision.From(law.Id, source, now, baseline: true);
            db.LawRevisions.Add(revision);
            stored.Add(revision);
        }

        law.BaselineAt = now;
        Succeed(law, stored, result, now);
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Recorded {RevisionCount} existing revisions of {LawId} as its baseline", fresh.Count, law.LawId);

        // Not essential (texts are also fetched when first needed), so a failure here leaves the baseline in place.
        var newest = stored.MaxBy(r => r.LawRevisionId, StringComparer.Ordinal);
        if (newest is not null && newest.TextHash is null)
        {
            await texts.FetchAsync(newest, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    /// <summary>A new revision, its update for editors (compared with the revision before it) and its alert, in one SaveChanges.</summary>
    private async Task RecordUpdateAsync(WatchedLaw law, LawRevision revision, List<LawRevision> stored, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var previous = stored.Where(r => string.CompareOrdinal(r.LawRevisionId, revision.LawRevisionId) < 0).MaxBy(r => r.LawRevisionId, StringComparer.Ordinal);
        var update = new LegislativeUpdate
        {
            WatchedLawId = law.Id,
            Revision = revision,
            PreviousRevision = previous,
            DetectedAt = now,
            State = LegislativeUpdateState.New,
        };
        await CompareAsync(update, revision, previous, cancellationToken);
        db.LawRevisions.Add(revision);
        db.LegislativeUpdates.Add(update);
        RaiseAlert(law, update, now);
        await db.SaveChangesAsync(cancellationToken);
        stored.Add(revision);
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

    private async Task CompareAsync(LegislativeUpdate update, LawRevision revision, LawRevision? previous, CancellationToken cancellationToken)
    {
        var newArticles = await texts.GetAsync(revision, cancellationToken);
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

        var oldArticles = await texts.GetAsync(previous, cancellationToken);
        update.SetDiff(
            oldArticles is null ? LegislativeDiffStatus.PreviousTextUnavailable : LegislativeDiffStatus.Compared,
            oldArticles is null ? ArticleDiff.Empty : ArticleDiff.Compare(oldArticles, newArticles));
    }

    /// <summary>Updates whose text e-Gov did not have yet get their comparison once it appears.</summary>
    private async Task RetryMissingTextsAsync(WatchedLaw law, CancellationToken cancellationToken)
    {
        var waiting = await db.LegislativeUpdates
            .Include(u => u.Revision)
            .Include(u => u.PreviousRevision)
            .Where(u => u.WatchedLawId == law.Id && u.DiffStatus == LegislativeDiffStatus.TextUnavailable)
            .ToListAsync(cancellationToken);
        foreach (var update in waiting)
        {
            if (update.Revision is not { } revision || texts.HasTried(revision.LawRevisionId))
            {
                continue;
            }

            await CompareAsync(update, revision, update.PreviousRevision, cancellationToken);
            if (update.DiffStatus != LegislativeDiffStatus.TextUnavailable)
            {
                logger.LogInformation("The text of {LawRevisionId} is now on e-Gov; update {LegislativeUpdateId} compared", revision.LawRevisionId, update.Id);
            }
        }
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

    /// <summary>Records a successful check, and the revision in force today: the newest whose enforcement date has come (API.md §3.2: never trust the status flag).</summary>
    private void Succeed(WatchedLaw law, List<LawRevision> revisions, PollLawResult result, DateTimeOffset now)
    {
        law.LastSucceededAt = now;
        law.LastError = null;
        result.Outcome = PollLawOutcome.Succeeded;
        var today = JapanTime.Today(time);
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
}
