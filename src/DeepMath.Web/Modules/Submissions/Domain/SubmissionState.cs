namespace DeepMath.Web.Modules.Submissions.Domain;

public enum SubmissionState
{
    Draft = 0,
    Submitted = 1,
    Withdrawn = 2,
}
