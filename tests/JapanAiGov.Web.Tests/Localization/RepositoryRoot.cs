namespace JapanAiGov.Web.Tests.Localization;

/// <summary>The checkout's root folder (the one holding src/ and docs/), found above the test output folder.</summary>
internal static class RepositoryRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (Directory.Exists(System.IO.Path.Combine(directory.FullName, "src", "JapanAiGov.Web")) && Directory.Exists(System.IO.Path.Combine(directory.FullName, "docs")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (src/JapanAiGov.Web and docs/) was not found above the test output folder.");
    }
}
