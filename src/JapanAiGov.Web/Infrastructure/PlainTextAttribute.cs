using System.ComponentModel.DataAnnotations;
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

    public override string FormatErrorMessage(string name) => MultiLine
        ? $"The {Words(name)} contains a control character (an invisible character such as U+000B, pasted from another program). Remove it and try again."
        : $"The {Words(name)} contains a line break or control character (an invisible character such as U+000B, pasted from another program). Keep it on one line and try again.";

    /// <summary>"WhatToWatch" as "what to watch".</summary>
    private static string Words(string name) => Regex.Replace(name, "(?<=[a-z])(?=[A-Z])", " ").ToLowerInvariant();
}
