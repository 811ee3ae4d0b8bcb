using System.Globalization;

namespace JapanAiGov.Web.Analysis;

/// <summary>
/// A place in the change log's order (newest first; within one instant status changes before legislative
/// updates; then newest id first). Paging cursors carry it, opaquely.
/// </summary>
public sealed record ChangePosition(DateTimeOffset OccurredAt, ChangeKind Kind, long Id)
{
    private const string CursorScope = "changes";

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
