using System.Globalization;
using System.Resources;
using JapanAiGov.Web.Infrastructure;

namespace JapanAiGov.Web.Items;

/// <summary>One tracked regulatory development, with the rules for moving its status.</summary>
public sealed class RegulatoryItem : IHasPublicPage
{
    /// <summary>The rules' messages in the current UI language (RegulatoryItem.resx / .ja.resx).</summary>
    private static readonly ResourceManager Messages = new LocalizedResources(typeof(RegulatoryItem));
    public const int ReasonMinLength = 10;
    public const int ReasonMaxLength = 2000;
    public const int SlugMaxLength = 100;
    public const int TitleMaxLength = 300;
    public const int TopicMaxLength = 60;
    public const int JurisdictionMaxLength = 10;
    public const int LawIdLength = 15;

    /// <summary>The longest trigger ("what would move it up"), per language.</summary>
    public const int TriggerMaxLength = 2000;

    /// <summary>The longest label of an action's key date ("comment deadline"), per language.</summary>
    public const int DueLabelMaxLength = 100;

    /// <summary>The longest summary or watch note, in characters of Markdown.</summary>
    public const int MarkdownMaxLength = 20_000;

    public int Id { get; set; }

    public required string Slug { get; set; }

    /// <inheritdoc />
    public string PublicPagePath => "/items/" + Uri.EscapeDataString(Slug);

    public required string Title { get; set; }

    /// <summary>Markdown.</summary>
    public string Summary { get; set; } = string.Empty;

    /// <summary>Markdown: what would move this item's status next.</summary>
    public string WhatToWatch { get; set; } = string.Empty;

    /// <summary>The Japanese title; empty when not written yet (pages then show the English one, marked as the original).</summary>
    public string TitleJa { get; set; } = string.Empty;

    /// <summary>Markdown, Japanese; empty when not written yet.</summary>
    public string SummaryJa { get; set; } = string.Empty;

    /// <summary>Markdown, Japanese; empty when not written yet.</summary>
    public string WhatToWatchJa { get; set; } = string.Empty;

    public required string Topic { get; set; }

    public string Jurisdiction { get; set; } = "JP";

    public ItemStatus Status { get; set; }

    public DateTimeOffset StatusChangedAt { get; set; }

    /// <summary>The e-Gov law id (15 characters of [0-9A-Z]) of the statute this item is about, if any.</summary>
    public string? LawId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>Concurrency token: bumped on every save so two editors never silently overwrite each other.</summary>
    public int Version { get; set; }

    public List<Source> Sources { get; set; } = [];

    public List<StatusChange> StatusChanges { get; set; } = [];

    /// <summary>When the item was withdrawn (its reported plan walked back); null while it is tracked as usual.</summary>
    public DateTimeOffset? WithdrawnAt { get; set; }

    /// <summary>Why it was withdrawn; null while it is not.</summary>
    public string? WithdrawalReason { get; set; }

    public bool IsWithdrawn => WithdrawnAt is not null;
    /// <summary>What an organisation should do about the item now; Monitor until an editor sets it.</summary>
    public ActionLevel Action { get; set; }

    /// <summary>When the level was last set; null while it never was (items from before action levels).</summary>
    public DateTimeOffset? ActionChangedAt { get; set; }

    /// <summary>Why the item is at <see cref="Action"/>, in English; empty when only the Japanese is written.</summary>
    public string ActionReason { get; set; } = string.Empty;

    public string ActionReasonJa { get; set; } = string.Empty;

    /// <summary>What would move the item up a level, in English; may be empty.</summary>
    public string ActionTrigger { get; set; } = string.Empty;

    public string ActionTriggerJa { get; set; } = string.Empty;

    /// <summary>The one key date at this level (a comment deadline, an enforcement date), if any.</summary>
    public DateOnly? ActionDueOn { get; set; }

    public string ActionDueLabel { get; set; } = string.Empty;

    public string ActionDueLabelJa { get; set; } = string.Empty;

    public List<ActionChange> ActionChanges { get; set; } = [];

    /// <summary>Checks a requested status change against the rules; an empty list means it may proceed.</summary>
    public IReadOnlyList<StatusChangeError> ValidateStatusChange(ItemStatus newStatus, string? reason, string? evidenceUrl)
    {
        var errors = new List<StatusChangeError>();
        if (newStatus == Status)
        {
            errors.Add(new("NewStatus", Format("AlreadyInStatus", Status.Label())));
        }

        errors.AddRange(ValidateReasonAndEvidence(newStatus, reason, evidenceUrl));
        return errors;
    }

