using JapanAiGov.Web.Changes;

namespace JapanAiGov.Web.Tests.Changes;

public sealed class ChangePositionOrderTests
{
    private static readonly DateTimeOffset At = new(2026, 7, 17, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Compare_NewerInstant_ComesFirst()
    {
        var newer = new ChangePosition(At.AddTicks(1), ChangeKind.DietBill, 1);
        var older = new ChangePosition(At, ChangeKind.StatusChange, 9);

        Assert.True(ChangePositionOrder.NewestFirst.Compare(newer, older) < 0);
        Assert.True(ChangePositionOrder.NewestFirst.Compare(older, newer) > 0);
    }

    [Fact]
    public void Compare_SameInstantInAnotherOffset_TiesOnTheInstantThenKindAscending()
    {
        var status = new ChangePosition(At, ChangeKind.StatusChange, 1);
        var bill = new ChangePosition(At.ToOffset(TimeSpan.FromHours(9)), ChangeKind.DietBill, 99);

        Assert.True(ChangePositionOrder.NewestFirst.Compare(status, bill) < 0);
        Assert.True(ChangePositionOrder.NewestFirst.Compare(bill, status) > 0);
    }

    [Fact]
    public void Compare_SameInstantAndKind_NewerIdFirst_AndEqualIsZero()
    {
        var high = new ChangePosition(At, ChangeKind.PublicComment, 8);
        var low = new ChangePosition(At, ChangeKind.PublicComment, 7);

        Assert.True(ChangePositionOrder.NewestFirst.Compare(high, low) < 0);
        Assert.True(ChangePositionOrder.NewestFirst.Compare(low, high) > 0);
        Assert.Equal(0, ChangePositionOrder.NewestFirst.Compare(high, high with { }));
        Assert.Equal(0, ChangePositionOrder.NewestFirst.Compare(high, high));
    }

    [Fact]
    public void Compare_Nulls_SortFirstAndEqualEachOther()
    {
        var position = new ChangePosition(At, ChangeKind.StatusChange, 1);

        Assert.Equal(0, ChangePositionOrder.NewestFirst.Compare(null, null));
        Assert.True(ChangePositionOrder.NewestFirst.Compare(null, position) < 0);
        Assert.True(ChangePositionOrder.NewestFirst.Compare(position, null) > 0);
    }
}
