using DeepMath.Web.Infrastructure.Database;
using DeepMath.Web.Modules.Reviewing.Domain;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Modules.Reviewing.Data;

/// <summary>The Reviewing module's tables, and only those; other modules read them through Reviewing's Contracts.</summary>
public interface IReviewingData : IModuleData
{
    DbSet<Reviewer> Reviewers { get; }

    DbSet<Bid> Bids { get; }

    DbSet<ConflictRuling> ConflictRulings { get; }

    DbSet<ReviewerAssignment> Assignments { get; }

    DbSet<AssignmentBatch> AssignmentBatches { get; }

    DbSet<AssignmentChange> AssignmentChanges { get; }

    DbSet<ReviewSettings> ReviewSettings { get; }

    DbSet<Review> Reviews { get; }

    DbSet<ReviewerInvitation> ReviewerInvitations { get; }

    DbSet<AuthorConflict> AuthorConflicts { get; }

    DbSet<ReviewerConflict> ReviewerConflicts { get; }

    DbSet<OrganizerConflict> OrganizerConflicts { get; }

    DbSet<ProfileChange> ProfileChanges { get; }

    DbSet<ComputedScore> ComputedScores { get; }

    DbSet<ScoreState> ScoreStates { get; }
}
