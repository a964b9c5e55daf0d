using DeepMath.Web.Modules.Decisions.Contracts;
using DeepMath.Web.Modules.Events.Contracts;
using DeepMath.Web.Modules.Submissions.FinalVersion;
using DeepMath.Web.Modules.Program.Contracts;
using DeepMath.Web.Modules.Submissions.DeclareConflicts;
using DeepMath.Web.Modules.Submissions.Domain;

namespace DeepMath.Web.Modules.Submissions.EditSubmission;

/// <summary>What the submission page shows: the form, the PDF versions and a check report.</summary>
/// <param name="Report">The report of the file just uploaded, or else of the latest stored version.</param>
/// <param name="ReportIsOfUpload">Whether <paramref name="Report"/> is of the file just uploaded (or checked again).</param>
/// <param name="Slot">Where and when the abstract is presented, once it is in the released program.</param>
/// <param name="Decision">The decision as sent to the authors; null until it is sent.</param>
/// <param name="Final">The final-version panel of an accepted abstract whose call has a final-version day.</param>
/// <param name="IsSubmitter">Whether the reader submitted it (only the submitter withdraws and names editors).</param>
/// <param name="MayEdit">Whether the reader is the submitter or an author named as an editor.</param>
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
    PresenterSlot? Slot = null,
    SentDecision? Decision = null,
    FinalVersionPanel? Final = null,
    bool IsSubmitter = true,
    bool MayEdit = true)
{

    /// <summary>Blank rows to show below the listed authors, so a first-time author can fill a few without any button.</summary>
    public int BlankRows => Form.Authors.Count == 0 ? 1 : 0;
}
