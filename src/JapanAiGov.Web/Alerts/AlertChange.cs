using JapanAiGov.Web.Items;

namespace JapanAiGov.Web.Alerts;

/// <summary>What one alert event says, loaded for rendering: a status change or newly detected legislative text.</summary>
public sealed record AlertChange(
    long EventId,
    AlertEventKind Kind,
    int ItemId,
    string ItemTitle,
    string ItemSlug,
    string ItemTopic,
    DateTimeOffset At,
    ItemStatus? FromStatus = null,
    ItemStatus? ToStatus = null,
    string? Reason = null,
    string? EvidenceUrl = null,
    string? LawTitle = null,
    string? AmendmentTitle = null,
    DateOnly? PromulgationDate = null,
    DateOnly? EnforcementDate = null,
    string? CaseTitle = null,
    string? CaseUrl = null,
    string? CaseFacts = null);
