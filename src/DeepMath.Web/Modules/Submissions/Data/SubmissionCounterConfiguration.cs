using DeepMath.Web.Infrastructure.Database;
using DeepMath.Web.Modules.Submissions.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DeepMath.Web.Modules.Submissions.Data;

internal sealed class SubmissionCounterConfiguration : IEntityTypeConfiguration<SubmissionCounter>
{
    public void Configure(EntityTypeBuilder<SubmissionCounter> builder)
    {
        builder.ToTable("submission_counters", Schemas.Submissions);
        builder.HasKey(c => c.CallId);
    }
}
