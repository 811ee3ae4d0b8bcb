using System.ComponentModel.DataAnnotations;
using JapanAiGov.Web.Items;
using JapanAiGov.Web.Localization;

namespace JapanAiGov.Web.Pages.Admin.Items;

/// <summary>Refuses a date outside <see cref="SensibleDates"/> with a message naming the range.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class SensibleDateAttribute : ValidationAttribute
{
    public override bool IsValid(object? value) => value is not DateOnly day || SensibleDates.Contains(day);

    private static readonly ResourceText Text = new(typeof(SensibleDateAttribute));

    /// <summary>In the reader's language (SensibleDateAttribute.resx / .ja.resx), with the dates in its form.</summary>
    public override string FormatErrorMessage(string name) =>
        Text.Format("OutOfRange", JapanTime.FormatDate(SensibleDates.Earliest), JapanTime.FormatDate(SensibleDates.Latest));
}
