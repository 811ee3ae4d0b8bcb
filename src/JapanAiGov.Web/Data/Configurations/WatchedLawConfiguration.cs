using JapanAiGov.Web.Items;
using JapanAiGov.Web.Polling;
using JapanAiGov.Web.Sources;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace JapanAiGov.Web.Data.Configurations;

internal sealed class WatchedLawConfiguration : IEntityTypeConfiguration<WatchedLaw>
{
    public void Configure(EntityTypeBuilder<WatchedLaw> builder)
    {
        builder.Property(l => l.LawId).HasMaxLength(15);
        builder.HasIndex(l => l.LawId).IsUnique();
        builder.Property(l => l.Title).HasMaxLength(500);
        builder.Property(l => l.LawNum).HasMaxLength(WatchedLaw.LawNumMaxLength);
        builder.Ignore(l => l.FullName);
        builder.Property(l => l.CurrentLawRevisionId).HasMaxLength(60);
        builder.Property(l => l.LastError).HasMaxLength(PollRun.ErrorMaxLength);
        builder.HasOne<RegulatoryItem>().WithMany().HasForeignKey(l => l.ItemId).OnDelete(DeleteBehavior.SetNull);
        builder.HasMany(l => l.Revisions).WithOne(r => r.WatchedLaw).HasForeignKey(r => r.WatchedLawId).OnDelete(DeleteBehavior.Cascade);
    }
}
