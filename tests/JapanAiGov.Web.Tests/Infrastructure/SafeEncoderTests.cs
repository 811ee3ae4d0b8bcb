using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using CsCheck;
using JapanAiGov.Web.Infrastructure;

namespace JapanAiGov.Web.Tests.Infrastructure;

/// <summary>
/// Issue 26 point 4: the HTML and JSON writers' encoders drop bidirectional controls and invisible marks and write the
/// line and paragraph separators as a space, and otherwise encode exactly as the framework's encoders do.
/// </summary>
public sealed class SafeEncoderTests
{
    /// <summary>Written out here, not taken from the code under test.</summary>
    private const string Invisible = "\u00AD\u061C\u200B\u200E\u200F\u202A\u202B\u202C\u202D\u202E\u2060\u2061\u2062\u2063\u2064"
        + "\u2066\u2067\u2068\u2069\u206A\u206B\u206C\u206D\u206E\u206F\uFEFF\uFFF9\uFFFA\uFFFB";

    /// <summary>Text biased towards the characters in question, Japanese, markup, joiners that must stay, and emoji (surrogate pairs).</summary>
    private static readonly Gen<string> Text = Gen.OneOf(
            Gen.Char[Invisible + "\u2028\u2029"].Select(c => c.ToString()),
            Gen.Char['\u3040', '\u30FF'].Select(c => c.ToString()),
            Gen.Char["<>&\"'\\/ az\u200C\u200D\u00A0\u3000"].Select(c => c.ToString()),
            Gen.Const("👩‍💻"),
            Gen.Const("\u202Etxt.exe"))
        .Array[0, 30]
        .Select(parts => string.Concat(parts));

    private static readonly JsonSerializerOptions[] JsonOptions =
        [new() { Encoder = SafeJsonEncoder.Readable }, new() { Encoder = SafeJsonEncoder.Relaxed }];

    [Fact]
    public void Html_IsTheFrameworksEncoding_OfTheTextWithoutInvisibleMarks() =>
        Text.Sample(text =>
            Assert.Equal(HtmlEncoder.Create(UnicodeRanges.All).Encode(Expected(text)), SafeHtmlEncoder.Instance.Encode(text)));

    [Fact]
    public void Html_WrittenToATextWriter_AsRazorDoes_DropsTheMarks() =>
        Text.Sample(text =>
        {
            using var writer = new StringWriter();
            SafeHtmlEncoder.Instance.Encode(writer, "<p>" + text + "</p>", 3, text.Length);
            Assert.Equal(HtmlEncoder.Create(UnicodeRanges.All).Encode(Expected(text)), writer.ToString());
        });

    [Fact]
    public void Json_ReadsBackAsTheTextWithoutInvisibleMarks_ReadableAndRelaxed() =>
        Text.Sample(text =>
        {
            foreach (var options in JsonOptions)
            {
                var json = JsonSerializer.Serialize(new { text }, options);
                Assert.Equal(Expected(text), JsonDocument.Parse(json).RootElement.GetProperty("text").GetString());
                Assert.DoesNotContain(json, c => Invisible.Contains(c, StringComparison.Ordinal) || c is '\u2028' or '\u2029');
                Assert.DoesNotContain("\\u202E", json, StringComparison.OrdinalIgnoreCase);
            }
        });

    [Fact]
    public void Json_WrittenAsUtf8_DropsTheMarks()
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = SafeJsonEncoder.Relaxed }))
        {
            writer.WriteStartArray();
            writer.WriteStringValue("a\u202Eb\u2028c「高影響」");
            writer.WriteStringValue("a\u202Eb"u8);
            writer.WriteEndArray();
        }

        Assert.Equal("[\"ab c「高影響」\",\"ab\"]", Encoding.UTF8.GetString(stream.ToArray()));
    }

    [Fact]
    public void EveryInvisibleMarkAndSeparator_IsRefusedAtTheEdge_InOneAndManyLines()
    {
        foreach (var c in Invisible + "\u2028\u2029")
        {
            Assert.True(SafeText.HasForbiddenCharacter($"a{c}b", multiLine: false), $"U+{(int)c:X4} on one line");
            Assert.True(SafeText.HasForbiddenCharacter($"a{c}b", multiLine: true), $"U+{(int)c:X4} in many lines");
        }

        Assert.False(SafeText.HasForbiddenCharacter("👩‍💻 ZWNJ\u200C 「高影響」\u3000", multiLine: false));
    }

    [Fact]
    public void Writers_DropInvisibleMarks_AndMakeSeparatorsLineBreaksOrSpaces()
    {
        Assert.Equal("ab c", SafeText.SingleLine("a\u202Eb\u2028c\uFEFF"));
        Assert.Equal("ab\nc\nd", SafeText.MultiLine("a\u2066b\u2028c\u2029d"));
        Assert.Equal("Spoofexe.txt", FeedText.Clean("Spoof\u202Eexe.txt\u200F", 100));
    }

    private static string Expected(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is '\u2028' or '\u2029')
            {
                builder.Append(' ');
            }
            else if (!Invisible.Contains(c, StringComparison.Ordinal))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