    /// <summary>The rules every status entry follows, the first one included: a reason, and official evidence for Confirmed.</summary>
    public static IReadOnlyList<StatusChangeError> ValidateReasonAndEvidence(ItemStatus newStatus, string? reason, string? evidenceUrl)
    {
        var errors = ValidateReason(reason);
        if (string.IsNullOrWhiteSpace(evidenceUrl))
        {
            if (newStatus == ItemStatus.Confirmed)
            {
                errors.Add(new("EvidenceUrl", Format("EvidenceRequired")));
            }
        }
        else if (!HttpUrl.TryParse(evidenceUrl, out var uri))
        {
            errors.Add(new("EvidenceUrl", Format("EvidenceNotUrl")));
        }
        else if (newStatus == ItemStatus.Confirmed && !IsOfficialSource(uri))
        {
            errors.Add(new("EvidenceUrl", Format("EvidenceNotOfficial", $"{uri.Scheme}://{uri.Host}")));
        }

        return errors;
    }

    /// <summary>
    /// Checks a retraction of <paramref name="latest"/>, the item's newest status change: a first status cannot be
    /// retracted (there is nothing to go back to), nor a change already retracted; the reason follows the status rules.
    /// </summary>
    public IReadOnlyList<StatusChangeError> ValidateRetraction(StatusChange? latest, string? reason)
    {
        var errors = new List<StatusChangeError>();
        if (latest is null || latest.FromStatus is null)
        {
            errors.Add(new(string.Empty, Format("NothingToRetract")));
        }
        else if (latest.RetractedAt is { } retractedAt)
        {
            errors.Add(new(string.Empty, Format("AlreadyRetracted", JapanTimeText(retractedAt), latest.RetractedBy ?? string.Empty)));
        }

        errors.AddRange(ValidateReason(reason));
        return errors;
    }

    /// <summary>
    /// Retracts <paramref name="latest"/> (the item's newest status change) as made in error: the change stays in the
    /// history, marked, and the item returns to the status it had before it.
    /// </summary>
    /// <exception cref="InvalidOperationException">The retraction breaks a rule; call <see cref="ValidateRetraction"/> first.</exception>
    public void RetractLastChange(StatusChange latest, string reason, string retractedBy, string? retractedByUserId, DateTimeOffset now)
    {
        var errors = ValidateRetraction(latest, reason);
        if (errors.Count > 0 || latest.ItemId != Id)
        {
            throw new InvalidOperationException(errors.Count > 0 ? string.Join(" ", errors.Select(e => e.Message)) : "The change belongs to another item.");
        }

        latest.RetractedAt = now;
        latest.RetractedBy = retractedBy;
        latest.RetractedByUserId = retractedByUserId;
        latest.RetractionReason = reason.Trim();
        Status = latest.FromStatus!.Value;
        StatusChangedAt = now;
        Touch(now);
    }

    /// <summary>
    /// Checks a withdrawal (<paramref name="withdraw"/> true) or a restoration: the item must be in the other state; a
    /// reason always, and evidence (an http(s) link) for a withdrawal.
    /// </summary>
    public IReadOnlyList<StatusChangeError> ValidateWithdrawal(bool withdraw, string? reason, string? evidenceUrl)
    {
        var errors = new List<StatusChangeError>();
        if (withdraw == IsWithdrawn)
        {
            errors.Add(new(string.Empty, Format(withdraw ? "AlreadyWithdrawn" : "NotWithdrawn")));
        }

        errors.AddRange(ValidateReason(reason));
        if (string.IsNullOrWhiteSpace(evidenceUrl))
        {
            if (withdraw)
            {
                errors.Add(new("EvidenceUrl", Format("WithdrawalEvidenceRequired")));
            }
        }
        else if (!HttpUrl.TryParse(evidenceUrl, out _))
        {
            errors.Add(new("EvidenceUrl", Format("EvidenceNotUrl")));
        }

        return errors;
    }

