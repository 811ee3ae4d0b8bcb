using System.ComponentModel.DataAnnotations;

namespace JapanAiGov.Web.Alerts.Channels;

/// <summary>Webhook, Slack and Teams destinations (section "Channels").</summary>
public sealed class ChannelsOptions
{
    public const string Section = "Channels";

    /// <summary>
    /// Allow destinations on loopback, private, link-local or metadata addresses, and plain http (tests and local
    /// setups). Off in production: a destination is refused at creation and at every send when its name resolves there.
    /// </summary>
    public bool AllowPrivateNetworks { get; set; }

    /// <summary>How long one POST may take, answer included.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:01:00", ErrorMessage = "Channels:Timeout must be between 00:00:01 and 00:01:00.")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(15);
}
