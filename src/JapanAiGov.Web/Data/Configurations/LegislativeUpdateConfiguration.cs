using JapanAiGov.Web.Polling;
using JapanAiGov.Web.Sources;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace JapanAiGov.Web.Data.Configurations;

internal sealed class LegislativeUpdateConfiguration : IEntityTypeConfiguration<LegislativeUpdate>
{
    public void Configure(EntityTypeBuilder<LegislativeUpdate> builder)
    {
        builder.HasOne(u => u.WatchedLaw).WithMany().HasForeignKey(u => u.WatchedLawId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(u => u.Revision).WithMany().HasForeignKey(u => u.LawRevisionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(u => u.PreviousRevision).WithMany().HasForeignKey(u => u.PreviousRevisionId).OnDelete(DeleteBehavior.Restrict);

        // One update per revision: what makes a re-run pass (or a racing instance) unable to create a second one.
        builder.HasIndex(u => u.LawRevisionId).IsUnique();
        builder.HasIndex(u => u.DetectedAt);
        builder.HasIndex(u => new { u.State, u.DetectedAt });
        builder.Property(u => u.AcknowledgedBy).HasMaxLength(200);
        builder.Property(u => u.AppliedBy).HasMaxLength(200);
        builder.Property(u => u.ChangedArticles).HasMaxLength(LegislativeUpdate.ChangedArticlesMaxLength);
    }
}
