using JapanAiGov.Web.Items;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace JapanAiGov.Web.Data.Configurations;

internal sealed class StatusChangeConfiguration : IEntityTypeConfiguration<StatusChange>
{
    public void Configure(EntityTypeBuilder<StatusChange> builder)
    {
        builder.Property(c => c.Reason).HasMaxLength(RegulatoryItem.ReasonMaxLength);
        builder.Property(c => c.EvidenceUrl).HasMaxLength(Source.UrlMaxLength);
        builder.Property(c => c.ChangedBy).HasMaxLength(StatusChange.ChangedByMaxLength);
        builder.HasIndex(c => c.ChangedAt);
    }
}
