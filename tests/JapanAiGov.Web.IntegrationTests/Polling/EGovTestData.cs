using System.Text.Json.Nodes;

namespace JapanAiGov.Web.IntegrationTests.Polling;

/// <summary>The real e-Gov samples, and law texts and revisions built in their shape for scenarios the samples do not cover.</summary>
public static class EGovTestData
{
    public const string PipaLawId = "415AC0000000057";
    public const string AiActLawId = "507AC0000000053";

    /// <summary>The newest revision in the PIPA sample (a future one): the baseline pass fetches its text.</summary>
    public const string PipaNewestRevisionId = "415AC0000000057_20281223_508AC0000000046";

    /// <summary>The revision a later PIPA history gains in the scenarios.</summary>
    public const string PipaNewRevisionId = "415AC0000000057_20290401_509AC0000000020";

    public static string Sample(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Samples", "egov", name));

    /// <summary>PIPA's text before the new revision: articles 1, 2 (with items), 3 and 16.</summary>
    public static string PipaTextBefore() => LawData(PipaLawId, PipaNewestRevisionId,
    [
        Article("1", "第一条", "（目的）", "この法律は、デジタル社会の進展に伴い個人情報の利用が著しく拡大していることに鑑み、個人の権利利益を保護することを目的とする。"),
        Article("2", "第二条", "（定義）",
            "この法律において「個人情報」とは、生存する個人に関する情報であって、次の各号のいずれかに該当するものをいう。",
            "２\tこの法律において「個人識別符号」とは、次の各号のいずれかに該当する文字、番号、記号その他の符号をいう。"),
        Article("3", "第三条", "（基本理念）", "個人情報は、個人の人格尊重の理念の下に慎重に取り扱われるべきものであることに鑑み、その適正な取扱いが図られなければならない。"),
        Article("16", "第十六条", "（定義）", "この章及び第八章において「個人情報データベース等」とは、個人情報を含む情報の集合物をいう。"),
    ]);

    /// <summary>PIPA's text in the new revision: article 2 reworded, article 3 gone, article 16-2 added.</summary>
    public static string PipaTextAfter() => LawData(PipaLawId, PipaNewRevisionId,
    [
        Article("1", "第一条", "（目的）", "この法律は、デジタル社会の進展に伴い個人情報の利用が著しく拡大していることに鑑み、個人の権利利益を保護することを目的とする。"),
        Article("2", "第二条", "（定義）",
            "この法律において「個人情報」とは、生存する個人に関する情報であって、次の各号のいずれかに該当するものをいう。",
            "２\tこの法律において「個人識別符号」とは、次の各号のいずれかに該当する文字、番号、記号、生体情報その他の符号をいう。"),
        Article("16", "第十六条", "（定義）", "この章及び第八章において「個人情報データベース等」とは、個人情報を含む情報の集合物をいう。"),
        Article("16_2", "第十六条の二", "（低リスク研究）", "個人情報取扱事業者は、低リスク研究のために人工知能の学習に個人データを利用するときは、本人の同意を得ないで、これを行うことができる。"),
    ]);

    /// <summary>The PIPA sample history with one more revision on top (newest first, as e-Gov orders it).</summary>
    public static string PipaRevisionsWithNewRevision()
    {
        var document = JsonNode.Parse(Sample("law_revisions-415AC0000000057.json"))!;
        var revisions = document["revisions"]!.AsArray();
        var template = revisions[0]!.DeepClone().AsObject();
        template["law_revision_id"] = PipaNewRevisionId;
        template["updated"] = "2027-02-10T10:00:00+09:00";
        template["amendment_promulgate_date"] = "2027-02-10";
        template["amendment_enforcement_date"] = "2029-04-01";
        template["amendment_enforcement_comment"] = null;
        template["amendment_scheduled_enforcement_date"] = null;
        template["amendment_law_id"] = "509AC0000000020";
        template["amendment_law_title"] = "個人情報の保護に関する法律の一部を改正する法律";
        template["amendment_law_num"] = "令和九年法律第二十号";
        template["current_revision_status"] = "UnEnforced";
        revisions.Insert(0, template);
        return document.ToJsonString();
    }

    public static JsonObject Article(string num, string title, string caption, params string[] paragraphs)
    {
        var children = new JsonArray
        {
            Node("ArticleCaption", new JsonObject(), caption),
            Node("ArticleTitle", new JsonObject(), title),
        };
        for (var i = 0; i < paragraphs.Length; i++)
        {
            var parts = paragraphs[i].Split('\t');
            var number = parts.Length > 1 ? parts[0] : null;
            var text = parts[^1];
            children.Add(new JsonObject
            {
                ["tag"] = "Paragraph",
                ["attr"] = new JsonObject { ["Num"] = (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) },
                ["children"] = new JsonArray
                {
                    number is null ? Node("ParagraphNum", new JsonObject()) : Node("ParagraphNum", new JsonObject(), number),
                    new JsonObject
                    {
                        ["tag"] = "ParagraphSentence",
                        ["attr"] = string.Empty,
                        ["children"] = new JsonArray { Node("Sentence", new JsonObject { ["Num"] = "1" }, text) },
                    },
                },
            });
        }

        return new JsonObject { ["tag"] = "Article", ["attr"] = new JsonObject { ["Num"] = num, ["Delete"] = "false" }, ["children"] = children };
    }

    public static string LawData(string lawId, string revisionId, IEnumerable<JsonObject> articles)
    {
        var revisionInfo = new JsonObject { ["law_revision_id"] = revisionId, ["law_title"] = "個人情報の保護に関する法律" };
        var mainProvision = new JsonObject { ["tag"] = "MainProvision", ["attr"] = string.Empty, ["children"] = new JsonArray([.. articles]) };
        var document = new JsonObject
        {
            ["law_info"] = new JsonObject { ["law_id"] = lawId, ["law_num_year"] = "15" },
            ["revision_info"] = revisionInfo,
            ["law_full_text"] = new JsonObject
            {
                ["tag"] = "Law",
                ["attr"] = new JsonObject { ["Era"] = "Heisei", ["Lang"] = "ja" },
                ["children"] = new JsonArray
                {
                    Node("LawNum", string.Empty, "平成十五年法律第五十七号"),
                    new JsonObject { ["tag"] = "LawBody", ["attr"] = string.Empty, ["children"] = new JsonArray { Node("LawTitle", new JsonObject(), "個人情報の保護に関する法律"), mainProvision } },
                },
            },
            ["attached_files_info"] = null,
        };
        return document.ToJsonString();
    }

    private static JsonObject Node(string tag, JsonNode attr, params string[] text)
    {
        var children = new JsonArray();
        foreach (var t in text)
        {
            children.Add(t);
        }

        return new JsonObject { ["tag"] = tag, ["attr"] = attr, ["children"] = children };
    }
}
