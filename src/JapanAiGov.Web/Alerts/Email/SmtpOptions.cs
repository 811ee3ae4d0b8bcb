using System.ComponentModel.DataAnnotations;

namespace JapanAiGov.Web.Alerts.Email;

public sealed class SmtpOptions
{
    public const string Section = "Smtp";

    public string? Host { get; set; }

    [Range(1, 65535, ErrorMessage = "Smtp:Port must be between 1 and 65535.")]
    public int Port { get; set; } = 25;

    public SmtpSecurity Security { get; set; } = SmtpSecurity.Auto;

    public string? User { get; set; }

    public string? Password { get; set; }
}
