using JapanAiGov.Web.Diet;

namespace JapanAiGov.Web.Api;

/// <summary>
/// A Diet bill an editor confirmed for the item: its key (kind-提出回次-番号), 議案件名, the stage reached (Submitted …
/// Promulgated, or Withdrawn, Lapsed, Rejected, CarriedOver, Unknown) with the day the pages give for it, and once
/// promulgated its date and law number as e-Gov writes it; <c>url</c> is the progress page on shugiin.go.jp.
/// </summary>
public sealed record ApiDietBill(
    string Key,
    string Kind,
    int Session,
    int Number,
    string Title,
    DietBillStage Stage,
    string StageLabel,
    DateOnly? StageOn,
    DateOnly? PromulgatedOn,
    string? LawNumber,
    string? Url);
