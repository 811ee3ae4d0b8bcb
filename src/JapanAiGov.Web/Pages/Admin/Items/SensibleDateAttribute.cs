using System.ComponentModel.DataAnnotations;
using JapanAiGov.Web.Items;

namespace JapanAiGov.Web.Pages.Admin.Items;

/// <summary>Refuses a date outside <see cref="SensibleDates"/> with a message naming the range.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class SensibleDateAttribute : ValidationAttribute
{
    public override bool IsValid(object? value) => value is not DateOnly day || SensibleDates.Contains(day);

    public override string FormatErrorMessage(string name) => SensibleDates.Describe();
}
