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
        builder.Property(c => c.RetractedBy).HasMaxLength(StatusChange.ChangedByMaxLength);
        builder.Property(c => c.RetractionReason).HasMaxLength(RegulatoryItem.ReasonMaxLength);
        builder.HasIndex(c => c.ChangedAt);

        // The corrections in the change log, newest first.
        builder.HasIndex(c => c.RetractedAt);
    }
}
