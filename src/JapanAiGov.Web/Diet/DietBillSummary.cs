namespace JapanAiGov.Web.Diet;

/// <summary>A Diet bill confirmed for an item, as the item page and the API show it.</summary>
public sealed record DietBillSummary(
    string Key,
    string Kind,
    int Session,
    int Number,
    string Title,
    DietBillStage Stage,
    DateOnly? StageOn,
    DateOnly? PromulgatedOn,
    string? LawNumber,
    string? Url);
