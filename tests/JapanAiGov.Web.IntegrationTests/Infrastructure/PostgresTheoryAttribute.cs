namespace JapanAiGov.Web.IntegrationTests.Infrastructure;

/// <summary>A theory that needs a PostgreSQL server, skipped like <see cref="PostgresFactAttribute"/>.</summary>
public sealed class PostgresTheoryAttribute : TheoryAttribute
{
    public PostgresTheoryAttribute()
    {
        Skip = PostgresFactAttribute.SkipReason;
    }
}
