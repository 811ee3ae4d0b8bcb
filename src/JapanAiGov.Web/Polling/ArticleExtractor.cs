using System.Text;

using JapanAiGov.Web.Sources;

namespace JapanAiGov.Web.Polling;

/// <summary>
/// Turns a <c>law_full_text</c> tree into its articles (API.md §3.4). Articles of the main provision are keyed by
/// their <c>Num</c>; articles of supplementary provisions (附則) by "附則", the amending law number if any, and
/// <c>Num</c>. Paragraphs that stand directly in a provision (laws without articles) become one pseudo-article.
/// The table of contents, appended tables and forms are left out. Ruby readings (<c>Rt</c>) are dropped.
/// </summary>
public static class ArticleExtractor
{
    private static readonly HashSet<string> Skipped = new(StringComparer.Ordinal)
    {
        "TOC", "LawNum", "LawTitle", "EnactStatement", "AppdxTable", "AppdxNote", "AppdxStyle", "AppdxFormat", "Appdx", "AppdxFig",
        "ArithFormula",
    };

    public static IReadOnlyList<LawArticle> Extract(LawNode root)
    {
        var articles = new List<LawArticle>();
        Walk(root, keyPrefix: string.Empty, titlePrefix: string.Empty, articles);
        return articles;
    }

    private static void Walk(LawNode node, string keyPrefix, string titlePrefix, List<LawArticle> articles)
    {
        if (node.IsText || Skipped.Contains(node.Tag))
        {
            return;
        }

        switch (node.Tag)
        {
            case "Article":
                articles.Add(ReadArticle(node, keyPrefix, titlePrefix));
                return;
            case "SupplProvision":
                var amendLawNum = node.Attribute("AmendLawNum");
                var prefix = string.IsNullOrEmpty(amendLawNum) ? "附則" : $"附則({amendLawNum})";
                WalkProvision(node, prefix + ":", prefix + " ", prefix, articles);
                return;
            case "MainProvision":
                WalkProvision(node, keyPrefix, titlePrefix, "本則", articles);
                return;
            case "Preamble":
                var preamble = new List<string>();
                foreach (var paragraph in node.Children.Where(c => c.Tag == "Paragraph"))
                {
                    ReadParagraph(paragraph, preamble);
                }

                articles.Add(new LawArticle("前文", "前文", null, preamble));
                return;
            default:
                foreach (var child in node.Children)
                {
                    Walk(child, keyPrefix, titlePrefix, articles);
                }

                return;
        }
    }

    private static void WalkProvision(LawNode provision, string keyPrefix, string titlePrefix, string looseTitle, List<LawArticle> articles)
    {
        List<string>? loose = null;
        foreach (var child in provision.Children)
        {
            if (child.Tag == "Paragraph")
            {
                ReadParagraph(child, loose ??= []);
            }
            else if (child.Tag != "SupplProvisionLabel")
            {
                Walk(child, keyPrefix, titlePrefix, articles);
            }
        }

        if (loose is not null)
        {
            articles.Add(new LawArticle(keyPrefix.Length == 0 ? looseTitle : keyPrefix + "本文", looseTitle, null, loose));
        }
    }

    private static LawArticle ReadArticle(LawNode article, string keyPrefix, string titlePrefix)
    {
        var title = TextOf(article.Child("ArticleTitle"));
        var caption = TextOf(article.Child("ArticleCaption"));
        var num = article.Attribute("Num");
        var lines = new List<string>();
        foreach (var child in article.Children)
        {
            switch (child.Tag)
            {
                case "ArticleTitle" or "ArticleCaption":
                    break;
                case "Paragraph":
                    ReadParagraph(child, lines);
                    break;
                default:
                    AddLine(lines, TextOf(child));
                    break;
            }
        }

        var key = keyPrefix + (string.IsNullOrEmpty(num) ? title : num);
        return new LawArticle(key, titlePrefix + title, caption.Length == 0 ? null : caption, lines);
    }

    private static void ReadParagraph(LawNode paragraph, List<string> lines)
    {
        string? number = null;
        string? sentence = null;
        foreach (var child in paragraph.Children)
        {
            switch (child.Tag)
            {
                case "ParagraphNum":
                    number = TextOf(child);
                    break;
                case "ParagraphCaption":
                    AddLine(lines, TextOf(child));
                    break;
                case "ParagraphSentence":
                    sentence = TextOf(child);
                    AddLine(lines, Numbered(number, sentence));
                    break;
                case "Item":
                    FlushParagraphOnce(ref sentence, number, lines);
                    ReadItem(child, "Item", lines);
                    break;
                default:
                    FlushParagraphOnce(ref sentence, number, lines);
                    AddLine(lines, TextOf(child));
                    break;
            }
        }

        if (sentence is null && !string.IsNullOrEmpty(number))
        {
            AddLine(lines, number);
        }
    }

    // A paragraph whose sentence element is missing still shows its number before its items.
    private static void FlushParagraphOnce(ref string? sentence, string? number, List<string> lines)
    {
        if (sentence is null)
        {
            sentence = string.Empty;
            if (!string.IsNullOrEmpty(number))
            {
                AddLine(lines, number);
            }
        }
    }

    /// <summary>Item, Subitem1 … Subitem10: a title, a sentence, and deeper sub-items, one line each.</summary>
    private static void ReadItem(LawNode item, string tag, List<string> lines)
    {
        var title = TextOf(item.Child(tag + "Title"));
        var sentence = TextOf(item.Child(tag + "Sentence"));
        AddLine(lines, Numbered(title, sentence));
        foreach (var child in item.Children)
        {
            if (child.Tag.StartsWith("Subitem", StringComparison.Ordinal) && !child.Tag.EndsWith("Title", StringComparison.Ordinal) && !child.Tag.EndsWith("Sentence", StringComparison.Ordinal))
            {
                ReadItem(child, child.Tag, lines);
            }
            else if (child.Tag != tag + "Title" && child.Tag != tag + "Sentence" && !child.IsText)
            {
                AddLine(lines, TextOf(child));
            }
        }
    }

    private static string Numbered(string? number, string text) =>
        string.IsNullOrEmpty(number) ? text : text.Length == 0 ? number : number + "　" + text;

    private static void AddLine(List<string> lines, string text)
    {
        if (text.Length > 0)
        {
            lines.Add(text);
        }
    }

    /// <summary>All text under a node, without ruby readings; table columns and cells are separated by a full-width space.</summary>
    public static string TextOf(LawNode? node)
    {
        if (node is null)
        {
            return string.Empty;
        }

        if (node.IsText)
        {
            return node.Text!.Trim();
        }

        var text = new StringBuilder();
        AppendText(node, text);
        return text.ToString().Trim();
    }

    private static void AppendText(LawNode node, StringBuilder text)
    {
        foreach (var child in node.Children)
        {
            if (child.IsText)
            {
                text.Append(child.Text);
            }
            else if (child.Tag != "Rt")
            {
                if (child.Tag is "Column" or "TableColumn" or "TableRow" && text.Length > 0)
                {
                    text.Append('　');
                }

                AppendText(child, text);
            }
        }
    }
}
