using JapanAiGov.Web.Polling;
using JapanAiGov.Web.Sources;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace JapanAiGov.Web.Data.Configurations;

internal sealed class LawRevisionTextConfiguration : IEntityTypeConfiguration<LawRevisionText>
{
    public void Configure(EntityTypeBuilder<LawRevisionText> builder)
    {
        builder.Property(t => t.Id).ValueGeneratedNever();
        builder.HasOne<LawRevision>().WithOne(r => r.Text).HasForeignKey<LawRevisionText>(t => t.Id).OnDelete(DeleteBehavior.Cascade);
    }
}
