using JapanAiGov.Web.Alerts.Channels;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace JapanAiGov.Web.Data.Configurations;

internal sealed class ChannelDestinationConfiguration : IEntityTypeConfiguration<ChannelDestination>
{
    public void Configure(EntityTypeBuilder<ChannelDestination> builder)
    {
        builder.HasOne(d => d.Subscription).WithOne().HasForeignKey<ChannelDestination>(d => d.SubscriptionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(d => d.SubscriptionId).IsUnique();
        builder.Property(d => d.Name).HasMaxLength(ChannelDestination.NameMaxLength);
        builder.Property(d => d.UrlProtected).HasMaxLength(4000);
        builder.Property(d => d.UrlDisplay).HasMaxLength(300);
        builder.Property(d => d.SecretProtected).HasMaxLength(1000);
        builder.Property(d => d.PreviousSecretProtected).HasMaxLength(1000);
        builder.Property(d => d.DisabledReason).HasMaxLength(300);
        builder.Property(d => d.CreatedBy).HasMaxLength(256);
    }
}
