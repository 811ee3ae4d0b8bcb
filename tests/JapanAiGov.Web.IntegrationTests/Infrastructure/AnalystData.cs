using JapanAiGov.Web.Alerts;
using JapanAiGov.Web.Items;
using JapanAiGov.Web.Polling;
using JapanAiGov.Web.Sources;
using Microsoft.EntityFrameworkCore;

namespace JapanAiGov.Web.IntegrationTests.Infrastructure;

/// <summary>Writes the rows other features produce (status changes, legislative updates) directly, the way those features do.</summary>
public static class AnalystData
{
    public const string OfficialEvidence = "https://www.ppc.go.jp/news/";

    public static Task<int> AddItemAsync(
        this JapanAiGovFactory app,
        string slug,
        string title,
        DateTimeOffset createdAt,
        ItemStatus status = ItemStatus.Reported,
        string topic = "testing",
        string summary = "A test item.",
        string whatToWatch = "Nothing in particular.",
        string titleJa = "",
        string summaryJa = "",
        string whatToWatchJa = "") =>
        app.WithDbAsync(async db =>
        {
            var item = new RegulatoryItem
            {
                Slug = slug,
                Title = title,
                Topic = topic,
                Summary = summary,
                WhatToWatch = whatToWatch,
                TitleJa = titleJa,
                SummaryJa = summaryJa,
                WhatToWatchJa = whatToWatchJa,
                Status = status,
                StatusChangedAt = createdAt,
                CreatedAt = createdAt,
                UpdatedAt = createdAt,
                StatusChanges =
                [
                    new StatusChange { ToStatus = status, Reason = "Tracking started for a test.", ChangedBy = "Test editor", ChangedAt = createdAt },
                ],
            };
            db.Items.Add(item);
            await db.SaveChangesAsync();
            return item.Id;
        });

    /// <summary>Changes an item's status as the status-change page does: item, history row and alert event in one SaveChanges.</summary>
    public static Task<long> ChangeStatusAsync(
        this JapanAiGovFactory app,
        string slug,
        ItemStatus newStatus,
        DateTimeOffset at,
        DateOnly? effectiveOn = null,
        string reason = "A reason long enough for the rules.") =>
        app.WithDbAsync(async db =>
        {
            var item = await db.Items.SingleAsync(i => i.Slug == slug);
            var change = item.ChangeStatus(newStatus, reason, newStatus == ItemStatus.Confirmed ? OfficialEvidence : null, effectiveOn, "Test editor", null, at);
            db.StatusChanges.Add(change);
            await db.SaveChangesAsync();
            db.AlertEvents.Add(AlertEvent.For(change));
            await db.SaveChangesAsync();
            return change.Id;
        });

    /// <summary>A watched law (created if missing, linked to the item when a slug is given), one revision of it, and its legislative update.</summary>
    public static Task<long> AddLegislativeUpdateAsync(
        this JapanAiGovFactory app,
        string lawId,
        string lawTitle,
        string? itemSlug,
        string revisionDate,
        DateOnly? promulgated,
        DateOnly? enforced,
        DateTimeOffset detectedAt,
        DateOnly? scheduledEnforcement = null,
        string? amendmentTitle = "個人情報の保護に関する法律の一部を改正する法律") =>
        app.WithDbAsync(async db =>
        {
            int? itemId = itemSlug is null ? null : (await db.Items.SingleAsync(i => i.Slug == itemSlug)).Id;
            var law = await db.WatchedLaws.SingleOrDefaultAsync(l => l.LawId == lawId);
            if (law is null)
            {
                law = new WatchedLaw { LawId = lawId, Title = lawTitle, ItemId = itemId, AddedAt = detectedAt };
                db.WatchedLaws.Add(law);
                await db.SaveChangesAsync();
            }

            var revision = new LawRevision
            {
                WatchedLawId = law.Id,
                LawRevisionId = $"{lawId}_{revisionDate}_000000000000000",
                LawTitle = lawTitle,
                AmendmentLawTitle = amendmentTitle,
                PromulgationDate = promulgated,
                EnforcementDate = enforced,
                ScheduledEnforcementDate = scheduledEnforcement,
                FirstSeenAt = detectedAt,
            };
            db.LawRevisions.Add(revision);
            await db.SaveChangesAsync();
            var update = new LegislativeUpdate { WatchedLawId = law.Id, LawRevisionId = revision.Id, DetectedAt = detectedAt };
            db.LegislativeUpdates.Add(update);
            await db.SaveChangesAsync();
            if (itemId is { } id)
            {
                db.AlertEvents.Add(AlertEvent.ForLegislativeUpdate(update.Id, id, update.DetectedAt));
                await db.SaveChangesAsync();
            }

            return update.Id;
        });
}
