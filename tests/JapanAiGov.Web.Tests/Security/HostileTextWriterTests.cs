using System.Text;
using System.Xml.Linq;
using CsCheck;
using JapanAiGov.Web.Changes;
using JapanAiGov.Web.Alerts;
using JapanAiGov.Web.Alerts.Email;
using JapanAiGov.Web.Analysis;
using JapanAiGov.Web.Infrastructure;
using JapanAiGov.Web.Items;
using JapanAiGov.Web.Tests.Shared;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace JapanAiGov.Web.Tests.Security;

/// <summary>
/// Issue 10 point 2: every writer survives any stored text — control characters, lone surrogates, noncharacters,
/// line breaks of every kind — because each strips what its format forbids.
/// </summary>
public sealed class HostileTextWriterTests
{
    private static readonly AppOptions App = new() { PublicBaseUrl = "https://japanaigov.example/" };
    private static readonly DateTimeOffset At = new(2026, 11, 24, 9, 0, 0, TimeSpan.Zero);

    /// <summary>Bidirectional controls and invisible marks (issue 26 point 4), written out here, not taken from the code under test.</summary>
    private const string Invisible = "\u061C\u200B\u200E\u200F\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069\uFEFF";

    /// <summary>Text biased towards trouble: C0/C1 controls, surrogates, noncharacters, Japanese, markup, invisible marks.</summary>
    private static readonly Gen<string> HostileText = Gen.OneOf(
            Gen.Char['\0', '\u007F'],
            Gen.Char['\u0080', '\u009F'],
            Gen.Char['\uD800', '\uDFFF'],
            Gen.Char['\uFFF0', '\uFFFF'],
            Gen.Char['\u3040', '\u30FF'],
            Gen.Char["<>&\"'\r\n\t\u2028\u2029\u000B\u000C\u0085"],
            Gen.Char[Invisible])
        .Array[0, 40]
        .Select(chars => new string(chars));

    [Fact]
    public void AtomFeed_WithAnyText_IsWellFormedXml() =>
        Gen.Select(HostileText, HostileText, HostileText, HostileText).Sample((title, reason, by, law) =>
        {
            var entries = new[]
            {
                Entry(ChangeKind.StatusChange, title) with { Reason = reason, ChangedBy = by, ItemTopic = law },
                Entry(ChangeKind.LegislativeUpdate, title) with { LawTitle = law, AmendmentLawTitle = reason, LawRevisionId = by },
                Entry(ChangeKind.ActionChange, title) with { ToAction = ActionLevel.Prepare, Reason = reason, ChangedBy = by, ActionTrigger = law, ActionDueOn = new DateOnly(2027, 1, 31), ActionDueLabel = by },
            };

            var bytes = ChangeFeed.Write(App, "tag:japanaigov,2026:feed", title, reason, "/feeds/changes.atom", "/changes", entries, At);

            var xml = Encoding.UTF8.GetString(bytes);
            XDocument.Parse(xml);
            Assert.False(HasInvisible(xml), xml);
        });

    [Fact]
    public void Calendar_WithAnyTextAndDate_HasOnlyProperContentLines() =>
        Gen.Select(HostileText, HostileText, Gen.DateOnly).Sample((summary, description, date) =>
        {
            var entry = new CalendarEntry("uid-1@japanaigov", date, CalendarEntryKind.StatusEffective, summary, description, "item", summary, null, false, At);

            var ics = Encoding.UTF8.GetString(ItemCalendar.WriteIcs(App, [entry]));

            Assert.EndsWith("\r\n", ics, StringComparison.Ordinal);
            foreach (var line in ics[..^2].Split("\r\n"))
            {
                Assert.DoesNotContain(line, c => char.IsControl(c) && c != '\t');
                Assert.False(HasInvisible(line), line);
                Assert.False(HasLoneSurrogate(line), line);
            }
        });

