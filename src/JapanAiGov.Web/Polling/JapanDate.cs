namespace JapanAiGov.Web.Polling;

/// <summary>e-Gov's dates are Japanese calendar days: a law "in force from 2027-01-01" is in force from midnight JST.</summary>
public static class JapanDate
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(9);

    public static DateOnly Today(TimeProvider time) => DateOnly.FromDateTime(time.GetUtcNow().ToOffset(Offset).DateTime);
}
