using DeepMath.Web.Infrastructure.Database;
using DeepMath.Web.Modules.Reviewing.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DeepMath.Web.Modules.Reviewing.Data;

internal sealed class ReviewerConfiguration : IEntityTypeConfiguration<Reviewer>
{
    public void Configure(EntityTypeBuilder<Reviewer> builder)
    {
        builder.ToTable("reviewers", Schemas.Reviewing);
        builder.HasKey(r => r.Id);
        builder.HasIndex(r => new { r.CallId, r.UserId }).IsUnique();
        builder.HasIndex(r => r.UserId);
        builder.Property(r => r.UserId).HasMaxLength(450);
        builder.Property(r => r.AddedBy).HasMaxLength(450);
        builder.Property(r => r.Statement).HasMaxLength(Reviewer.StatementMaxLength);
        builder.Property(r => r.ExpertiseTopics).HasColumnType("text[]");
        builder.Property(r => r.Affiliations).HasColumnType("text[]");
        builder.Property(r => r.EmailDomains).HasColumnType("text[]");
        builder.Property(r => r.DeclaredPeople).HasColumnType("text[]");
        builder.Property(r => r.DeclaredInstitutions).HasColumnType("text[]");
        builder.Property(r => r.Publications).HasMaxLength(Reviewer.PublicationsMaxLength);
        builder.Property(r => r.PublicationText).HasMaxLength(Reviewer.PublicationsMaxLength);
        builder.Property(r => r.Institution).HasMaxLength(Reviewer.AttributeMaxLength);
        builder.Property(r => r.Country).HasMaxLength(Reviewer.AttributeMaxLength);
        builder.Ignore(r => r.InstitutionForAssignment);
    }
}
