namespace JapanAiGov.Web.Sources;

/// <summary>A registered source: its name (logs, the lease-holder message), its pass type, and its schedule from options.</summary>
public sealed record SourceRegistration(string Name, Type PassType, Func<IServiceProvider, SourceSchedule> Schedule)
{
    public ISourcePass Resolve(IServiceProvider services) => (ISourcePass)services.GetRequiredService(PassType);
}
