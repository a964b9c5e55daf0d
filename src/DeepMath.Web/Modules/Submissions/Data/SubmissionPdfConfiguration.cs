using DeepMath.Web.Infrastructure.Database;
using DeepMath.Web.Modules.Submissions.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DeepMath.Web.Modules.Submissions.Data;

internal sealed class SubmissionPdfConfiguration : IEntityTypeConfiguration<SubmissionPdf>
{
    public void Configure(EntityTypeBuilder<SubmissionPdf> builder)
    {
        builder.ToTable("submission_pdfs", Schemas.Submissions);
        builder.HasKey(p => p.Id);
        builder.HasIndex(p => new { p.SubmissionId, p.Version }).IsUnique();
        builder.HasOne<Submission>().WithMany().HasForeignKey(p => p.SubmissionId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(p => p.Sha256).HasMaxLength(64).IsFixedLength();
        builder.Property(p => p.StorageKey).HasMaxLength(200);
        builder.Property(p => p.ReportJson).HasColumnType("jsonb");
        builder.Property(p => p.CheckedAuthorsFingerprint).HasMaxLength(64);
    }
}
