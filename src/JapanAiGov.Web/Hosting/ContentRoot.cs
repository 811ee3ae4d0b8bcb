namespace JapanAiGov.Web.Hosting;

/// <summary>
/// Where the app finds its appsettings.json and wwwroot. `dotnet run` starts in the project folder, which holds them;
/// a published app started from elsewhere (a service manager, a shell in another folder) would otherwise look in the
/// working directory and run with no configuration and no static files. So: an explicit content root wins
/// (--contentRoot, ASPNETCORE_CONTENTROOT, DOTNET_CONTENTROOT); else the working directory if it holds appsettings.json;
/// else the app's own folder.
/// </summary>
public static class ContentRoot
{
    public static WebApplicationOptions Options(string[] args) => new() { Args = args, ContentRootPath = Choose(args) };

    private static string? Choose(string[] args)
    {
        if (args.Any(a => a.TrimStart('-', '/').StartsWith("contentRoot", StringComparison.OrdinalIgnoreCase))
            || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("ASPNETCORE_CONTENTROOT"))
            || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("DOTNET_CONTENTROOT")))
        {
            return null;
        }

        return File.Exists(Path.Combine(Directory.GetCurrentDirectory(), "appsettings.json")) ? null : AppContext.BaseDirectory;
    }
}
