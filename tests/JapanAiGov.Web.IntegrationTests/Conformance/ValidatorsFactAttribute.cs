namespace JapanAiGov.Web.IntegrationTests.Conformance;

/// <summary>
/// A fact that needs the third-party validators: tests/validators/node_modules (npm ci), Java and jing. Outside CI a
/// machine without them skips the test with a clear reason; under CI=true it runs and fails, because .ci/run installs them.
/// </summary>
public sealed class ValidatorsFactAttribute : FactAttribute
{
    public ValidatorsFactAttribute()
    {
        var ci = string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
        var missing = ThirdPartyValidators.Missing();
        if (!ci && missing is not null)
        {
            Skip = $"{missing} (.ci/run installs the validators: see docs/development.md); CI=true makes this a failure.";
        }
    }
}
