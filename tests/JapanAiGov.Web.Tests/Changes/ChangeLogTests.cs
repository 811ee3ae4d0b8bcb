using CsCheck;
using JapanAiGov.Web.Changes;

namespace JapanAiGov.Web.Tests.Changes;

/// <summary>
/// The log merges what each kind's reader returns with one rule on (instant, kind, id). Readers here keep their rows in
/// memory and apply the rule the database readers apply (<see cref="ChangePosition.TieFor"/>), so paging through any
/// history, with many changes of every kind at one instant, must give every entry exactly once, in order.
/// </summary>
public sealed class ChangeLogTests
{
    private static readonly DateTimeOffset Start = new(2026, 7, 17, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task ReadAsync_PagingThroughAnyHistory_GivesEveryEntryOnceInOrder()
    {
        var entry = Gen.Select(Gen.Enum<ChangeKind>(), Gen.Int[0, 5], Gen.Long[1, 40]);
        await Gen.Select(entry.Array[0, 60], Gen.Int[1, 7]).SampleAsync(async sample =>
        {
            var (rows, pageSize) = sample;
            var entries = rows.DistinctBy(r => (r.Item1, r.Item3)).Select(r => Entry(r.Item1, r.Item3, Start.AddMinutes(r.Item2))).ToList();
            var log = new ChangeLog(Enum.GetValues<ChangeKind>().Select(kind => new ListReader(kind, entries.Where(e => e.Kind == kind).ToList())));

            var read = new List<ChangeEntry>();
            ChangePosition? after = null;
            for (var page = 0; page <= entries.Count; page++)
            {
                var next = await log.ReadAsync(pageSize, after: after);
                read.AddRange(next);
                if (next.Count < pageSize)
                {
                    break;
                }

                after = next[^1].Position;
            }

            var expected = entries.OrderByDescending(e => e.OccurredAt).ThenBy(e => e.Kind).ThenByDescending(e => e.Id).Select(e => e.EntryId).ToList();
            Assert.Equal(expected, read.Select(e => e.EntryId).ToList());
        }, iter: 300);
    }

    [Theory]
    [InlineData(ChangeKind.StatusChange, ChangeKind.LegislativeUpdate, ChangeTie.IncludeInstant)]
    [InlineData(ChangeKind.StatusChange, ChangeKind.PublicComment, ChangeTie.IncludeInstant)]
    [InlineData(ChangeKind.LegislativeUpdate, ChangeKind.LegislativeUpdate, ChangeTie.OlderIdAtInstant)]
    [InlineData(ChangeKind.PublicComment, ChangeKind.StatusChange, ChangeTie.ExcludeInstant)]
    [InlineData(ChangeKind.PublicComment, ChangeKind.LegislativeUpdate, ChangeTie.ExcludeInstant)]
    [InlineData(ChangeKind.DietBill, ChangeKind.ActionChange, ChangeTie.IncludeInstant)]
    [InlineData(ChangeKind.ActionChange, ChangeKind.ActionChange, ChangeTie.OlderIdAtInstant)]
    [InlineData(ChangeKind.ActionChange, ChangeKind.StatusChange, ChangeTie.ExcludeInstant)]
    public void TieFor_KindBeforeSameOrAfterThePosition_TellsWhatRemainsAtItsInstant(ChangeKind positionKind, ChangeKind readerKind, ChangeTie expected) =>
        Assert.Equal(expected, new ChangePosition(Start, positionKind, 5).TieFor(readerKind));

    [Fact]
    public void Constructor_AKindWithoutReader_IsRefusedNamingIt()
    {
        var readers = new[] { new ListReader(ChangeKind.StatusChange, []), new ListReader(ChangeKind.PublicComment, []) };

        var error = Assert.Throws<InvalidOperationException>(() => new ChangeLog(readers));

        Assert.Contains(nameof(ChangeKind.LegislativeUpdate), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FindAsync_ReferencesOfSeveralKinds_GivesThoseEntriesOldestFirst()
    {
        var a = Entry(ChangeKind.PublicComment, 3, Start);
        var b = Entry(ChangeKind.StatusChange, 9, Start);
        var c = Entry(ChangeKind.LegislativeUpdate, 1, Start.AddMinutes(-1));
        var log = new ChangeLog(Enum.GetValues<ChangeKind>().Select(kind => new ListReader(kind, new[] { a, b, c }.Where(e => e.Kind == kind).ToList())));

        var found = await log.FindAsync([new(ChangeKind.PublicComment, 3), new(ChangeKind.StatusChange, 9), new(ChangeKind.LegislativeUpdate, 1), new(ChangeKind.StatusChange, 404)]);

        Assert.Equal([c.EntryId, b.EntryId, a.EntryId], found.Select(e => e.EntryId));
    }

    private static ChangeEntry Entry(ChangeKind kind, long id, DateTimeOffset at) =>
        ChangeEntries.ForItem(kind, id, at, 1, "pipa", "PIPA amendment", "個人情報保護法改正", "privacy", japanese: false);

    private sealed class ListReader(ChangeKind kind, List<ChangeEntry> entries) : IChangeReader
    {
        public ChangeKind Kind => kind;

        public Task<IReadOnlyList<ChangeEntry>> ReadAsync(ChangeQuery query, CancellationToken cancellationToken)
        {
            IEnumerable<ChangeEntry> rows = entries;
            if (query.After is { } after)
            {
                var (at, afterId) = (after.OccurredAt, after.Id);
                rows = after.TieFor(Kind) switch
                {
                    ChangeTie.IncludeInstant => rows.Where(e => e.OccurredAt <= at),
                    ChangeTie.OlderIdAtInstant => rows.Where(e => e.OccurredAt < at || (e.OccurredAt == at && e.Id < afterId)),
                    ChangeTie.ExcludeInstant => rows.Where(e => e.OccurredAt < at),
                };
            }

            return Task.FromResult<IReadOnlyList<ChangeEntry>>(rows.OrderByDescending(e => e.OccurredAt).ThenByDescending(e => e.Id).Take(query.Limit).ToList());
        }

        public Task<IReadOnlyList<ChangeEntry>> FindAsync(IReadOnlyCollection<long> ids, bool japanese, CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyList<ChangeEntry>>(entries.Where(e => ids.Contains(e.Id)).ToList());
    }
}
