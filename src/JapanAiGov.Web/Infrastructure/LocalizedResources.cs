using System.Globalization;
using System.Reflection;
using System.Resources;

namespace JapanAiGov.Web.Infrastructure;

/// <summary>The resource manager every string of the site is read through, so the pseudo-locale check sees them all.</summary>
public sealed class LocalizedResources : ResourceManager
{
    public LocalizedResources(Type owner)
        : base(owner)
    {
    }

    public LocalizedResources(string baseName, Assembly assembly)
        : base(baseName, assembly)
    {
    }

    public override string? GetString(string name, CultureInfo? culture) => PseudoLocalization.Mark(base.GetString(name, culture));
}
