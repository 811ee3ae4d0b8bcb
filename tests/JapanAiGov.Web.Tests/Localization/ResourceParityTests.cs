using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace JapanAiGov.Web.Tests.Localization;

/// <summary>Every resource exists in English (the neutral .resx) and Japanese (.ja.resx) with the same keys and placeholders.</summary>
public sealed partial class ResourceParityTests
{
    public static TheoryData<string> ResourceBases()
    {
        var bases = Directory.EnumerateFiles(SourceRoot, "*.resx", SearchOption.AllDirectories)
            .Where(path => !IsBuildOutput(path))
            .Select(path =>
            {
                var name = Path.GetFileName(path);
                var neutral = name.EndsWith(".ja.resx", StringComparison.Ordinal) ? name[..^".ja.resx".Length] : name[..^".resx".Length];
                return Path.GetRelativePath(SourceRoot, Path.Combine(Path.GetDirectoryName(path)!, neutral));
            })
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal);
        return [.. bases];
    }

    [Fact]
    public void Resources_AreFound()
    {
        Assert.True(ResourceBases().Count >= 3, $"No .resx files found under {SourceRoot}");
    }

    [Theory]
    [MemberData(nameof(ResourceBases))]
    public void Resource_HasTheSameKeysAndPlaceholdersInEnglishAndJapanese(string resource)
    {
        var english = Read(Path.Combine(SourceRoot, resource + ".resx"));
        var japanese = Read(Path.Combine(SourceRoot, resource + ".ja.resx"));

        Assert.True(english is not null, $"{resource}.resx (English) is missing");
        Assert.True(japanese is not null, $"{resource}.ja.resx (Japanese) is missing");
        var onlyEnglish = english.Keys.Except(japanese.Keys).Order().ToList();
        var onlyJapanese = japanese.Keys.Except(english.Keys).Order().ToList();
        Assert.True(onlyEnglish.Count == 0, $"{resource}: keys only in English: {string.Join(", ", onlyEnglish)}");
        Assert.True(onlyJapanese.Count == 0, $"{resource}: keys only in Japanese: {string.Join(", ", onlyJapanese)}");
        foreach (var (key, value) in english)
        {
            Assert.False(string.IsNullOrWhiteSpace(japanese[key]), $"{resource}: '{key}' is empty in Japanese");
            Assert.Equal(Placeholders(value), Placeholders(japanese[key]));
        }
    }

    private static Dictionary<string, string>? Read(string path) =>
        File.Exists(path)
            ? XDocument.Load(path).Root!.Elements("data").ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? string.Empty, StringComparer.Ordinal)
            : null;

    private static List<string> Placeholders(string text) => [.. Placeholder().Matches(text).Select(m => m.Value).Distinct().Order()];

    private static bool IsBuildOutput(string path) =>
        path.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
        || path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal);

    private static string SourceRoot { get; } = Path.Combine(RepositoryRoot.Path, "src", "JapanAiGov.Web");

    [GeneratedRegex(@"\{\d+(:[^}]*)?\}")]
    private static partial Regex Placeholder();
}
