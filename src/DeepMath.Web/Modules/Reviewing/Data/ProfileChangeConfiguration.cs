using DeepMath.Web.Infrastructure.Database;
using DeepMath.Web.Modules.Reviewing.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DeepMath.Web.Modules.Reviewing.Data;

internal sealed class ProfileChangeConfiguration : IEntityTypeConfiguration<ProfileChange>
{
    public void Configure(EntityTypeBuilder<ProfileChange> builder)
    {
        builder.ToTable("profile_changes", Schemas.Reviewing);
        builder.HasKey(c => c.Id);
        builder.HasIndex(c => new { c.CallId, c.State });
        builder.HasIndex(c => c.ReviewerId);
        builder.HasOne<Reviewer>().WithMany().HasForeignKey(c => c.ReviewerId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(c => c.Affiliations).HasColumnType("text[]");
        builder.Property(c => c.EmailDomains).HasColumnType("text[]");
        builder.Property(c => c.DeclaredPeople).HasColumnType("text[]");
        builder.Property(c => c.DeclaredInstitutions).HasColumnType("text[]");
        builder.Property(c => c.State).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.DecidedBy).HasMaxLength(450);
    }
}
