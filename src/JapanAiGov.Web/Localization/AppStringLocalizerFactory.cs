using System.Reflection;
using JapanAiGov.Web.Infrastructure;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace JapanAiGov.Web.Localization;

/// <summary>
/// ASP.NET Core's resource localizers (views, page models, validation messages) over <see cref="LocalizedResources"/>,
/// so they read their strings the way the rest of the code does.
/// </summary>
public sealed class AppStringLocalizerFactory(IOptions<LocalizationOptions> options, ILoggerFactory loggerFactory)
    : ResourceManagerStringLocalizerFactory(options, loggerFactory)
{
    private readonly ResourceNamesCache _names = new();
    private readonly ILoggerFactory _loggerFactory = loggerFactory;

    protected override ResourceManagerStringLocalizer CreateResourceManagerStringLocalizer(Assembly assembly, string baseName) =>
        new(new LocalizedResources(baseName, assembly), assembly, baseName, _names, _loggerFactory.CreateLogger<ResourceManagerStringLocalizer>());
}
