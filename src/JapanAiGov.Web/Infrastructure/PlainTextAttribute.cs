using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Resources;
using System.Text.RegularExpressions;

namespace JapanAiGov.Web.Infrastructure;

/// <summary>
/// Refuses control characters in a form field at the edge, with a message saying what to fix. A single-line field
/// (a title, a name) refuses line breaks too; a multi-line field (<see cref="MultiLine"/>) allows them, and its page
/// stores them as LF with <see cref="SafeText.NormaliseLineBreaks"/>.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class PlainTextAttribute : ValidationAttribute
{
    public bool MultiLine { get; init; }

    public override bool IsValid(object? value) => value is not string text || !SafeText.HasForbiddenCharacter(text, MultiLine);

    // A plain ResourceManager: Infrastructure/ depends on no feature folder, Localization/ included.
    private static readonly ResourceManager Messages = new LocalizedResources(typeof(PlainTextAttribute));

    /// <summary>In the reader's language (PlainTextAttribute.resx / .ja.resx).</summary>
    public override string FormatErrorMessage(string name) =>
        string.Format(CultureInfo.CurrentCulture, Messages.GetString(MultiLine ? "MultiLine" : "SingleLine", CultureInfo.CurrentUICulture)!, Words(name));

    /// <summary>"WhatToWatch" as "what to watch".</summary>
    private static string Words(string name) => Regex.Replace(name, "(?<=[a-z])(?=[A-Z])", " ").ToLowerInvariant();
}
