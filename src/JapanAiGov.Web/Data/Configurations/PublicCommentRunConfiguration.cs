using JapanAiGov.Web.PublicComments;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace JapanAiGov.Web.Data.Configurations;

internal sealed class PublicCommentRunConfiguration : IEntityTypeConfiguration<PublicCommentRun>
{
    public void Configure(EntityTypeBuilder<PublicCommentRun> builder)
    {
        builder.HasIndex(r => r.StartedAt);
        builder.Property(r => r.Instance).HasMaxLength(200);
        builder.Property(r => r.Error).HasMaxLength(PublicCommentRun.ErrorMaxLength);
    }
}
