using JapanAiGov.Web.Infrastructure;

namespace JapanAiGov.Web.Sources;

/// <summary>"Poll now": wakes every registered source's loop on this instance (each runs its pass under its own lease).</summary>
public sealed class PollNow(IEnumerable<SourceRegistration> sources, IServiceProvider services)
{
    public IReadOnlyList<SourceRegistration> Sources { get; } = sources.ToList();

    public void Request()
    {
        foreach (var source in Sources)
        {
            var signal = (IWakeUp)services.GetRequiredService(typeof(WakeUpSignal<>).MakeGenericType(source.PassType));
            signal.Notify();
        }
    }
}
