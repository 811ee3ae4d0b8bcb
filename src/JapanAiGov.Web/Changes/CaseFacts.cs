using JapanAiGov.Web.Localization;

namespace JapanAiGov.Web.Changes;

/// <summary>A public-comment case's facts in one line, in the current language (CaseFacts.resx / .ja.resx).</summary>
public static class CaseFacts
{
    private static readonly ResourceText Text = new(typeof(CaseFacts));

    /// <summary>
    /// A case's facts in one line in the current language , e.g. "経済産業省…; comments
    /// until 2026-12-25 00:00 JST; result published 2027-02-10 (42 comments)".
    /// </summary>
    public static string Describe(string? office, DateTimeOffset? deadline, DateOnly? resultOn, int? commentCount) => string.Join(
        Text["Facts.Separator"],
        new[]
        {
            office,
            deadline is { } until ? Text.Format("Facts.Deadline", JapanTime.Format(until)) : null,
            resultOn is not { } on ? null
                : commentCount is { } count ? Text.Format("Facts.ResultWithCount", JapanTime.FormatDate(on), count)
                : Text.Format("Facts.Result", JapanTime.FormatDate(on)),
        }.Where(part => !string.IsNullOrEmpty(part)));
}
