using DeepMath.Web.Infrastructure.Database;
using DeepMath.Web.Modules.Organisations.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DeepMath.Web.Modules.Organisations.Data;

internal sealed class AwardApplicationConfiguration : IEntityTypeConfiguration<AwardApplication>
{
    public void Configure(EntityTypeBuilder<AwardApplication> builder)
    {
        builder.ToTable("award_applications", Schemas.Organisations);
        builder.HasKey(a => a.Id);
        builder.HasOne<AwardCall>().WithMany().HasForeignKey(a => a.CallId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(a => a.SubmissionId).IsUnique();
        builder.HasIndex(a => new { a.CallId, a.ApplicantUserId });
        builder.Property(a => a.ApplicantUserId).HasMaxLength(450);
        builder.Property(a => a.ApplicantName).HasMaxLength(AwardApplication.NameMaxLength);
        builder.Property(a => a.ApplicantEmail).HasMaxLength(AwardApplication.EmailMaxLength);
        builder.Property(a => a.ThesisTitle).HasMaxLength(200);
        builder.Property(a => a.SupervisorName).HasMaxLength(AwardApplication.NameMaxLength);
        builder.Property(a => a.SupervisorEmail).HasMaxLength(AwardApplication.EmailMaxLength);
        builder.Property(a => a.LetterTokenHash).HasMaxLength(AwardApplication.HashLength).IsFixedLength();
        builder.HasIndex(a => a.LetterTokenHash).IsUnique();
    }
}
