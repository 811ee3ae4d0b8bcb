using JapanAiGov.Web.PublicComments;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace JapanAiGov.Web.Data.Configurations;

internal sealed class PublicCommentMatchConfiguration : IEntityTypeConfiguration<PublicCommentMatch>
{
    public void Configure(EntityTypeBuilder<PublicCommentMatch> builder)
    {
        // One match per case and item, whatever rules and re-polls say.
        builder.HasIndex(m => new { m.CaseId, m.ItemId }).IsUnique();
        builder.HasIndex(m => new { m.State, m.MatchedAt });
        builder.HasIndex(m => new { m.ItemId, m.State });
        builder.HasOne(m => m.Item).WithMany().HasForeignKey(m => m.ItemId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(m => m.MatchedTerms).HasMaxLength(PublicCommentMatch.TermsMaxLength);
        builder.Property(m => m.DecidedBy).HasMaxLength(200);
        builder.Property(m => m.DismissReason).HasMaxLength(PublicCommentMatch.ReasonMaxLength);
    }
}
