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
        builder.HasOne(e => e.ItemWithdrawal).WithMany().HasForeignKey(e => e.ItemWithdrawalId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(e => e.FannedOutAt);

        // One announcement and at most one correction per status change: a racing retraction cannot queue a second.
        builder.HasIndex(e => new { e.StatusChangeId, e.Kind }).IsUnique();

        // One alert per confirmed public-comment match: the decision is guarded, and the database backs it up.
        builder.HasIndex(e => e.PublicCommentMatchId).IsUnique();
    }
}
