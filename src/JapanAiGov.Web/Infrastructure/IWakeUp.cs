namespace JapanAiGov.Web.Infrastructure;

/// <summary>A <see cref="WakeUpSignal{TWorker}"/> of any worker, for code that wakes several ("Poll now" wakes every source).</summary>
public interface IWakeUp
{
    void Notify();
}
