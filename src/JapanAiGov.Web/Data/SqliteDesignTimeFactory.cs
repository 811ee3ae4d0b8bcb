using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace JapanAiGov.Web.Data;

/// <summary>
/// Lets <c>dotnet ef ... --context AppDbContext</c> build the SQLite model without starting the app (and without
/// EF picking <see cref="Postgres.PostgresDesignTimeFactory"/>, whose context derives from this one).
/// </summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<AppDbContext>
{
    public AppDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<AppDbContext>().UseSqlite("Data Source=design-time.db").Options);
}
