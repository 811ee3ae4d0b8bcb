using JapanAiGov.Web.Diet;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace JapanAiGov.Web.Data.Configurations;

internal sealed class DietRunConfiguration : IEntityTypeConfiguration<DietRun>
{
    public void Configure(EntityTypeBuilder<DietRun> builder)
    {
        builder.HasIndex(r => r.StartedAt);
        builder.Property(r => r.Instance).HasMaxLength(200);
        builder.Property(r => r.Error).HasMaxLength(DietRun.ErrorMaxLength);
    }
}
