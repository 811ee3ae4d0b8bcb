using JapanAiGov.Web.Items;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace JapanAiGov.Web.Data.Configurations;

internal sealed class ItemWithdrawalConfiguration : IEntityTypeConfiguration<ItemWithdrawal>
{
    public void Configure(EntityTypeBuilder<ItemWithdrawal> builder)
    {
        builder.Property(w => w.Reason).HasMaxLength(RegulatoryItem.ReasonMaxLength);
        builder.Property(w => w.EvidenceUrl).HasMaxLength(Source.UrlMaxLength);
        builder.Property(w => w.ChangedBy).HasMaxLength(StatusChange.ChangedByMaxLength);
        builder.HasOne(w => w.Item).WithMany().HasForeignKey(w => w.ItemId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(w => w.ChangedAt);
    }
}
