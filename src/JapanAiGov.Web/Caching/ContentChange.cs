using JapanAiGov.Web.Infrastructure;

namespace JapanAiGov.Web.Caching;

/// <summary>
/// One committed write that changed what public pages show, appended in the same transaction as the write itself
/// (<see cref="ContentChangeRecorder"/>). Every instance watches the highest id (<see cref="ContentChangeSync"/>) to
/// drop its cached pages when another instance wrote.
/// </summary>
public sealed class ContentChange : IPrivateBookkeeping
{
    public long Id { get; set; }

    public DateTimeOffset ChangedAt { get; set; }
}
