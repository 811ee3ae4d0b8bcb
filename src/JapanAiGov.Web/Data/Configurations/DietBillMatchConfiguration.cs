using JapanAiGov.Web.Diet;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace JapanAiGov.Web.Data.Configurations;

internal sealed class DietBillMatchConfiguration : IEntityTypeConfiguration<DietBillMatch>
{
    public void Configure(EntityTypeBuilder<DietBillMatch> builder)
    {
        // One match per bill and item, whatever rules and re-polls say.
        builder.HasIndex(m => new { m.BillId, m.ItemId }).IsUnique();
        builder.HasIndex(m => new { m.State, m.MatchedAt });
        builder.HasOne(m => m.Item).WithMany().HasForeignKey(m => m.ItemId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(m => m.Steps).WithOne(s => s.Match).HasForeignKey(s => s.MatchId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(m => m.MatchedTerms).HasMaxLength(DietBillMatch.TermsMaxLength);
        builder.Property(m => m.DecidedBy).HasMaxLength(200);
    }
}
