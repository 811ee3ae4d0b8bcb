namespace JapanAiGov.Web.IntegrationTests.Browser;

/// <summary>
/// Runs only when JAPANAIGOV_SCREENSHOTS names a folder: it writes the README's screenshots there (docs/development.md),
/// so an ordinary test run does not spend time on them.
/// </summary>
public sealed class ScreenshotFactAttribute : FactAttribute
{
    public const string Variable = "JAPANAIGOV_SCREENSHOTS";

    public ScreenshotFactAttribute()
    {
        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable(Variable)))
        {
            Skip = $"Set {Variable} to a folder (e.g. docs/images) to write the README's screenshots.";
        }
        else if (!File.Exists(BrowserFactAttribute.ChromiumPath))
        {
            Skip = $"{BrowserFactAttribute.ChromiumPath} is not installed (apt-get install chromium).";
        }
    }
}
