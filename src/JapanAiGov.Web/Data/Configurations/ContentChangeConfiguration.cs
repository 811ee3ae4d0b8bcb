using JapanAiGov.Web.Caching;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace JapanAiGov.Web.Data.Configurations;

internal sealed class ContentChangeConfiguration : IEntityTypeConfiguration<ContentChange>
{
    public void Configure(EntityTypeBuilder<ContentChange> builder)
    {
        builder.HasKey(c => c.Id);
        builder.HasIndex(c => c.ChangedAt);
    }
}
