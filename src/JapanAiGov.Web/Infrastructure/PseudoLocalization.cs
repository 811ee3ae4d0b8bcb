namespace JapanAiGov.Web.Infrastructure;

/// <summary>
/// A check that every word a reader sees came from a resource: while a request runs under the pseudo-locale
/// (<c>Localization:Pseudo</c>, used by the tests), each string read from a resource is wrapped in ⟦ ⟧, so any text of a
/// page left outside the marks was written past the localizers.
/// </summary>
public static class PseudoLocalization
{
    public const char Open = '⟦';

    public const char Close = '⟧';

    private static readonly AsyncLocal<bool> Active = new();

    /// <summary>Marks the resource strings read by the rest of the current call (a request), until disposed.</summary>
    public static IDisposable Begin()
    {
        Active.Value = true;
        return new Scope();
    }

    /// <summary>The value as read, or wrapped in the marks under the pseudo-locale.</summary>
    public static string? Mark(string? value) => Active.Value && value is not null ? Open + value + Close : value;

    private sealed class Scope : IDisposable
    {
        public void Dispose() => Active.Value = false;
    }
}
