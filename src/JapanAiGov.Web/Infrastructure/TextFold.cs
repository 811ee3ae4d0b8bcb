using System.Text;

namespace JapanAiGov.Web.Infrastructure;

/// <summary>The normal form watch rules match on: NFKC, case-folded, so full-width ＡＩ equals AI (public comments, Diet bills).</summary>
public static class TextFold
{
    /// <summary>NFKC-normalised and case-folded (upper-cased invariantly, which folds ß/ſ-style variants the same way both sides).</summary>
    public static string Fold(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        string normalized;
        try
        {
            normalized = text.Normalize(NormalizationForm.FormKC);
        }
        catch (ArgumentException)
        {
            // A lone surrogate cannot be normalised; drop what is not text and try once more.
            normalized = FeedText.Clean(text, int.MaxValue).Normalize(NormalizationForm.FormKC);
        }

        return normalized.ToUpperInvariant();
    }
}
