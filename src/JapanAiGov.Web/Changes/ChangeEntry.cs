using System.Globalization;
using JapanAiGov.Web.Items;
using JapanAiGov.Web.Localization;

namespace JapanAiGov.Web.Changes;

/// <summary>
/// One entry of the public change log (<see cref="ChangeKind"/>): an item's status change, a detected revision of the
/// law an item is linked to, a public-comment case or Diet bill stage confirmed for an item, an item's new action level,
/// a correction of a status change, or a withdrawal. Status fields are set for status changes and corrections (a
/// correction's are the retracted change's: what was said), law fields for revisions, case fields for public comments,
/// bill fields for bills, action fields (and <see cref="Reason"/>) for action levels.
/// </summary>
public sealed record ChangeEntry
{
    private static readonly ResourceText Text = new(typeof(ChangeEntry));

    /// <summary>The tagging authority of entry ids; fixed, so ids survive a change of host name (RFC 4151).</summary>
    public const string TagAuthority = "tag:japanaigov,2026:";

    public required ChangeKind Kind { get; init; }

    public required long Id { get; init; }

    public required DateTimeOffset OccurredAt { get; init; }

    public required int ItemId { get; init; }

    public required string ItemSlug { get; init; }

    /// <summary>The item's title in the reader's language (<see cref="Bilingual.Pick(string, string, bool)"/>).</summary>
    public required string ItemTitle { get; init; }

    /// <summary>True when <see cref="ItemTitle"/> is the English title standing in for a Japanese one not yet written.</summary>
    public bool ItemTitleIsOriginal { get; init; }

    public required string ItemTopic { get; init; }

    public ItemStatus? FromStatus { get; init; }

    public ItemStatus? ToStatus { get; init; }

    /// <summary>The editor's reason (a status or action change); for an action change, in the reader's language.</summary>
    public string? Reason { get; init; }

    public string? EvidenceUrl { get; init; }

    public DateOnly? EffectiveOn { get; init; }

    public string? ChangedBy { get; init; }

    /// <summary>
    /// For a status change, when it was retracted (null while it stands); for a correction, when the correction was
    /// made. Its reason and who made it are in <see cref="RetractionReason"/> and <see cref="RetractedBy"/>.
    /// </summary>
    public DateTimeOffset? RetractedAt { get; init; }

    public string? RetractionReason { get; init; }

    public string? RetractedBy { get; init; }

    /// <summary>For a withdrawal entry: true when the item was withdrawn, false when it was restored.</summary>
    public bool? Withdrawn { get; init; }

    /// <summary>The entry's last revision: a retracted status change was revised when it was retracted (Atom's updated).</summary>
    public DateTimeOffset UpdatedAt => RetractedAt is { } retracted && retracted > OccurredAt ? retracted : OccurredAt;

    public string? LawId { get; init; }

    public string? LawTitle { get; init; }

    public string? LawRevisionId { get; init; }

    public string? AmendmentLawTitle { get; init; }

    public DateOnly? PromulgationDate { get; init; }

    /// <summary>When the revision comes into force: the fixed date, or else the date e-Gov schedules.</summary>
    public DateOnly? EnforcementDate { get; init; }

    /// <summary>True when <see cref="EnforcementDate"/> is only scheduled, not yet fixed.</summary>
    public bool EnforcementDateIsScheduled { get; init; }

    /// <summary>e-Gov's case number of a public-comment entry.</summary>
    public string? CaseId { get; init; }

    public string? CaseTitle { get; init; }

    /// <summary>The case page on e-Gov.</summary>
    public string? CaseUrl { get; init; }

    /// <summary>The responsible ministry and office (問合せ先).</summary>
    public string? CaseOffice { get; init; }

    /// <summary>The comment deadline (an instant; Japan time is how it is shown).</summary>
    public DateTimeOffset? CommentDeadline { get; init; }

    public DateOnly? ResultPublishedOn { get; init; }

    public int? CommentCount { get; init; }

    /// <summary>A Diet bill's key as the House writes it, e.g. "閣法-221-54" (kind, 提出回次, 番号).</summary>
    public string? BillKey { get; init; }

    /// <summary>The bill's 議案件名.</summary>
    public string? BillTitle { get; init; }

    /// <summary>The stage reached, as a stable code (Submitted … Promulgated, Withdrawn, Lapsed, Rejected, CarriedOver).</summary>
    public string? BillStage { get; init; }

