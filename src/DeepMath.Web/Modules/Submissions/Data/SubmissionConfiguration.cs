using DeepMath.Web.Infrastructure.Database;
using DeepMath.Web.Modules.Submissions.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DeepMath.Web.Modules.Submissions.Data;

internal sealed class SubmissionConfiguration : IEntityTypeConfiguration<Submission>
{
    public void Configure(EntityTypeBuilder<Submission> builder)
    {
        builder.ToTable("submissions", Schemas.Submissions);
        builder.HasKey(s => s.Id);
        builder.HasIndex(s => new { s.CallId, s.Number }).IsUnique();
        builder.HasIndex(s => s.OwnerId);
        builder.Property(s => s.Title).HasMaxLength(Submission.TitleMaxLength);
        builder.Property(s => s.State).HasConversion<string>().HasMaxLength(20);
    }
}
