using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using BenchmarkDotNet.Attributes;
using JapanAiGov.Web.Polling;
using JapanAiGov.Web.Sources;

namespace JapanAiGov.Benchmarks;

/// <summary>
/// The poller's per-revision work on a law of PIPA's size: parse e-Gov's law_data JSON (~550 KB, ~200 articles)
/// into articles, and compare two revisions into the 新旧対照表 editors read. The two revisions are generated:
/// the second rewords every tenth article, drops two and adds two.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 5)]
public class LawTextBenchmarks
{
    private byte[] _before = [];
    private byte[] _after = [];
    private IReadOnlyList<LawArticle> _beforeArticles = [];
    private IReadOnlyList<LawArticle> _afterArticles = [];

    [GlobalSetup]
    public void Setup()
    {
        _before = Encoding.UTF8.GetBytes(GenerateLawData(revision: 0));
        _after = Encoding.UTF8.GetBytes(GenerateLawData(revision: 1));
        _beforeArticles = Parse(_before);
        _afterArticles = Parse(_after);
        Console.WriteLine($"// law_data JSON: {_before.Length / 1024} KB and {_after.Length / 1024} KB, {_beforeArticles.Count} articles");
    }

    [Benchmark(Description = "Parse law_data JSON and extract articles")]
    public IReadOnlyList<LawArticle> ParseAndExtract() => Parse(_after);

    [Benchmark(Description = "Diff two revisions (article match + side-by-side)")]
    public int DiffRevisions()
    {
        var diff = ArticleDiff.Compare(_beforeArticles, _afterArticles);
        return diff.Changed.Sum(c => ArticleComparison.Build(c.Old, c.New).Rows.Count) + diff.Added.Count + diff.Removed.Count;
    }

    [Benchmark(Description = "Whole new revision: parse, store as JSON, hash, diff")]
    public int ParseStoreHashDiff()
    {
        var articles = Parse(_after);
        var json = LawArticles.ToJson(articles);
        var hash = LawArticles.Hash(json);
        var diff = ArticleDiff.Compare(_beforeArticles, articles);
        return hash.Length + diff.Changed.Sum(c => ArticleComparison.Build(c.Old, c.New).Rows.Count);
    }

    private static IReadOnlyList<LawArticle> Parse(byte[] json) =>
        ArticleExtractor.Extract(JsonSerializer.Deserialize<EGovLawData>(json, EGovJson.Options)!.LawFullText!);

