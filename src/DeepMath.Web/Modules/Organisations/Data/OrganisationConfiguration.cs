using DeepMath.Web.Infrastructure.Database;
using DeepMath.Web.Modules.Organisations.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DeepMath.Web.Modules.Organisations.Data;

internal sealed class OrganisationConfiguration : IEntityTypeConfiguration<Organisation>
{
    public void Configure(EntityTypeBuilder<Organisation> builder)
    {
        builder.ToTable("organisations", Schemas.Organisations);
        builder.HasKey(o => o.Id);
        builder.Property(o => o.Slug).HasMaxLength(Organisation.SlugMaxLength);
        builder.HasIndex(o => o.Slug).IsUnique();
        builder.Property(o => o.Name).HasMaxLength(Organisation.NameMaxLength);
        builder.Property(o => o.Kind).HasConversion<string>().HasMaxLength(30);
        builder.Property(o => o.DescriptionMarkdown).HasMaxLength(Organisation.MarkdownMaxLength);
        builder.Property(o => o.PerspectivesMarkdown).HasMaxLength(Organisation.MarkdownMaxLength);
        builder.OwnsMany(o => o.Figures, figures =>
        {
            figures.ToTable("organisation_figures", Schemas.Organisations);
            figures.WithOwner().HasForeignKey("OrganisationId");
            figures.HasKey("OrganisationId", nameof(OrganisationFigure.Position));
            figures.Property(f => f.Position).ValueGeneratedNever();
            figures.Property(f => f.Label).HasMaxLength(OrganisationFigure.LabelMaxLength);
        });
    }
}
