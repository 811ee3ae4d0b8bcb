using JapanAiGov.Web.Analysis;
using JapanAiGov.Web.Changes;
using JapanAiGov.Web.Items;

namespace JapanAiGov.Web.Api;

/// <summary>
/// One entry of the change log: a status change (status fields set), a new revision of the law an item follows
/// (law fields set), a public-comment case confirmed for the item (case fields set), or a stage reached by a Diet bill
/// confirmed for the item (bill fields set), a change of the item's action level (action fields and <c>reason</c> set,
/// texts in the request's language), a correction (<c>correction</c>: the retracted change's statuses, with
/// <c>retractedAt</c> and <c>retractionReason</c>), or a withdrawal (<c>withdrawn</c> true, or false when lifted). A
/// status change carries <c>retracted</c> (true once retracted, with when and why). <c>id</c> is permanent and equals
/// the Atom entry id.
/// </summary>
public sealed record ApiChange(
    string Id,
    ChangeKind Kind,
    DateTimeOffset OccurredAt,
    string Headline,
    string ItemSlug,
    string ItemTitle,
    Uri ItemUrl,
    ItemStatus? FromStatus,
    ItemStatus? ToStatus,
    string? Reason,
    string? EvidenceUrl,
    DateOnly? EffectiveOn,
    string? LawId,
    string? LawTitle,
    string? LawRevisionId,
    string? AmendmentLawTitle,
    DateOnly? PromulgationDate,
    DateOnly? EnforcementDate,
    bool? EnforcementDateScheduled,
    string? CaseId = null,
    string? CaseTitle = null,
    string? CaseUrl = null,
    string? CaseOffice = null,
    DateTimeOffset? CommentDeadline = null,
    DateOnly? ResultPublishedOn = null,
    int? CommentCount = null,
    string? BillKey = null,
    string? BillTitle = null,
    string? BillStage = null,
    string? BillStageName = null,
    DateOnly? BillStageOn = null,
    string? BillLawNumber = null,
    string? BillUrl = null,
    bool? Retracted = null,
    DateTimeOffset? RetractedAt = null,
    string? RetractionReason = null,
    bool? Withdrawn = null,
    ActionLevel? FromAction = null,
    ActionLevel? ToAction = null,
    string? ActionTrigger = null,
    DateOnly? ActionDueOn = null,
    string? ActionDueLabel = null);
