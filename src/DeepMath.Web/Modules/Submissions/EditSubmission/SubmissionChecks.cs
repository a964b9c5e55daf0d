using DeepMath.Web.Modules.Submissions.Domain;

namespace DeepMath.Web.Modules.Submissions.EditSubmission;

/// <summary>
/// What <see cref="SaveSubmissionHandler"/>'s format checks found, filled in as it goes: the page shows the report with
/// the form whether the save succeeded or was refused, so it cannot travel only inside a successful result.
/// </summary>
public sealed class SubmissionChecks
{
    /// <summary>The report of the file just uploaded, or of the stored PDF checked again against changed authors.</summary>
    public StoredReport? UploadReport { get; internal set; }

    /// <summary>Whether <see cref="UploadReport"/> is of the stored PDF checked again.</summary>
    public bool Rechecked { get; internal set; }
}
