using DeepMath.Web.Infrastructure.Database;
using DeepMath.Web.Modules.Program.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DeepMath.Web.Modules.Program.Data;

internal sealed class ProgramBookConfiguration : IEntityTypeConfiguration<ProgramBook>
{
    public void Configure(EntityTypeBuilder<ProgramBook> builder)
    {
        builder.ToTable("books", Schemas.Program);
        builder.HasKey(b => b.EventId);
        builder.Property(b => b.EventId).ValueGeneratedNever();
        builder.Property(b => b.State).HasConversion<string>().HasMaxLength(20);
        builder.Property(b => b.SeenHash).HasMaxLength(64);
        builder.Property(b => b.BuiltHash).HasMaxLength(64);
        builder.Property(b => b.AttemptedHash).HasMaxLength(64);
        builder.Property(b => b.Step).HasMaxLength(ProgramBook.StepMaxLength);
        builder.Property(b => b.Failure).HasMaxLength(ProgramBook.FailureMaxLength);
        builder.Property(b => b.Problems).HasColumnType("jsonb");
    }
}
