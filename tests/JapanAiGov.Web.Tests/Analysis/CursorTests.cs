using JapanAiGov.Web.Changes;
using JapanAiGov.Web.Infrastructure;
using JapanAiGov.Web.Analysis;

namespace JapanAiGov.Web.Tests.Analysis;

public sealed class CursorTests
{
    [Fact]
    public void ChangePosition_RoundTripsThroughItsCursor()
    {
        var position = new ChangePosition(new DateTimeOffset(2026, 11, 24, 1, 2, 3, 456, TimeSpan.Zero), ChangeKind.LegislativeUpdate, 42);

        Assert.True(ChangePosition.TryParseCursor(position.ToCursor(), out var parsed));
        Assert.Equal(position, parsed);
        Assert.DoesNotContain("=", position.ToCursor(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("!!!")]
    [InlineData("djE6aXRlbXM6Mg")]
    [InlineData("djE6Y2hhbmdlczox")]
    [InlineData("djE6Y2hhbmdlczoxLjkuMQ")]
    [InlineData("djE6Y2hhbmdlczotMS4wLjE")]
    public void ChangePosition_ForeignOrMalformedCursor_IsRejected(string? cursor)
    {
        Assert.False(ChangePosition.TryParseCursor(cursor, out var parsed));
        Assert.Null(parsed);
    }

    [Fact]
    public void Cursor_FromAnotherScope_IsRejected()
    {
        var cursor = Cursor.Encode("items", "7");

        Assert.True(Cursor.TryDecode(cursor, "items", out var payload));
        Assert.Equal("7", payload);
        Assert.False(Cursor.TryDecode(cursor, "changes", out _));
        Assert.False(Cursor.TryDecode(new string('A', 500), "items", out _));
    }
}
