using DeepMath.Web.Infrastructure.Database;
using DeepMath.Web.Modules.Organisations.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DeepMath.Web.Modules.Organisations.Data;

internal sealed class NewsItemConfiguration : IEntityTypeConfiguration<NewsItem>
{
    public void Configure(EntityTypeBuilder<NewsItem> builder)
    {
        builder.ToTable("news_items", Schemas.Organisations);
        builder.HasKey(n => n.Id);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(n => n.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(n => n.Title).HasMaxLength(NewsItem.TitleMaxLength);
        builder.Property(n => n.BodyMarkdown).HasMaxLength(NewsItem.BodyMaxLength);
        builder.HasIndex(n => new { n.OrganisationId, n.PublishedOn });
    }
}
