using JapanAiGov.Web.Alerts;
using JapanAiGov.Web.Items;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace JapanAiGov.Web.Data.Configurations;

internal sealed class SubscriptionConfiguration : IEntityTypeConfiguration<Subscription>
{
    public void Configure(EntityTypeBuilder<Subscription> builder)
    {
        builder.Property(s => s.Email).HasMaxLength(Subscription.EmailMaxLength);
        builder.Property(s => s.Topic).HasMaxLength(Subscription.TopicMaxLength);
        builder.Property(s => s.Language).HasMaxLength(10).HasDefaultValue("en");
        builder.Property(s => s.ScopeKey).HasMaxLength(Subscription.TopicMaxLength + 10);
        builder.Property(s => s.ConfirmTokenHash).HasMaxLength(64);
        builder.Property(s => s.UnsubscribeTokenHash).HasMaxLength(64);
        builder.Property(s => s.UnsubscribeTokenProtected).HasMaxLength(1000);
        builder.Ignore(s => s.IsActive);
        builder.HasOne<RegulatoryItem>().WithMany().HasForeignKey(s => s.ItemId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(s => new { s.Email, s.ScopeKey }).IsUnique();
        builder.HasIndex(s => s.ConfirmTokenHash).IsUnique();
        builder.HasIndex(s => s.UnsubscribeTokenHash).IsUnique();
        builder.HasIndex(s => new { s.Scope, s.ConfirmedAt });
    }
}