    [Fact]
    public void Csv_WithAnyText_ReadsBackAsTheSameRowsAndColumns() =>
        Gen.Select(HostileText, HostileText).Sample((title, topic) =>
        {
            var view = new DashboardView { Rows = [new DashboardRow(1, "slug", title, topic, topic, ItemStatus.Reported, At, null, null), new DashboardRow(2, "other", topic, title, title, ItemStatus.Confirmed, At, null, null, ActionLevel.Act)] };

            var text = Encoding.UTF8.GetString(CsvExport.Write(view, App));

            var rows = Rfc4180.Read(text.TrimStart('\uFEFF'));
            Assert.Equal(3, rows.Count);
            Assert.All(rows, row => Assert.Equal(12, row.Count));
            Assert.All(rows.SelectMany(r => r), cell => Assert.DoesNotContain(cell, c => char.IsControl(c) && c is not ('\n' or '\t')));
            Assert.All(rows.SelectMany(r => r), cell => Assert.False(HasInvisible(cell), cell));
        });

    [Fact]
    public void AlertEmail_WithAnyText_IsRenderedWithCleanHeadersAndBodies()
    {
        var renderer = new AlertEmailRenderer(
            Options.Create(new EmailOptions { From = "JapanAiGov <alerts@japanaigov.example>" }),
            Options.Create(App),
            Options.Create(new AlertsOptions()),
            new FakeTimeProvider(At));
        Gen.Select(HostileText, HostileText, HostileText).Sample((title, reason, law) =>
        {
            var change = Entry(ChangeKind.StatusChange, title) with { Reason = reason };
            var update = Entry(ChangeKind.LegislativeUpdate, title) with { LawTitle = law, AmendmentLawTitle = reason };
            var action = Entry(ChangeKind.ActionChange, title) with { FromAction = ActionLevel.Monitor, ToAction = ActionLevel.Act, Reason = reason, ActionTrigger = law, ActionDueOn = new DateOnly(2027, 1, 31), ActionDueLabel = title };

            foreach (var message in new[]
            {
                renderer.Alert("reader@example.org", $"the item “{title}”", change, "TOKEN", "alert.7.3@japanaigov.example"),
                renderer.Alert("reader@example.org", "every item", update, "TOKEN", "alert.8.3@japanaigov.example"),
                renderer.Alert("reader@example.org", "every item", action, "TOKEN", "alert.9.3@japanaigov.example"),
                renderer.Digest("reader@example.org", "every item", new DateOnly(2026, 11, 24), [change, update, action], "TOKEN", "digest.1@japanaigov.example"),
            })
            {
                Assert.DoesNotContain(message.Subject!, char.IsControl);
                Assert.False(HasLoneSurrogate(message.Subject!), message.Subject);
                Assert.DoesNotContain(message.TextBody!, c => char.IsControl(c) && c is not ('\r' or '\n' or '\t'));
                Assert.False(HasInvisible(message.Subject!) || HasInvisible(message.TextBody!) || HasInvisible(message.HtmlBody!), message.Subject);
                using var buffer = new MemoryStream();
                message.WriteTo(buffer);
                var headers = Encoding.UTF8.GetString(buffer.ToArray()).Split("\r\n\r\n")[0];
                Assert.DoesNotContain("\nX-Injected", headers, StringComparison.Ordinal);
            }
        });
    }

    private static ChangeEntry Entry(ChangeKind kind, string title) => new()
    {
        Kind = kind,
        Id = 1,
        OccurredAt = At,
        ItemId = 1,
        ItemSlug = "pipa",
        ItemTitle = title,
        ItemTopic = "privacy",
        FromStatus = ItemStatus.Reported,
        ToStatus = ItemStatus.Confirmed,
        EvidenceUrl = "https://www.ppc.go.jp/",
        EffectiveOn = new DateOnly(2027, 4, 1),
        LawId = "415AC0000000057",
    };

    /// <summary>An invisible mark, or a line/paragraph separator (CSV and mail make them LF or a space).</summary>
    private static bool HasInvisible(string text) => text.AsSpan().IndexOfAny(Invisible + "\u2028\u2029") >= 0;

    private static bool HasLoneSurrogate(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return true;
            }
        }

        return false;
    }
}
