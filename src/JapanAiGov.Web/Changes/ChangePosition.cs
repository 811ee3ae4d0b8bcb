using System.Globalization;
using JapanAiGov.Web.Infrastructure;

namespace JapanAiGov.Web.Changes;

/// <summary>
/// A place in the change log's order: newest instant first; within one instant by kind (its enum value, ascending);
/// then newest id first. Paging cursors carry it, opaquely.
/// </summary>
public sealed record ChangePosition(DateTimeOffset OccurredAt, ChangeKind Kind, long Id)
{
    private const string CursorScope = "changes";

    /// <summary>What "strictly after this position" means for rows of <paramref name="kind"/> (one rule for every kind).</summary>
    public ChangeTie TieFor(ChangeKind kind) =>
        kind > Kind ? ChangeTie.IncludeInstant : kind == Kind ? ChangeTie.OlderIdAtInstant : ChangeTie.ExcludeInstant;

    public string ToCursor() => Cursor.Encode(
        CursorScope,
        string.Join(
            '.',
            OccurredAt.UtcTicks.ToString(CultureInfo.InvariantCulture),
            ((int)Kind).ToString(CultureInfo.InvariantCulture),
            Id.ToString(CultureInfo.InvariantCulture)));

    public static bool TryParseCursor(string? cursor, out ChangePosition? position)
    {
        position = null;
        if (!Cursor.TryDecode(cursor, CursorScope, out var payload))
        {
            return false;
        }

        var parts = payload.Split('.');
        if (parts.Length != 3
            || !long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
            || ticks < DateTimeOffset.MinValue.UtcTicks || ticks > DateTimeOffset.MaxValue.UtcTicks
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var kind)
            || !Enum.IsDefined((ChangeKind)kind)
            || !long.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            return false;
        }

        position = new ChangePosition(new DateTimeOffset(ticks, TimeSpan.Zero), (ChangeKind)kind, id);
        return true;
    }
}