    /// <summary>The stage in the reader's language (提出 … 公布).</summary>
    public string? BillStageName { get; init; }

    /// <summary>The day the pages give for the stage, when they give one.</summary>
    public DateOnly? BillStageOn { get; init; }

    /// <summary>The promulgated law's number as e-Gov writes it (令和八年法律第五十六号), once promulgated.</summary>
    public string? BillLawNumber { get; init; }

    /// <summary>The bill's progress page on shugiin.go.jp.</summary>
    public string? BillUrl { get; init; }

    /// <summary>The action level before; null for an item's first level.</summary>
    public ActionLevel? FromAction { get; init; }

    public ActionLevel? ToAction { get; init; }

    /// <summary>What would move the item up a level, in the reader's language; null when not written.</summary>
    public string? ActionTrigger { get; init; }

    /// <summary>The level's key date (a comment deadline, an enforcement date), if any.</summary>
    public DateOnly? ActionDueOn { get; init; }

    /// <summary>What <see cref="ActionDueOn"/> is, in the reader's language; null when not written.</summary>
    public string? ActionDueLabel { get; init; }

    /// <summary>An action change's move in one line: "Action: Monitor → Prepare" (or "Action set to Monitor" for the first).</summary>
    public string ActionMove => FromAction is { } from
        ? Text.Format("Action", from.Label(), ToAction?.Label())
        : Text.Format("ActionSet", ToAction?.Label());

    /// <summary>The trigger as a line ("Would move it up: …"); null when not written.</summary>
    public string? ActionTriggerLine => ActionTrigger is null ? null : Text.Format("Trigger", ActionTrigger);

    /// <summary>The key date as a line; null when there is none.</summary>
    public string? ActionDueLine => ActionDueOn is { } on ? DateWording.KeyDate(on, ActionDueLabel) : null;

    /// <summary>The case's facts in one line (ministry, deadline in Japan time, result).</summary>
    public string CaseFacts => Changes.CaseFacts.Describe(CaseOffice, CommentDeadline, ResultPublishedOn, CommentCount);

    /// <summary>A permanent, globally unique id: the Atom entry id and the API's change id.</summary>
    public string EntryId => IdFor(Kind, Id);

    public static string IdFor(ChangeKind kind, long id) => TagAuthority + Slug(kind) + "/" + id.ToString(CultureInfo.InvariantCulture);

    /// <summary>The kind as it appears in ids, Atom categories and HTML anchors.</summary>
    public static string Slug(ChangeKind kind) => kind switch
    {
        ChangeKind.StatusChange => "status-change",
        ChangeKind.LegislativeUpdate => "legislative-update",
        ChangeKind.PublicComment => "public-comment",
        ChangeKind.DietBill => "diet-bill",
        ChangeKind.Correction => "correction",
        ChangeKind.Withdrawal => "withdrawal",
        ChangeKind.ActionChange => "action-change",
    };

    public ChangePosition Position => new(OccurredAt, Kind, Id);

    /// <summary>A one-line headline, e.g. "PIPA amendment …: Reported → Confirmed".</summary>
    public string Headline => Kind switch
    {
        ChangeKind.StatusChange when FromStatus is { } from => Text.Format("Headline.StatusChange", ItemTitle, from.Label(), ToStatus?.Label()),
        ChangeKind.StatusChange => Text.Format("Headline.TrackingStarted", ItemTitle, ToStatus?.Label()),
        ChangeKind.PublicComment => Text.Format("Headline.PublicComment", ItemTitle, CaseTitle),
        ChangeKind.LegislativeUpdate => Text.Format("Headline.NewRevision", ItemTitle, LawTitle ?? LawId),
        ChangeKind.DietBill => Text.Format("Headline.DietBill", ItemTitle, BillStageName, BillTitle),
        ChangeKind.Correction => Text.Format("Headline.Correction", ItemTitle, FromStatus?.Label(), ToStatus?.Label()),
        ChangeKind.Withdrawal => Text.Format(Withdrawn == true ? "Headline.Withdrawn" : "Headline.Restored", ItemTitle),
        ChangeKind.ActionChange when FromAction is { } from => Text.Format("Headline.ActionChange", ItemTitle, from.Label(), ToAction?.Label()),
        ChangeKind.ActionChange => Text.Format("Headline.ActionSet", ItemTitle, ToAction?.Label()),
    };
}
