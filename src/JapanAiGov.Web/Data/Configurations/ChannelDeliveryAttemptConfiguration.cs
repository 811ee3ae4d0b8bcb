using JapanAiGov.Web.Alerts.Channels;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace JapanAiGov.Web.Data.Configurations;

internal sealed class ChannelDeliveryAttemptConfiguration : IEntityTypeConfiguration<ChannelDeliveryAttempt>
{
    public void Configure(EntityTypeBuilder<ChannelDeliveryAttempt> builder)
    {
        builder.HasOne<ChannelDestination>().WithMany().HasForeignKey(a => a.DestinationId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(a => a.DeliveryKey).HasMaxLength(200);
        builder.Property(a => a.Outcome).HasMaxLength(20);
        builder.Property(a => a.Answer).HasMaxLength(ChannelDeliveryAttempt.AnswerMaxLength);
        builder.HasIndex(a => new { a.DestinationId, a.DeliveryKey });
    }
}
