using JapanAiGov.Web.PublicComments;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace JapanAiGov.Web.Data.Configurations;

internal sealed class PublicCommentResultConfiguration : IEntityTypeConfiguration<PublicCommentResult>
{
    public void Configure(EntityTypeBuilder<PublicCommentResult> builder)
    {
        builder.HasIndex(r => r.CaseId).IsUnique();
        builder.Property(r => r.Title).HasMaxLength(PublicCommentFeedParser.TitleMaxLength);
        builder.Property(r => r.Url).HasMaxLength(500);
    }
}