    /// <summary>Withdraws the item (<paramref name="withdraw"/> true) or restores it, and returns the history entry to store.</summary>
    /// <exception cref="InvalidOperationException">The change breaks a rule; call <see cref="ValidateWithdrawal"/> first.</exception>
    public ItemWithdrawal ChangeWithdrawal(bool withdraw, string reason, string? evidenceUrl, string changedBy, string? changedByUserId, DateTimeOffset now)
    {
        var errors = ValidateWithdrawal(withdraw, reason, evidenceUrl);
        if (errors.Count > 0)
        {
            throw new InvalidOperationException(string.Join(" ", errors.Select(e => e.Message)));
        }

        var entry = new ItemWithdrawal
        {
            ItemId = Id,
            Item = this,
            Withdrawn = withdraw,
            Reason = reason.Trim(),
            EvidenceUrl = string.IsNullOrWhiteSpace(evidenceUrl) ? null : evidenceUrl.Trim(),
            ChangedBy = changedBy,
            ChangedByUserId = changedByUserId,
            ChangedAt = now,
        };
        WithdrawnAt = withdraw ? now : null;
        WithdrawalReason = withdraw ? entry.Reason : null;
        Touch(now);
        return entry;
    }

    /// <summary>Records the first status of a new item as its first history entry.</summary>
    /// <exception cref="InvalidOperationException">The reason or evidence breaks a rule.</exception>
    public StatusChange StartTracking(ItemStatus status, string reason, string? evidenceUrl, string changedBy, string? changedByUserId, DateTimeOffset now)
    {
        var errors = ValidateReasonAndEvidence(status, reason, evidenceUrl);
        if (errors.Count > 0 || StatusChanges.Count > 0)
        {
            throw new InvalidOperationException(errors.Count > 0 ? string.Join(" ", errors.Select(e => e.Message)) : Format("AlreadyTracked"));
        }

        Status = status;
        StatusChangedAt = now;
        var change = NewChange(null, status, reason, evidenceUrl, null, changedBy, changedByUserId, now);
        StatusChanges.Add(change);
        return change;
    }

    /// <summary>Moves the item to <paramref name="newStatus"/> and returns the history entry to store with it.</summary>
    /// <exception cref="InvalidOperationException">The change breaks a rule; call <see cref="ValidateStatusChange"/> first.</exception>
    public StatusChange ChangeStatus(
        ItemStatus newStatus,
        string reason,
        string? evidenceUrl,
        DateOnly? effectiveOn,
        string changedBy,
        string? changedByUserId,
        DateTimeOffset now)
    {
        var errors = ValidateStatusChange(newStatus, reason, evidenceUrl);
        if (errors.Count > 0)
        {
            throw new InvalidOperationException(string.Join(" ", errors.Select(e => e.Message)));
        }

        var change = NewChange(Status, newStatus, reason, evidenceUrl, effectiveOn, changedBy, changedByUserId, now);
        Status = newStatus;
        StatusChangedAt = now;
        Touch(now);
        StatusChanges.Add(change);
        return change;
    }

    /// <summary>Checks a requested action level against the rules; an empty list means it may proceed.</summary>
    public IReadOnlyList<StatusChangeError> ValidateActionChange(ActionRequest request)
    {
        var errors = new List<StatusChangeError>();
        if (ActionChangedAt is not null && request.Level == Action)
        {
            errors.Add(new("Level", Format("AlreadyAtLevel", Action.Label())));
        }

        errors.AddRange(ValidateActionTexts(request));
        return errors;
    }

    /// <summary>
    /// The rules every action entry follows, the first one included: a reason in at least one language, each reason
    /// given as long as a status change's, triggers and the date's label within their lengths, and no label without a date.
    /// </summary>
    public static IReadOnlyList<StatusChangeError> ValidateActionTexts(ActionRequest request)
    {
        var errors = new List<StatusChangeError>();
        var reason = request.Reason?.Trim() ?? string.Empty;
        var reasonJa = request.ReasonJa?.Trim() ?? string.Empty;
        if (reason.Length == 0 && reasonJa.Length == 0)
        {
            errors.Add(new("Reason", Format("ActionReasonRequired")));
        }

        foreach (var (field, text) in new[] { ("Reason", reason), ("ReasonJa", reasonJa) })
        {
            if (text.Length > 0 && (text.Length < ReasonMinLength || text.Length > ReasonMaxLength))
            {
                errors.Add(new(field, Format("ReasonLength", ReasonMinLength, ReasonMaxLength)));
            }
        }

        foreach (var (field, text) in new[] { ("Trigger", request.Trigger), ("TriggerJa", request.TriggerJa) })
        {
            if ((text?.Trim().Length ?? 0) > TriggerMaxLength)
            {
                errors.Add(new(field, Format("TriggerLength", TriggerMaxLength)));
            }
        }

        foreach (var (field, text) in new[] { ("DueLabel", request.DueLabel), ("DueLabelJa", request.DueLabelJa) })
        {
            var label = text?.Trim() ?? string.Empty;
            if (label.Length > DueLabelMaxLength)
            {
                errors.Add(new(field, Format("DueLabelLength", DueLabelMaxLength)));
            }
            else if (label.Length > 0 && request.DueOn is null)
            {
                errors.Add(new(field, Format("DueLabelWithoutDate")));
            }
        }

        return errors;
    }

