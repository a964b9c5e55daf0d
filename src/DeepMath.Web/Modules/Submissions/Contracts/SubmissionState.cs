namespace DeepMath.Web.Modules.Submissions.Contracts;

public enum SubmissionState
{
    Draft = 0,
    Submitted = 1,
    Withdrawn = 2,
}
