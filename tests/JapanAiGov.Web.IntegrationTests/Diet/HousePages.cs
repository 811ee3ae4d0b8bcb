using System.Globalization;
using System.Net;
using System.Text;

namespace JapanAiGov.Web.IntegrationTests.Diet;

/// <summary>
/// Bill pages in the House of Representatives' own markup (from the real samples in ../shared/diet): a session's list,
/// one table per kind with its caption, and a progress page pairing label and value cells by row, empty paired cells
/// written as the site writes them (a bare ／ in a span left unclosed).
/// </summary>
public static class HousePages
{
    public const string Pipa = "個人情報の保護に関する法律等の一部を改正する法律案";

    public sealed record Row(string Kind, int Session, int Number, string Title, string Status, string? KeikaId);

    public static string List(int session, params Row[] rows)
    {
        var html = new StringBuilder();
        html.Append("<HTML lang=\"ja\"><HEAD><meta http-equiv=\"Content-Type\" content=\"text/html; charset=Shift_JIS\">")
            .Append(CultureInfo.InvariantCulture, $"<TITLE>第{session}回国会　議案の一覧</TITLE></HEAD><BODY><H2 id=TopContents>第{session}回国会　議案の一覧</H2>");
        foreach (var kind in rows.Select(r => r.Kind).Distinct())
        {
            html.Append("<table border=\"1\" width=\"100%\" class=\"table\">")
                .Append(CultureInfo.InvariantCulture, $"<caption class=\"txt04b\">{kind}の一覧</caption>")
                .Append("<tr valign=\"top\"><th><span class=\"txt03\">提出回次</span></th><th><span class=\"txt03\">番号</span></th><th><span class=\"txt03\">議案件名</span></th><th><span class=\"txt03\">審議状況</span></th><th><span class=\"txt03\">経過情報</span></th><th><span class=\"txt03\">本文情報</span></th></tr>");
            foreach (var row in rows.Where(r => r.Kind == kind))
            {
                var link = row.KeikaId is null ? "<br>" : $"<a href=\"./keika/{row.KeikaId}.htm\" title=\"経過\">経過</a>";
                html.Append("<tr valign=\"top\">")
                    .Append(CultureInfo.InvariantCulture, $"<td align=\"right\" class=\"td\"><span class=\"txt03\">{row.Session}</span></td>")
                    .Append(CultureInfo.InvariantCulture, $"<td align=\"right\" class=\"td\"><span class=\"txt03\">{row.Number}</span></td>")
                    .Append(CultureInfo.InvariantCulture, $"<td class=\"td\"><span class=\"txt03\">{WebUtility.HtmlEncode(row.Title)}</span></td>")
                    .Append(CultureInfo.InvariantCulture, $"<td class=\"td\"><span class=\"txt03\">{WebUtility.HtmlEncode(row.Status)}</span></td>")
                    .Append(CultureInfo.InvariantCulture, $"<td class=\"td\"><span class=\"txt03\">{link}</span></td>")
                    .Append("<td class=\"td\"><span class=\"txt03\"><br></span></td></tr>");
            }

            html.Append("</table>");
        }

        return html.Append("</BODY></HTML>").ToString();
    }

    /// <summary>A progress page: <paramref name="facts"/> by label (a paired label "A／B" takes "date／value"); missing labels are written empty.</summary>
    public static string Progress(string kind, int session, int number, string title, IReadOnlyDictionary<string, string> facts)
    {
        string[] labels =
        [
            "議案種類", "議案提出回次", "議案番号", "議案件名", "議案提出者",
            "衆議院予備審査議案受理年月日", "衆議院予備付託年月日／衆議院予備付託委員会", "衆議院議案受理年月日",
            "衆議院付託年月日／衆議院付託委員会", "衆議院審査終了年月日／衆議院審査結果", "衆議院審議終了年月日／衆議院審議結果",
            "参議院予備審査議案受理年月日", "参議院予備付託年月日／参議院予備付託委員会", "参議院議案受理年月日",
            "参議院付託年月日／参議院付託委員会", "参議院審査終了年月日／参議院審査結果", "参議院審議終了年月日／参議院審議結果",
            "公布年月日／法律番号",
        ];
        var values = new Dictionary<string, string>(facts)
        {
            ["議案種類"] = kind,
            ["議案提出回次"] = session.ToString(CultureInfo.InvariantCulture),
            ["議案番号"] = number.ToString(CultureInfo.InvariantCulture),
            ["議案件名"] = title,
        };
        values.TryAdd("議案提出者", "内閣");
        var html = new StringBuilder();
        html.Append("<HTML lang=\"ja\"><HEAD><meta http-equiv=\"Content-Type\" content=\"text/html; charset=Shift_JIS\">")
            .Append(CultureInfo.InvariantCulture, $"<TITLE>{kind} 第{session}回国会 {number} {WebUtility.HtmlEncode(title)}</TITLE></HEAD><BODY>")
            .Append("<H2 id=TopContents>議案審議経過情報</H2><table border=\"1\" width=\"100%\" class=\"table\">")
            .Append("<TR VALIGN=top><TH WIDTH=\"40%\" id=\"KOMOKU\"><span class=\"txt03\">項目</span></TH><TH WIDTH=\"60%\" id=\"NAIYO\"><span class=\"txt03\">内容</span></TH></TR>");
        foreach (var label in labels)
        {
            html.Append(CultureInfo.InvariantCulture, $"<TR valign=top><TD class=\"td\" headers=\"KOMOKU\"><span class=\"txt03\">{label}</span></TD>");
            if (values.TryGetValue(label, out var value) && value.Length > 0)
            {
                html.Append(CultureInfo.InvariantCulture, $"<TD class=\"td\" headers=\"NAIYO\"><span class=\"txt03\">{WebUtility.HtmlEncode(value).Replace("／", "\n／\n", StringComparison.Ordinal)}</span></TD>");
            }
            else if (label.Contains('／', StringComparison.Ordinal))
            {
                html.Append("<TD class=\"td\" headers=\"NAIYO\"><span class=\"txt03\">\n／\n</TD>");
            }
            else
            {
                html.Append("<TD class=\"td\" headers=\"NAIYO\"><span class=\"txt03\"><br></span></TD>");
            }

            html.Append("</TR>");
        }

        return html.Append("</table></BODY></HTML>").ToString();
    }

    /// <summary>The PIPA amendment's facts up to <paramref name="step"/>: 1 received, 2 passed the lower House, 3 passed both, 4 promulgated (法律第56号).</summary>
    public static Dictionary<string, string> PipaFacts(int step)
    {
        var facts = new Dictionary<string, string> { ["衆議院議案受理年月日"] = "令和 8年 4月 7日" };
        if (step >= 2)
        {
            facts["衆議院付託年月日／衆議院付託委員会"] = "令和 8年 4月14日／内閣";
            facts["衆議院審議終了年月日／衆議院審議結果"] = "令和 8年 5月26日／可決";
            facts["参議院議案受理年月日"] = "令和 8年 5月26日";
        }

        if (step >= 3)
        {
            facts["参議院審議終了年月日／参議院審議結果"] = "令和 8年 7月10日／可決";
        }

        if (step >= 4)
        {
            facts["公布年月日／法律番号"] = "令和 8年 7月17日／56";
        }

        return facts;
    }
}
