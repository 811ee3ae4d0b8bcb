using JapanAiGov.Web.Items;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace JapanAiGov.Web.Data.Configurations;

internal sealed class ActionChangeConfiguration : IEntityTypeConfiguration<ActionChange>
{
    public void Configure(EntityTypeBuilder<ActionChange> builder)
    {
        builder.Property(c => c.Reason).HasMaxLength(RegulatoryItem.ReasonMaxLength);
        builder.Property(c => c.ReasonJa).HasMaxLength(RegulatoryItem.ReasonMaxLength);
        builder.Property(c => c.Trigger).HasMaxLength(RegulatoryItem.TriggerMaxLength);
        builder.Property(c => c.TriggerJa).HasMaxLength(RegulatoryItem.TriggerMaxLength);
        builder.Property(c => c.DueLabel).HasMaxLength(RegulatoryItem.DueLabelMaxLength);
        builder.Property(c => c.DueLabelJa).HasMaxLength(RegulatoryItem.DueLabelMaxLength);
        builder.Property(c => c.ChangedBy).HasMaxLength(StatusChange.ChangedByMaxLength);
        builder.HasIndex(c => c.ChangedAt);
    }
}
