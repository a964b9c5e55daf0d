using DeepMath.Web.Modules.Events.Contracts;
using DeepMath.Web.Modules.Program.Contracts;
using DeepMath.Web.Modules.Submissions.DeclareConflicts;
using DeepMath.Web.Modules.Submissions.Domain;

namespace DeepMath.Web.Modules.Submissions.EditSubmission;

/// <summary>What the submission page shows: the form, the PDF versions and a check report.</summary>
/// <param name="Report">The report of the file just uploaded, or else of the latest stored version.</param>
/// <param name="ReportIsOfUpload">Whether <paramref name="Report"/> is of the file just uploaded (or checked again).</param>
/// <param name="Slot">Where and when the abstract is presented, once it is in the released program.</param>
/// <param name="ReportIsRecheck">Whether <paramref name="Report"/> is of the stored PDF checked again against the authors as just typed.</param>
public sealed record SubmissionEditorPage(
    CallInfo Call,
    Submission? Submission,
    SubmissionForm Form,
    IReadOnlyList<PdfVersionRow> Versions,
    StoredReport? Report,
    bool ReportIsOfUpload,
    bool IsOpen,
    bool EmailConfirmed,
    bool CanEdit,
    bool IsOrganizer,
    AuthorConflictsPanel? Conflicts = null,
    bool ReportIsRecheck = false,
    PresenterSlot? Slot = null)
{

    /// <summary>Blank rows to show below the listed authors, so a first-time author can fill a few without any button.</summary>
    public int BlankRows => Form.Authors.Count == 0 ? 1 : 0;
}
