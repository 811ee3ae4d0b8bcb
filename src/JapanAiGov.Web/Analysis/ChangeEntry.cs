using System.Globalization;
using JapanAiGov.Web.Items;
using JapanAiGov.Web.Localization;

namespace JapanAiGov.Web.Analysis;

/// <summary>
/// One entry of the public change log: an item's status change, or a detected revision of the law an item is
/// linked to. Status fields are set for the first kind, law fields for the second.
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

    public required string ItemTitle { get; init; }

    public required string ItemTopic { get; init; }

    public ItemStatus? FromStatus { get; init; }

    public ItemStatus? ToStatus { get; init; }

    public string? Reason { get; init; }

    public string? EvidenceUrl { get; init; }

    public DateOnly? EffectiveOn { get; init; }

    public string? ChangedBy { get; init; }

    public string? LawId { get; init; }

    public string? LawTitle { get; init; }

    public string? LawRevisionId { get; init; }

    public string? AmendmentLawTitle { get; init; }

    public DateOnly? PromulgationDate { get; init; }

    /// <summary>When the revision comes into force: the fixed date, or else the date e-Gov schedules.</summary>
    public DateOnly? EnforcementDate { get; init; }

    /// <summary>True when <see cref="EnforcementDate"/> is only scheduled, not yet fixed.</summary>
    public bool EnforcementDateIsScheduled { get; init; }

    /// <summary>A permanent, globally unique id: the Atom entry id and the API's change id.</summary>
    public string EntryId => IdFor(Kind, Id);

    public static string IdFor(ChangeKind kind, long id) =>
        TagAuthority + (kind == ChangeKind.StatusChange ? "status-change/" : "legislative-update/") + id.ToString(CultureInfo.InvariantCulture);

    public ChangePosition Position => new(OccurredAt, Kind, Id);

    /// <summary>A one-line headline, e.g. "PIPA amendment …: Reported → Confirmed".</summary>
    public string Headline => Kind switch
    {
        ChangeKind.StatusChange when FromStatus is { } from => Text.Format("Headline.StatusChange", ItemTitle, from.Label(), ToStatus?.Label()),
        ChangeKind.StatusChange => Text.Format("Headline.TrackingStarted", ItemTitle, ToStatus?.Label()),
        _ => Text.Format("Headline.NewRevision", ItemTitle, LawTitle ?? LawId),
    };
}
