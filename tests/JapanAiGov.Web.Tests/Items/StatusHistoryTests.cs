using JapanAiGov.Web.Items;

namespace JapanAiGov.Web.Tests.Items;

public sealed class StatusHistoryTests
{
    private static readonly DateTimeOffset Start = new(2026, 8, 1, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void AsOf_SeveralChanges_TakesTheLatestBeforeTheCutoff()
    {
        var changes = new[]
        {
            Change(1, 1, ItemStatus.Reported, Start),
            Change(2, 1, ItemStatus.PendingMetiAnnex, Start.AddDays(10)),
            Change(3, 1, ItemStatus.Confirmed, Start.AddDays(20)),
            Change(4, 2, ItemStatus.Confirmed, Start.AddDays(15)),
        };

        Assert.Empty(StatusHistory.AsOf(changes, Start));
        Assert.Equal(ItemStatus.Reported, StatusHistory.AsOf(changes, Start.AddDays(10))[1].Status);
        Assert.Equal(ItemStatus.PendingMetiAnnex, StatusHistory.AsOf(changes, Start.AddDays(10).AddTicks(1))[1].Status);
        var late = StatusHistory.AsOf(changes, Start.AddDays(30));
        Assert.Equal(new StatusAtTime(ItemStatus.Confirmed, Start.AddDays(20)), late[1]);
        Assert.Equal(ItemStatus.Confirmed, late[2].Status);
        Assert.False(StatusHistory.AsOf(changes, Start.AddDays(12)).ContainsKey(2));
    }

    [Fact]
    public void AsOf_ChangesAtTheSameInstantInAnyOrder_TheLaterEntryWins()
    {
        var at = Start.AddDays(5);
        var changes = new[] { Change(9, 1, ItemStatus.Confirmed, at), Change(8, 1, ItemStatus.PendingMetiAnnex, at), Change(1, 1, ItemStatus.Reported, Start) };

        Assert.Equal(ItemStatus.Confirmed, StatusHistory.AsOf(changes, at.AddDays(1))[1].Status);
        Assert.Equal(ItemStatus.Confirmed, StatusHistory.AsOf(changes.Reverse(), at.AddDays(1))[1].Status);
    }

    private static StatusChange Change(long id, int itemId, ItemStatus to, DateTimeOffset at) =>
        new() { Id = id, ItemId = itemId, ToStatus = to, ChangedAt = at, Reason = "r", ChangedBy = "t" };
}
