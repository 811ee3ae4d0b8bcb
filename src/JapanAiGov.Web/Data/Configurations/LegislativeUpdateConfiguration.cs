using JapanAiGov.Web.Polling;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace JapanAiGov.Web.Data.Configurations;

internal sealed class LegislativeUpdateConfiguration : IEntityTypeConfiguration<LegislativeUpdate>
{
    public void Configure(EntityTypeBuilder<LegislativeUpdate> builder)
    {
        builder.HasOne(u => u.WatchedLaw).WithMany().HasForeignKey(u => u.WatchedLawId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(u => u.Revision).WithMany().HasForeignKey(u => u.LawRevisionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<LawRevision>().WithMany().HasForeignKey(u => u.PreviousRevisionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(u => u.LawRevisionId).IsUnique();
        builder.HasIndex(u => u.DetectedAt);
        builder.Property(u => u.AcknowledgedBy).HasMaxLength(200);
    }
}
