using System.Collections.Concurrent;
using Serilog.Core;
using Serilog.Events;

namespace JapanAiGov.Web.IntegrationTests.Infrastructure;

/// <summary>A Serilog sink (picked up by the app's <c>ReadFrom.Services</c>) that keeps every event the app logs, for assertions on logging.</summary>
public sealed class CapturedLogs : ILogEventSink
{
    public ConcurrentQueue<LogEvent> Events { get; } = new();

    public void Emit(LogEvent logEvent) => Events.Enqueue(logEvent);
}
