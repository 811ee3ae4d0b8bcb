namespace JapanAiGov.Web.Items;

/// <summary>
/// The dates an editor may enter (effective dates, publication dates): far enough back for any statute still in force,
/// far enough ahead for any scheduled enforcement. Typos like 9999-12-31 or 0001-01-01 are refused at the edge.
/// </summary>
public static class SensibleDates
{
    public static readonly DateOnly Earliest = new(1868, 1, 1);

    public static readonly DateOnly Latest = new(2199, 12, 31);

    public static bool Contains(DateOnly day) => day >= Earliest && day <= Latest;
}
