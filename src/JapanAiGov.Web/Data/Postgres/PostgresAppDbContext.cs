using Microsoft.EntityFrameworkCore;

namespace JapanAiGov.Web.Data.Postgres;

/// <summary>The app's model on PostgreSQL. A type of its own so that its migrations (Data/Postgres/Migrations) sit beside the SQLite ones.</summary>
public sealed class PostgresAppDbContext(DbContextOptions<PostgresAppDbContext> options) : AppDbContext(options);
