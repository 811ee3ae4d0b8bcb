namespace JapanAiGov.Web.Changes;

/// <summary>The log's one order: newest instant first, then kind (ascending), then newest id first.</summary>
public sealed class ChangePositionOrder : IComparer<ChangePosition>
{
    public static readonly ChangePositionOrder NewestFirst = new();

    public int Compare(ChangePosition? x, ChangePosition? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null || y is null)
        {
            return x is null ? -1 : 1;
        }

        var byInstant = y.OccurredAt.UtcTicks.CompareTo(x.OccurredAt.UtcTicks);
        if (byInstant != 0)
        {
            return byInstant;
        }

        var byKind = x.Kind.CompareTo(y.Kind);
        return byKind != 0 ? byKind : y.Id.CompareTo(x.Id);
    }
}
