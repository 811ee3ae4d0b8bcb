using JapanAiGov.Web.Changes;
using JapanAiGov.Web.Infrastructure;

namespace JapanAiGov.Web.Alerts;

/// <summary>
/// Something subscribers may need to hear about, written in the same transaction as the change itself
/// (the outbox). A background fan-out turns it into deliveries; <see cref="FannedOutAt"/> marks that done.
/// Create one with <see cref="For(Items.StatusChange)"/>, <see cref="For(Items.ActionChange)"/>,
/// <see cref="ForLegislativeUpdate"/>, <see cref="ForPublicComment"/> or <see cref="ForDietBillStep"/>, never by hand.
/// </summary>
public sealed class AlertEvent : IPrivateBookkeeping
{
    public long Id { get; set; }

    public AlertEventKind Kind { get; set; }

    public int ItemId { get; set; }

    public long? StatusChangeId { get; set; }

    public Items.StatusChange? StatusChange { get; set; }

    public long? LegislativeUpdateId { get; set; }

    /// <summary>The confirmed public-comment match, for <see cref="AlertEventKind.PublicComment"/>.</summary>
    public long? PublicCommentMatchId { get; set; }

    /// <summary>The stage a Diet bill confirmed for the item reached, for <see cref="AlertEventKind.DietBillStep"/>.</summary>
    public long? DietBillStepId { get; set; }

    /// <summary>The withdrawal or restoration of the item, for <see cref="AlertEventKind.Withdrawal"/>.</summary>
    public long? ItemWithdrawalId { get; set; }

    public Items.ItemWithdrawal? ItemWithdrawal { get; set; }

    /// <summary>The action-level change, for <see cref="AlertEventKind.ActionChanged"/>.</summary>
    public long? ActionChangeId { get; set; }

    public Items.ActionChange? ActionChange { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? FannedOutAt { get; set; }

    /// <summary>
    /// The change this event announces, by its kind's own link (each kind keeps a foreign key, so the database itself
    /// refuses an event pointing at a change that does not exist, and its stored name); null while a status change is
    /// not yet saved.
    /// </summary>
    public ChangeRef? Change => Kind switch
    {
        AlertEventKind.StatusChanged => StatusChangeId is { } id ? new ChangeRef(ChangeKind.StatusChange, id) : null,
        AlertEventKind.LegislativeUpdate => LegislativeUpdateId is { } id ? new ChangeRef(ChangeKind.LegislativeUpdate, id) : null,
        AlertEventKind.PublicComment => PublicCommentMatchId is { } id ? new ChangeRef(ChangeKind.PublicComment, id) : null,
        AlertEventKind.DietBillStep => DietBillStepId is { } id ? new ChangeRef(ChangeKind.DietBill, id) : null,
        AlertEventKind.Correction => StatusChangeId is { } id ? new ChangeRef(ChangeKind.Correction, id) : null,
        AlertEventKind.Withdrawal => ItemWithdrawalId is { } id ? new ChangeRef(ChangeKind.Withdrawal, id) : null,
        AlertEventKind.ActionChanged => ActionChangeId is { } id ? new ChangeRef(ChangeKind.ActionChange, id) : null,
    };

    /// <summary>The kind of change an event of <paramref name="kind"/> announces.</summary>
    public static ChangeKind ChangeKindOf(AlertEventKind kind) => kind switch
    {
        AlertEventKind.StatusChanged => ChangeKind.StatusChange,
        AlertEventKind.LegislativeUpdate => ChangeKind.LegislativeUpdate,
        AlertEventKind.PublicComment => ChangeKind.PublicComment,
        AlertEventKind.DietBillStep => ChangeKind.DietBill,
        AlertEventKind.ActionChanged => ChangeKind.ActionChange,
        AlertEventKind.Correction => ChangeKind.Correction,
        AlertEventKind.Withdrawal => ChangeKind.Withdrawal,
    };

    /// <summary>The event for a status change, added beside it so both commit in one SaveChanges.</summary>
    public static AlertEvent For(Items.StatusChange change) => new()
    {
        Kind = AlertEventKind.StatusChanged,
        ItemId = change.ItemId,
        StatusChange = change,
        StatusChangeId = change.Id == 0 ? null : change.Id,
        CreatedAt = change.ChangedAt,
    };

    /// <summary>The event for an action-level change, added beside it so both commit in one SaveChanges.</summary>
    public static AlertEvent For(Items.ActionChange change) => new()
    {
        Kind = AlertEventKind.ActionChanged,
        ItemId = change.ItemId,
        ActionChange = change,
        ActionChangeId = change.Id == 0 ? null : change.Id,
        CreatedAt = change.ChangedAt,
    };

    /// <summary>The event for a detected revision of the law linked to item <paramref name="itemId"/>.</summary>
    public static AlertEvent ForLegislativeUpdate(long legislativeUpdateId, int itemId, DateTimeOffset detectedAt) => new()
    {
        Kind = AlertEventKind.LegislativeUpdate,
        ItemId = itemId,
        LegislativeUpdateId = legislativeUpdateId,
        CreatedAt = detectedAt,
    };

    /// <summary>The event for a public-comment case an editor confirmed for item <paramref name="itemId"/>.</summary>
    public static AlertEvent ForPublicComment(long publicCommentMatchId, int itemId, DateTimeOffset confirmedAt) => new()
    {
        Kind = AlertEventKind.PublicComment,
        ItemId = itemId,
        PublicCommentMatchId = publicCommentMatchId,
        CreatedAt = confirmedAt,
    };

    /// <summary>The correction of status change <paramref name="retracted"/>, retracted just now (saved in the same SaveChanges).</summary>
    public static AlertEvent ForCorrection(Items.StatusChange retracted) => new()
    {
        Kind = AlertEventKind.Correction,
        ItemId = retracted.ItemId,
        StatusChangeId = retracted.Id,
        CreatedAt = retracted.RetractedAt ?? throw new InvalidOperationException("The change is not retracted."),
    };

    /// <summary>The event for a withdrawal or restoration, added beside it so both commit in one SaveChanges.</summary>
    public static AlertEvent For(Items.ItemWithdrawal withdrawal) => new()
    {
        Kind = AlertEventKind.Withdrawal,
        ItemId = withdrawal.ItemId,
        ItemWithdrawal = withdrawal,
        CreatedAt = withdrawal.ChangedAt,
    };

    /// <summary>The event for a stage a Diet bill confirmed for item <paramref name="itemId"/> reached (the step is saved first).</summary>
    public static AlertEvent ForDietBillStep(long dietBillStepId, int itemId, DateTimeOffset recordedAt) => new()
    {
        Kind = AlertEventKind.DietBillStep,
        ItemId = itemId,
        DietBillStepId = dietBillStepId,
        CreatedAt = recordedAt,
    };
}
