using DeepMath.Web.Modules.Submissions.Contracts;

namespace DeepMath.Web.Modules.Submissions.Domain;

/// <summary>
/// The one rule for what reviewers may see. A submitted abstract is open to review unless it is held back:
/// its format exception is requested or refused, its latest PDF has format errors and no granted exception,
/// or that PDF's report was made against other authors than those listed now (the anonymity check is out of date).
/// Every path to a reviewer (bidding, assignment, assigned pages, the PDF, e-mails) goes through
/// <see cref="OpenToReview"/>; organizers read the reason from <see cref="Reason"/>, which says the same in words.
/// </summary>
public static class ReviewHold
{
    /// <summary>The submissions of <paramref name="submissions"/> that reviewers may see, in SQL.</summary>
    public static IQueryable<Submission> OpenToReview(this IQueryable<Submission> submissions, IQueryable<SubmissionPdf> pdfs) =>
        submissions.Where(s => s.State == SubmissionState.Submitted
            && s.ExceptionState != FormatExceptionState.Requested && s.ExceptionState != FormatExceptionState.Refused
            && !pdfs.Where(p => p.SubmissionId == s.Id).OrderByDescending(p => p.Version).Take(1)
                .Any(p => (p.ErrorCount > 0 && s.ExceptionState != FormatExceptionState.Granted)
                    || p.CheckedAuthorsFingerprint == null || p.CheckedAuthorsFingerprint != s.AuthorsFingerprint));

    /// <summary>The facts <see cref="Reason"/> needs; <see cref="LatestErrors"/> is null when there is no PDF.</summary>
    public sealed record Facts(SubmissionState State, FormatExceptionState? ExceptionState, string? AuthorsFingerprint, int? LatestErrors, string? CheckedAuthorsFingerprint);

    /// <summary>Why a submission is held back from review, in words for organizers; null when it is open to review.</summary>
    public static string? Reason(Facts f)
    {
        if (f.State != SubmissionState.Submitted)
        {
            return null;
        }
        if (f.ExceptionState == FormatExceptionState.Requested)
        {
            return "The authors ask for a format exception: grant or refuse it.";
        }
        if (f.ExceptionState == FormatExceptionState.Refused)
        {
            return "The format exception was refused: the authors must upload a PDF that passes the check.";
        }
        if (f.LatestErrors is not { } errors)
        {
            return null;
        }
        if (f.CheckedAuthorsFingerprint is null)
        {
            return "The PDF was checked before author changes were tracked: rerun the format check.";
        }
        if (f.CheckedAuthorsFingerprint != f.AuthorsFingerprint)
        {
            return "The authors changed after the PDF's anonymity check: rerun the format check.";
        }
        return errors > 0 && f.ExceptionState != FormatExceptionState.Granted
            ? "The latest check found format errors and the authors have not asked for an exception."
            : null;
    }
}