    /// <summary>Sets the item's action level and returns the history entry to store with it (the first has no from level).</summary>
    /// <exception cref="InvalidOperationException">The change breaks a rule; call <see cref="ValidateActionChange"/> first.</exception>
    public ActionChange ChangeAction(ActionRequest request, string changedBy, string? changedByUserId, DateTimeOffset now)
    {
        var errors = ValidateActionChange(request);
        if (errors.Count > 0)
        {
            throw new InvalidOperationException(string.Join(" ", errors.Select(e => e.Message)));
        }

        var change = new ActionChange
        {
            ItemId = Id,
            Item = this,
            FromLevel = ActionChangedAt is null ? null : Action,
            ToLevel = request.Level,
            Reason = Clean(request.Reason),
            ReasonJa = Clean(request.ReasonJa),
            Trigger = Clean(request.Trigger),
            TriggerJa = Clean(request.TriggerJa),
            DueOn = request.DueOn,
            DueLabel = Clean(request.DueLabel),
            DueLabelJa = Clean(request.DueLabelJa),
            ChangedBy = changedBy,
            ChangedByUserId = changedByUserId,
            ChangedAt = now,
        };
        Action = change.ToLevel;
        ActionChangedAt = now;
        ActionReason = change.Reason;
        ActionReasonJa = change.ReasonJa;
        ActionTrigger = change.Trigger;
        ActionTriggerJa = change.TriggerJa;
        ActionDueOn = change.DueOn;
        ActionDueLabel = change.DueLabel;
        ActionDueLabelJa = change.DueLabelJa;
        Touch(now);
        ActionChanges.Add(change);
        return change;
    }

    private static string Clean(string? text) => text?.Trim() ?? string.Empty;

    /// <summary>Marks the item as saved again: bumps the concurrency token so a concurrent save by someone else fails.</summary>
    public void Touch(DateTimeOffset now)
    {
        UpdatedAt = now;
        Version++;
    }

    private StatusChange NewChange(
        ItemStatus? from,
        ItemStatus to,
        string reason,
        string? evidenceUrl,
        DateOnly? effectiveOn,
        string changedBy,
        string? changedByUserId,
        DateTimeOffset now) => new()
        {
            ItemId = Id,
            Item = this,
            FromStatus = from,
            ToStatus = to,
            Reason = reason.Trim(),
            EvidenceUrl = string.IsNullOrWhiteSpace(evidenceUrl) ? null : evidenceUrl.Trim(),
            EffectiveOn = effectiveOn,
            ChangedBy = changedBy,
            ChangedByUserId = changedByUserId,
            ChangedAt = now,
        };

    /// <summary>An official Japanese government source: https on go.jp or a subdomain of it.</summary>
    public static bool IsOfficialSource(Uri uri) =>
        uri.Scheme == Uri.UriSchemeHttps
        && (uri.Host.Equals("go.jp", StringComparison.OrdinalIgnoreCase)
            || uri.Host.EndsWith(".go.jp", StringComparison.OrdinalIgnoreCase));

    /// <summary>A reason is required and, trimmed, <see cref="ReasonMinLength"/>–<see cref="ReasonMaxLength"/> characters long.</summary>
    private static List<StatusChangeError> ValidateReason(string? reason)
    {
        var trimmedReason = reason?.Trim() ?? string.Empty;
        if (trimmedReason.Length == 0)
        {
            return [new("Reason", Format("ReasonRequired"))];
        }

        return trimmedReason.Length < ReasonMinLength || trimmedReason.Length > ReasonMaxLength
            ? [new("Reason", Format("ReasonLength", ReasonMinLength, ReasonMaxLength))]
            : [];
    }

    private static string JapanTimeText(DateTimeOffset instant) => Localization.JapanTime.Format(instant);

    private static string Format(string key, params object[] arguments) =>
        string.Format(CultureInfo.CurrentCulture, Messages.GetString(key, CultureInfo.CurrentUICulture) ?? key, arguments);
}
