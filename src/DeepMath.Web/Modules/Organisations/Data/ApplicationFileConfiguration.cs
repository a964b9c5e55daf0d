using DeepMath.Web.Infrastructure.Database;
using DeepMath.Web.Modules.Organisations.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DeepMath.Web.Modules.Organisations.Data;

internal sealed class ApplicationFileConfiguration : IEntityTypeConfiguration<ApplicationFile>
{
    public void Configure(EntityTypeBuilder<ApplicationFile> builder)
    {
        builder.ToTable("application_files", Schemas.Organisations);
        builder.HasKey(f => f.Id);
        builder.HasOne<AwardApplication>().WithMany().HasForeignKey(f => f.ApplicationId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(f => f.Kind).HasConversion<string>().HasMaxLength(30);
        builder.HasIndex(f => new { f.ApplicationId, f.Kind }).IsUnique();
        builder.Property(f => f.FileName).HasMaxLength(ApplicationFile.FileNameMaxLength);
        builder.Property(f => f.Sha256).HasMaxLength(64).IsFixedLength();
    }
}
