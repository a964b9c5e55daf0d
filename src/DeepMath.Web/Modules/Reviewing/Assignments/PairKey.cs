namespace DeepMath.Web.Modules.Reviewing.Assignments;

/// <summary>A (submission, reviewer) pair as a form value: "submissionId:reviewerId".</summary>
public static class PairKey
{
    public static string Format(Guid submissionId, Guid reviewerId) => $"{submissionId:N}:{reviewerId:N}";

    public static (Guid SubmissionId, Guid ReviewerId)? Parse(string? value) =>
        value?.Split(':') is [var s, var r] && Guid.TryParseExact(s, "N", out var submissionId) && Guid.TryParseExact(r, "N", out var reviewerId)
            ? (submissionId, reviewerId)
            : null;
}
