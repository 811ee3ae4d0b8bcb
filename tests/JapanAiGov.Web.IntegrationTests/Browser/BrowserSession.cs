using Microsoft.Playwright;

namespace JapanAiGov.Web.IntegrationTests.Browser;

/// <summary>Debian's Chromium driven by Playwright; never a downloaded browser.</summary>
public sealed class BrowserSession : IAsyncDisposable
{
    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;

    private BrowserSession(IPlaywright playwright, IBrowser browser, IPage page)
    {
        _playwright = playwright;
        _browser = browser;
        Page = page;
    }

    public IPage Page { get; }

    /// <summary>
    /// For <c>WaitForURLAsync</c> after a click that navigates: wait until the new document is parsed, not for its
    /// "load" event. Under the whole suite's load on two cores, Playwright twice waited out its limit for a "load" of a
    /// page whose URL had already changed and whose network was idle (the next locator steps wait for their elements).
    /// </summary>
    public static PageWaitForURLOptions UntilTheDocumentIsParsed => new() { WaitUntil = WaitUntilState.DOMContentLoaded };

    public static async Task<BrowserSession> StartAsync(Uri baseAddress)
    {
        Assert.True(File.Exists(BrowserFactAttribute.ChromiumPath), $"{BrowserFactAttribute.ChromiumPath} is missing: apt-get install chromium");
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = BrowserFactAttribute.ChromiumPath,
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync", "--disable-quic"],
        });
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = baseAddress.ToString() });
        var page = await context.NewPageAsync();
        // A limit for a step that never comes, not a speed test: on two cores shared with the whole suite, a first
        // sign-in (password hashing, first render of the admin page) once took longer than 15 s, and with two whole
        // suites at once (issue 26, point 10) longer than 30 s. A passing step never waits for it.
        page.SetDefaultTimeout(90_000);
        return new BrowserSession(playwright, browser, page);
    }

    public async ValueTask DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
    }
}
