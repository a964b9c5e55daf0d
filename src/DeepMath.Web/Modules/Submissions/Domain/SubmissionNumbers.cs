using DeepMath.Web.Modules.Submissions.Data;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Modules.Submissions.Domain;

/// <summary>
/// Hands out the next number in a call with one atomic upsert, so two authors submitting at the same
/// instant never get the same number, and a number is never handed out again.
/// </summary>
public static class SubmissionNumbers
{
    // ToListAsync, not SingleAsync: EF must not wrap an INSERT ... RETURNING in a SELECT.
    public static async Task<int> NextAsync(ISubmissionsData db, Guid callId, CancellationToken cancellationToken) =>
        (await db.Database.SqlQuery<int>($"""
            INSERT INTO submissions.submission_counters (call_id, last_number) VALUES ({callId}, 1)
            ON CONFLICT (call_id) DO UPDATE SET last_number = submission_counters.last_number + 1
            RETURNING last_number AS "Value"
            """).ToListAsync(cancellationToken)).Single();
}
