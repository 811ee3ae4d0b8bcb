namespace JapanAiGov.Web.Items;

/// <summary>An item's status at some moment, and when it had last changed before then.</summary>
public sealed record StatusAtTime(ItemStatus Status, DateTimeOffset ChangedAt);
