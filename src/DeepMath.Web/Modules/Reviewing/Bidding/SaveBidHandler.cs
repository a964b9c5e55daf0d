using DeepMath.Web.Modules.Reviewing.Data;
using DeepMath.Web.Modules.Reviewing.Domain;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Modules.Reviewing.Bidding;

/// <summary>Saves or changes one bid; the caller has checked that the submission is in the reviewer's list.</summary>
public sealed class SaveBidHandler(IReviewingData db, TimeProvider clock)
{
    public async Task HandleAsync(Guid reviewerId, Guid submissionId, BidValue value, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        // One statement, so that two quick changes from the script cannot both insert.
        await db.Database.ExecuteSqlInterpolatedAsync($"""
            INSERT INTO reviewing.bids (reviewer_id, submission_id, value, updated_at) VALUES ({reviewerId}, {submissionId}, {(int)value}, {now})
            ON CONFLICT (reviewer_id, submission_id) DO UPDATE SET value = EXCLUDED.value, updated_at = EXCLUDED.updated_at
            """, cancellationToken);
    }
}
