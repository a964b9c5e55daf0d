using DeepMath.Web.Infrastructure.Email;
using DeepMath.Web.Modules.Submissions.MySubmissions;

namespace DeepMath.Web.Modules.Submissions.Contracts;

/// <summary>Links into the submission pages for other modules' e-mails, built from the routes.</summary>
public static class SubmissionLinks
{
    /// <summary>The signed-in author's list of submissions.</summary>
    public static string MySubmissions(this LinkBuilder links) =>
        links.Action<MySubmissionsController>(nameof(MySubmissionsController.Index));
}
