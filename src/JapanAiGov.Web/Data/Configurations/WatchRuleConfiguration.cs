using JapanAiGov.Web.PublicComments;
using JapanAiGov.Web.Sources;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace JapanAiGov.Web.Data.Configurations;

internal sealed class WatchRuleConfiguration : IEntityTypeConfiguration<WatchRule>
{
    public void Configure(EntityTypeBuilder<WatchRule> builder)
    {
        builder.HasOne(r => r.Item).WithMany().HasForeignKey(r => r.ItemId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(r => r.AllTerms).HasMaxLength(WatchRule.TermsMaxLength);
        builder.Property(r => r.AnyTerms).HasMaxLength(WatchRule.TermsMaxLength);
        builder.Property(r => r.Offices).HasMaxLength(WatchRule.TermsMaxLength);
        builder.Property(r => r.CreatedBy).HasMaxLength(200);
        builder.Ignore(r => r.Terms);
    }
}
