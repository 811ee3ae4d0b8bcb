namespace JapanAiGov.Web.Alerts;

/// <summary>
/// The registered channels (<see cref="AlertsServiceCollectionExtensions.AddAlertChannel{TChannel}"/>), by kind. Every
/// <see cref="AlertChannel"/> value must have exactly one, so a value added without its implementation fails at the
/// first dispatch instead of leaving its deliveries unsent.
/// </summary>
public sealed class AlertChannels
{
    private readonly Dictionary<AlertChannel, IAlertChannel> _byKind = [];

    public AlertChannels(IEnumerable<IAlertChannel> channels)
    {
        foreach (var channel in channels)
        {
            if (!_byKind.TryAdd(channel.Kind, channel))
            {
                throw new InvalidOperationException($"Two alert channels are registered for {channel.Kind}.");
            }
        }

        var missing = Enum.GetValues<AlertChannel>().Where(kind => !_byKind.ContainsKey(kind)).ToList();
        if (missing.Count > 0)
        {
            throw new InvalidOperationException($"No alert channel is registered for {string.Join(", ", missing)}; add it with AddAlertChannel<T>().");
        }
    }

    /// <summary>How many channels there are: a sender stops once this many are down.</summary>
    public int Count => _byKind.Count;

    public IAlertChannel For(AlertChannel kind) =>
        _byKind.TryGetValue(kind, out var channel) ? channel : throw new InvalidOperationException($"No alert channel is registered for {kind}.");
}
