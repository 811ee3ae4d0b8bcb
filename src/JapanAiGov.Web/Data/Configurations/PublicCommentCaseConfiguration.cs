using JapanAiGov.Web.PublicComments;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace JapanAiGov.Web.Data.Configurations;

internal sealed class PublicCommentCaseConfiguration : IEntityTypeConfiguration<PublicCommentCase>
{
    public void Configure(EntityTypeBuilder<PublicCommentCase> builder)
    {
        // One row per e-Gov case id: what makes a re-poll (or a racing instance) unable to store a case twice.
        builder.HasIndex(c => c.CaseId).IsUnique();
        builder.HasIndex(c => c.FirstSeenAt);
        builder.Property(c => c.CaseId).HasMaxLength(PublicCommentCase.CaseIdMaxLength);
        builder.Property(c => c.Title).HasMaxLength(PublicCommentFeedParser.TitleMaxLength);
        builder.Property(c => c.Url).HasMaxLength(500);
        builder.Property(c => c.Office).HasMaxLength(PublicCommentFeedParser.FieldMaxLength);
        builder.Property(c => c.Category).HasMaxLength(PublicCommentFeedParser.FieldMaxLength);
        builder.Property(c => c.Description).HasMaxLength(PublicCommentFeedParser.DescriptionMaxLength);
        builder.HasOne(c => c.Result).WithOne(r => r.Case).HasForeignKey<PublicCommentResult>(r => r.CaseId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.Matches).WithOne(m => m.Case).HasForeignKey(m => m.CaseId).OnDelete(DeleteBehavior.Cascade);
    }
}
