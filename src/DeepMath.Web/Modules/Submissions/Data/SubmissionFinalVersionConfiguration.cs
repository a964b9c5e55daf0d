using DeepMath.Web.Infrastructure.Database;
using DeepMath.Web.Modules.Submissions.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DeepMath.Web.Modules.Submissions.Data;

internal sealed class SubmissionFinalVersionConfiguration : IEntityTypeConfiguration<SubmissionFinalVersion>
{
    public void Configure(EntityTypeBuilder<SubmissionFinalVersion> builder)
    {
        builder.ToTable("submission_final_versions", Schemas.Submissions);
        builder.HasKey(v => v.Id);
        builder.HasIndex(v => new { v.SubmissionId, v.Version }).IsUnique();
        builder.HasOne<Submission>().WithMany().HasForeignKey(v => v.SubmissionId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(v => v.Title).HasMaxLength(Submission.TitleMaxLength);
        builder.Property(v => v.Abstract).HasMaxLength(Submission.AbstractMaxLength);
        builder.Property(v => v.SavedBy).HasMaxLength(450);
    }
}
