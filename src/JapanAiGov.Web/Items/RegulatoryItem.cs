namespace JapanAiGov.Web.Items;

/// <summary>One tracked regulatory development, with the rules for moving its status.</summary>
public sealed class RegulatoryItem
{
    public const int ReasonMinLength = 10;
    public const int ReasonMaxLength = 2000;

    public int Id { get; set; }

    public required string Slug { get; set; }

    public required string Title { get; set; }

    /// <summary>Markdown.</summary>
    public string Summary { get; set; } = string.Empty;

    /// <summary>Markdown: what would move this item's status next.</summary>
    public string WhatToWatch { get; set; } = string.Empty;

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

    /// <summary>Checks a requested status change against the rules; an empty list means it may proceed.</summary>
    public IReadOnlyList<StatusChangeError> ValidateStatusChange(ItemStatus newStatus, string? reason, string? evidenceUrl)
    {
        var errors = new List<StatusChangeError>();
        if (newStatus == Status)
        {
            errors.Add(new("NewStatus", $"The item is already {Status.Label()}; choose a different status."));
        }

        var trimmedReason = reason?.Trim() ?? string.Empty;
        if (trimmedReason.Length == 0)
        {
            errors.Add(new("Reason", "Give a reason for the change."));
        }
        else if (trimmedReason.Length < ReasonMinLength || trimmedReason.Length > ReasonMaxLength)
        {
            errors.Add(new("Reason", $"The reason must be {ReasonMinLength}–{ReasonMaxLength} characters long."));
        }

        if (string.IsNullOrWhiteSpace(evidenceUrl))
        {
            if (newStatus == ItemStatus.Confirmed)
            {
                errors.Add(new("EvidenceUrl", "Confirmed needs an evidence link to an official source (https on a *.go.jp host)."));
            }
        }
        else if (!Uri.TryCreate(evidenceUrl.Trim(), UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            errors.Add(new("EvidenceUrl", "The evidence link must be a full http(s) URL."));
        }
        else if (newStatus == ItemStatus.Confirmed && !IsOfficialSource(uri))
        {
            errors.Add(new("EvidenceUrl", $"Confirmed needs an official source: an https link on a *.go.jp host, not {uri.Host}."));
        }

        return errors;
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

        var change = new StatusChange
        {
            ItemId = Id,
            Item = this,
            FromStatus = Status,
            ToStatus = newStatus,
            Reason = reason.Trim(),
            EvidenceUrl = string.IsNullOrWhiteSpace(evidenceUrl) ? null : evidenceUrl.Trim(),
            EffectiveOn = effectiveOn,
            ChangedBy = changedBy,
            ChangedByUserId = changedByUserId,
            ChangedAt = now,
        };
        Status = newStatus;
        StatusChangedAt = now;
        UpdatedAt = now;
        StatusChanges.Add(change);
        return change;
    }

    /// <summary>An official Japanese government source: https on go.jp or a subdomain of it.</summary>
    public static bool IsOfficialSource(Uri uri) =>
        uri.Scheme == Uri.UriSchemeHttps
        && (uri.Host.Equals("go.jp", StringComparison.OrdinalIgnoreCase)
            || uri.Host.EndsWith(".go.jp", StringComparison.OrdinalIgnoreCase));
}
