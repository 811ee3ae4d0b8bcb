using JapanAiGov.Web.Alerts;
using JapanAiGov.Web.Items;
using JapanAiGov.Web.Polling;
using JapanAiGov.Web.Sources;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace JapanAiGov.Web.Data.Configurations;

internal sealed class AlertEventConfiguration : IEntityTypeConfiguration<AlertEvent>
{
    public void Configure(EntityTypeBuilder<AlertEvent> builder)
    {
        builder.HasOne<RegulatoryItem>().WithMany().HasForeignKey(e => e.ItemId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(e => e.StatusChange).WithMany().HasForeignKey(e => e.StatusChangeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<LegislativeUpdate>().WithMany().HasForeignKey(e => e.LegislativeUpdateId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<PublicComments.PublicCommentMatch>().WithMany().HasForeignKey(e => e.PublicCommentMatchId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(e => e.ActionChange).WithMany().HasForeignKey(e => e.ActionChangeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Diet.DietBillStep>().WithMany().HasForeignKey(e => e.DietBillStepId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(e => e.FannedOutAt);
    }
}
