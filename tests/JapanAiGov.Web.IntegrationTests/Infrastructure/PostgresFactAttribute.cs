namespace JapanAiGov.Web.IntegrationTests.Infrastructure;

/// <summary>
/// A fact that needs a PostgreSQL server, named by the JAPANAIGOV_TEST_POSTGRES connection string (.ci/run starts a
/// throwaway cluster on 127.0.0.1 and sets it). Outside CI, without it, the test is skipped; under CI=true it fails.
/// </summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public const string Variable = "JAPANAIGOV_TEST_POSTGRES";

    public PostgresFactAttribute()
    {
        Skip = SkipReason;
    }

    /// <summary>Why a PostgreSQL test is skipped here, or null when it runs (a server is named, or CI=true).</summary>
    public static string? SkipReason
    {
        get
        {
            var ci = string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
            return !ci && string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(Variable))
                ? $"{Variable} is not set (see .ci/run for a throwaway local cluster); CI=true makes this a failure."
                : null;
        }
    }
}
