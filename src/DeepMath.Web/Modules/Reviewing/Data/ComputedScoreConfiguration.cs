using DeepMath.Web.Infrastructure.Database;
using DeepMath.Web.Modules.Reviewing.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DeepMath.Web.Modules.Reviewing.Data;

internal sealed class ComputedScoreConfiguration : IEntityTypeConfiguration<ComputedScore>
{
    public void Configure(EntityTypeBuilder<ComputedScore> builder)
    {
        builder.ToTable("computed_scores", Schemas.Reviewing);
        builder.HasKey(s => new { s.CallId, s.SubmissionId });
        builder.HasIndex(s => s.SubmissionId);
    }
}

internal sealed class ScoreStateConfiguration : IEntityTypeConfiguration<ScoreState>
{
    public void Configure(EntityTypeBuilder<ScoreState> builder)
    {
        builder.ToTable("score_states", Schemas.Reviewing);
        builder.HasKey(s => s.CallId);
    }
}
