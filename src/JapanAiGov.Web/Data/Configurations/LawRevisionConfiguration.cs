using JapanAiGov.Web.Polling;
using JapanAiGov.Web.Sources;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace JapanAiGov.Web.Data.Configurations;

internal sealed class LawRevisionConfiguration : IEntityTypeConfiguration<LawRevision>
{
    public void Configure(EntityTypeBuilder<LawRevision> builder)
    {
        builder.Property(r => r.LawRevisionId).HasMaxLength(60);
        builder.HasIndex(r => r.LawRevisionId).IsUnique();
        builder.Property(r => r.LawTitle).HasMaxLength(500);
        builder.Property(r => r.AmendmentLawId).HasMaxLength(15);
        builder.Property(r => r.AmendmentLawTitle).HasMaxLength(1000);
        builder.Property(r => r.AmendmentLawNum).HasMaxLength(200);
        builder.Property(r => r.EnforcementComment).HasMaxLength(2000);
        builder.Property(r => r.ApiStatus).HasMaxLength(40);
        builder.Property(r => r.AmendmentType).HasMaxLength(10);
        builder.Property(r => r.TextHash).HasMaxLength(64);
    }
}
