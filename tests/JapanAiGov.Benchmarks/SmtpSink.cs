namespace JapanAiGov.Benchmarks;

/// <summary>Which loopback SMTP server the alert benchmarks send to.</summary>
public enum SmtpSink
{
    /// <summary>The SmtpServer NuGet package, as the integration tests use it.</summary>
    SmtpServer,

    /// <summary><see cref="LoopbackSmtpSink"/>: hand-written, so that the server is never what is measured.</summary>
    Minimal,
}
