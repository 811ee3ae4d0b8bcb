using JapanAiGov.Web.Diet;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace JapanAiGov.Web.Data.Configurations;

internal sealed class DietBillConfiguration : IEntityTypeConfiguration<DietBill>
{
    public void Configure(EntityTypeBuilder<DietBill> builder)
    {
        // A bill is (kind, 提出回次, 番号) whatever session's pages it was read from.
        builder.HasIndex(b => new { b.Kind, b.Session, b.Number }).IsUnique();
        builder.Property(b => b.Kind).HasMaxLength(20);
        builder.Property(b => b.Title).HasMaxLength(DietBill.TitleMaxLength);
        builder.Property(b => b.StatusText).HasMaxLength(DietBill.StatusMaxLength);
        builder.Property(b => b.ProgressUrl).HasMaxLength(DietBill.UrlMaxLength);
        builder.Property(b => b.Problem).HasMaxLength(DietBill.ProblemMaxLength);
        builder.HasMany(b => b.Matches).WithOne(m => m.Bill).HasForeignKey(m => m.BillId).OnDelete(DeleteBehavior.Cascade);
        builder.Ignore(b => b.Key);
        builder.Ignore(b => b.Facts);
        builder.Ignore(b => b.FactsByLabel);
    }
}