    /// <summary>A law shaped like PIPA: 8 chapters, ~200 articles of 1–4 paragraphs, some with items, written like e-Gov's JSON.</summary>
    internal static string GenerateLawData(int revision)
    {
        var random = new Random(57);
        var chapters = new JsonArray();
        var articleNumber = 0;
        for (var chapter = 1; chapter <= 8; chapter++)
        {
            var children = new JsonArray { Node("ChapterTitle", $"第{chapter}章　総則その{chapter}") };
            for (var i = 0; i < 25; i++)
            {
                articleNumber++;
                var skip = revision == 1 && articleNumber is 33 or 150;
                if (!skip)
                {
                    children.Add(Article(articleNumber.ToString(System.Globalization.CultureInfo.InvariantCulture), articleNumber, random, reworded: revision == 1 && articleNumber % 10 == 0));
                }
                else
                {
                    _ = Article("x", articleNumber, random, reworded: false);
                }

                if (revision == 1 && articleNumber is 16 or 120)
                {
                    children.Add(Article($"{articleNumber}_2", articleNumber * 1000 + 2, new Random(articleNumber), reworded: false));
                }
            }

            chapters.Add(new JsonObject { ["tag"] = "Chapter", ["attr"] = new JsonObject { ["Num"] = chapter.ToString(System.Globalization.CultureInfo.InvariantCulture), ["Delete"] = "false", ["Hide"] = "false" }, ["children"] = children });
        }

        var document = new JsonObject
        {
            ["attached_files_info"] = new JsonObject { ["image_data"] = string.Empty, ["attached_files"] = new JsonArray() },
            ["law_info"] = new JsonObject { ["law_id"] = "415AC0000000057", ["law_num_year"] = 15 },
            ["revision_info"] = new JsonObject { ["law_revision_id"] = revision == 0 ? "415AC0000000057_20261001_507AC0000000070" : "415AC0000000057_20270117_508AC0000000056" },
            ["law_full_text"] = new JsonObject
            {
                ["tag"] = "Law",
                ["attr"] = new JsonObject { ["Era"] = "Heisei", ["Lang"] = "ja", ["LawType"] = "Act", ["Num"] = "057", ["Year"] = "15" },
                ["children"] = new JsonArray
                {
                    new JsonObject { ["tag"] = "LawNum", ["attr"] = string.Empty, ["children"] = new JsonArray("平成十五年法律第五十七号") },
                    new JsonObject
                    {
                        ["tag"] = "LawBody",
                        ["attr"] = string.Empty,
                        ["children"] = new JsonArray
                        {
                            Node("LawTitle", "個人情報の保護に関する法律"),
                            new JsonObject { ["tag"] = "MainProvision", ["attr"] = string.Empty, ["children"] = chapters },
                        },
                    },
                },
            },
        };
        return document.ToJsonString(new JsonSerializerOptions { WriteIndented = false, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }

    private static JsonObject Article(string num, int seed, Random random, bool reworded)
    {
        var children = new JsonArray { Node("ArticleCaption", "（定義等）"), Node("ArticleTitle", $"第{seed}条") };
        var paragraphs = 1 + random.Next(4);
        for (var p = 1; p <= paragraphs; p++)
        {
            var sentence = Sentence(random, 90 + random.Next(120));
            if (reworded && p == 1)
            {
                sentence = sentence.Insert(sentence.Length / 2, "低リスク研究のための");
            }

            var paragraph = new JsonArray
            {
                p == 1 ? new JsonObject { ["tag"] = "ParagraphNum", ["attr"] = new JsonObject(), ["children"] = new JsonArray() } : Node("ParagraphNum", p.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                new JsonObject
                {
                    ["tag"] = "ParagraphSentence",
                    ["attr"] = new JsonObject(),
                    ["children"] = new JsonArray { new JsonObject { ["tag"] = "Sentence", ["attr"] = new JsonObject { ["Num"] = "1", ["WritingMode"] = "vertical" }, ["children"] = new JsonArray(sentence) } },
                },
            };
            if (random.Next(3) == 0)
            {
                for (var item = 1; item <= 1 + random.Next(4); item++)
                {
                    paragraph.Add(new JsonObject
                    {
                        ["tag"] = "Item",
                        ["attr"] = new JsonObject { ["Num"] = item.ToString(System.Globalization.CultureInfo.InvariantCulture), ["Delete"] = "false" },
                        ["children"] = new JsonArray
                        {
                            Node("ItemTitle", "一二三四五"[item - 1].ToString()),
                            new JsonObject { ["tag"] = "ItemSentence", ["attr"] = new JsonObject(), ["children"] = new JsonArray { new JsonObject { ["tag"] = "Sentence", ["attr"] = new JsonObject { ["Num"] = "1" }, ["children"] = new JsonArray(Sentence(random, 40 + random.Next(60))) } } },
                        },
                    });
                }
            }

            children.Add(new JsonObject { ["tag"] = "Paragraph", ["attr"] = new JsonObject { ["Hide"] = "false", ["Num"] = p.ToString(System.Globalization.CultureInfo.InvariantCulture), ["OldStyle"] = "false" }, ["children"] = paragraph });
        }

        return new JsonObject { ["tag"] = "Article", ["attr"] = new JsonObject { ["Delete"] = "false", ["Hide"] = "false", ["Num"] = num }, ["children"] = children };
    }

    private static JsonObject Node(string tag, string text) => new() { ["tag"] = tag, ["attr"] = new JsonObject(), ["children"] = new JsonArray(text) };

    private static string Sentence(Random random, int length)
    {
        const string Words = "個人情報取扱事業者は、本人の同意を得ないで、利用目的の達成に必要な範囲を超えて個人データを取り扱ってはならない。行政機関等の長は、保有個人情報の漏えい等の防止その他の安全管理のために必要かつ適切な措置を講じなければならない。";
        var text = new StringBuilder(length);
        while (text.Length < length)
        {
            var start = random.Next(Words.Length - 10);
            text.Append(Words, start, Math.Min(10 + random.Next(20), Words.Length - start));
        }

        text.Length = length - 1;
        return text.Append('。').ToString();
    }
}
