using JapanAiGov.Web.Alerts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace JapanAiGov.Web.Data.Configurations;

internal sealed class DeliveryConfiguration : IEntityTypeConfiguration<Delivery>
{
    public void Configure(EntityTypeBuilder<Delivery> builder)
    {
        builder.HasOne(d => d.Subscription).WithMany().HasForeignKey(d => d.SubscriptionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<AlertEvent>().WithMany().HasForeignKey(d => d.AlertEventId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(d => d.DedupKey).HasMaxLength(200);
        builder.Property(d => d.ProtectedToken).HasMaxLength(1000);
        builder.Property(d => d.LeaseOwner).HasMaxLength(200);
        builder.Property(d => d.LastError).HasMaxLength(Delivery.LastErrorMaxLength);
        builder.HasIndex(d => d.DedupKey).IsUnique();
        builder.HasIndex(d => new { d.AlertEventId, d.SubscriptionId });
        builder.HasIndex(d => new { d.Status, d.NextAttemptAt });
        builder.HasIndex(d => d.LeaseOwner);
        builder.HasIndex(d => new { d.Kind, d.DigestDate });
    }
}
