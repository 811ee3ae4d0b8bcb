namespace JapanAiGov.Web.IntegrationTests.Browser;

/// <summary>
/// A fact that needs Debian's Chromium. Outside CI a machine without it skips the test with a clear reason;
/// under CI=true the test runs and fails, because CI must prove the browser path.
/// </summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public const string ChromiumPath = "/usr/bin/chromium";

    public BrowserFactAttribute()
    {
        var ci = string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
        if (!ci && !File.Exists(ChromiumPath))
        {
            Skip = $"{ChromiumPath} is not installed (apt-get install chromium); CI=true makes this a failure.";
        }
    }
}
