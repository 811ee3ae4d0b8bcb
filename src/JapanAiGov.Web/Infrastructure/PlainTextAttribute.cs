using System.ComponentModel.DataAnnotations;
using System.Text.RegularExpressions;
using JapanAiGov.Web.Localization;

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

    private static readonly ResourceText Text = new(typeof(PlainTextAttribute));

    /// <summary>In the reader's language (PlainTextAttribute.resx / .ja.resx).</summary>
    public override string FormatErrorMessage(string name) => Text.Format(MultiLine ? "MultiLine" : "SingleLine", Words(name));

    /// <summary>"WhatToWatch" as "what to watch".</summary>
    private static string Words(string name) => Regex.Replace(name, "(?<=[a-z])(?=[A-Z])", " ").ToLowerInvariant();
}
