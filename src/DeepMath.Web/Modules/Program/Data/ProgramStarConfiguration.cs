using DeepMath.Web.Infrastructure.Database;
using DeepMath.Web.Modules.Program.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DeepMath.Web.Modules.Program.Data;

internal sealed class ProgramStarConfiguration : IEntityTypeConfiguration<ProgramStar>
{
    public void Configure(EntityTypeBuilder<ProgramStar> builder)
    {
        builder.ToTable("stars", Schemas.Program);
        builder.HasKey(s => s.Id);
        builder.Property(s => s.UserId).HasMaxLength(450);
        builder.HasIndex(s => new { s.EventId, s.UserId, s.TargetId }).IsUnique();
    }
}
