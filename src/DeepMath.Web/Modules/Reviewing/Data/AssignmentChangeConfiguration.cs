using DeepMath.Web.Infrastructure.Database;
using DeepMath.Web.Modules.Reviewing.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DeepMath.Web.Modules.Reviewing.Data;

internal sealed class AssignmentChangeConfiguration : IEntityTypeConfiguration<AssignmentChange>
{
    public void Configure(EntityTypeBuilder<AssignmentChange> builder)
    {
        builder.ToTable("assignment_changes", Schemas.Reviewing);
        builder.HasKey(c => c.Id);
        builder.HasIndex(c => c.BatchId);
        builder.HasIndex(c => c.CallId);
        builder.HasOne<AssignmentBatch>().WithMany().HasForeignKey(c => c.BatchId).OnDelete(DeleteBehavior.Cascade);
    }
}
