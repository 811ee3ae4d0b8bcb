using System.Runtime.CompilerServices;

namespace JapanAiGov.Web.IntegrationTests.Infrastructure;

internal static class TestProcessSetup
{
    /// <summary>
    /// Hundreds of short-lived hosts would each watch files (appsettings.json, wwwroot for asp-append-version) with
    /// inotify, a small per-user budget that parallel test runs exhaust. Tests never edit those files: hosts in this
    /// process load configuration without watching it, and any other file watch polls instead of using inotify.
    /// </summary>
    [ModuleInitializer]
    internal static void AvoidInotifyWatchers()
    {
        Environment.SetEnvironmentVariable("DOTNET_hostBuilder__reloadConfigOnChange", "false");
        Environment.SetEnvironmentVariable("DOTNET_USE_POLLING_FILE_WATCHER", "true");
    }
}
