using JapanAiGov.Web.Diet;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace JapanAiGov.Web.Data.Configurations;

internal sealed class DietBillStepConfiguration : IEntityTypeConfiguration<DietBillStep>
{
    public void Configure(EntityTypeBuilder<DietBillStep> builder)
    {
        // A stage is one change of one match, however often it is read again.
        builder.HasIndex(s => new { s.MatchId, s.Stage }).IsUnique();
        builder.HasIndex(s => new { s.RecordedAt, s.Id });
    }
}
