using DeepMath.Web.Infrastructure.Database;
using DeepMath.Web.Modules.Organisations.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DeepMath.Web.Modules.Organisations.Data;

internal sealed class AwardConfiguration : IEntityTypeConfiguration<Award>
{
    public const string OnePerApplicantIndex = "ix_awards_call_id_applicant_user_id";
    public const string OnePerEmailIndex = "ix_awards_call_id_applicant_email";

    public void Configure(EntityTypeBuilder<Award> builder)
    {
        builder.ToTable("awards", Schemas.Organisations);
        builder.HasKey(a => a.Id);
        builder.HasOne<AwardCall>().WithMany().HasForeignKey(a => a.CallId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<AwardApplication>().WithMany().HasForeignKey(a => a.ApplicationId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(a => a.ApplicantUserId).HasMaxLength(450);
        builder.Property(a => a.ApplicantEmail).HasMaxLength(AwardApplication.EmailMaxLength);
        builder.Property(a => a.AwardedBy).HasMaxLength(450);
        builder.Property(a => a.Title).HasMaxLength(Award.TitleMaxLength);
        builder.HasIndex(a => new { a.CallId, a.ApplicantUserId }).IsUnique().HasDatabaseName(OnePerApplicantIndex);
        builder.HasIndex(a => new { a.CallId, a.ApplicantEmail }).IsUnique().HasDatabaseName(OnePerEmailIndex);
    }
}
