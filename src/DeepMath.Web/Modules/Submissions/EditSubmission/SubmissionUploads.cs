using DeepMath.Web.Modules.Events.Contracts;
using DeepMath.Web.Modules.Submissions.Contracts;
using DeepMath.Web.Modules.Submissions.Domain;

namespace DeepMath.Web.Modules.Submissions.EditSubmission;

/// <summary>Words and limits shared by the pages that save a submission.</summary>
public static class SubmissionUploads
{
    /// <summary>
    /// The whole form may be a little larger than the largest PDF limit a call may set, so that an
    /// oversize PDF still reaches the checker and gets its explanation instead of a bare 413; the
    /// checker stops reading at the call's limit.
    /// </summary>
    public const long MaxRequestBytes = (CallRules.MaxFileMiB + 2L) * 1024 * 1024;

    public const string ConfirmEmailMessage =
        "Confirm your e-mail address before you submit: follow the link we sent you, or ask for a new one on your account page.";

    public static string EmptyFileMessage(string fileName, bool hasDraft) =>
        $"The file {(string.IsNullOrWhiteSpace(fileName) ? "you chose" : Path.GetFileName(fileName))} is empty (0 bytes): "
        + "choose the PDF of your abstract again (a file still being written or synced may look empty) and upload it. "
        + (hasDraft ? "Nothing was saved: your submission is as it was, with its earlier PDF." : "Nothing was saved.");

    public static string SavedMessage(Submission submission, bool submitted) => submitted
        ? submission.ExceptionState == FormatExceptionState.Requested
            ? $"Submission {submission.Number} is submitted with a request for a format exception; organizers will grant or refuse it. A receipt is on its way to every author."
            : $"Submission {submission.Number} is submitted. A receipt is on its way to every author."
        : submission.State == SubmissionState.Submitted
            ? submission.ExceptionState == FormatExceptionState.Requested
                ? $"Submission {submission.Number} is saved with a request for a format exception; it is not sent to review until organizers grant it."
                : $"Submission {submission.Number} is saved."
            : $"Draft {submission.Number} is saved. Submit it before the deadline.";

    /// <summary>Why an award call's thesis is not submitted or changed on the ordinary submission form.</summary>
    public static string AwardCallMessage(Events.Contracts.CallInfo call, bool posted) =>
        $"\"{call.CallTitle}\" is an award call: you apply with the application form below (thesis, CV and your supervisor's letter), "
        + "not with the submission form." + (posted ? " Nothing from the submission form was saved." : string.Empty);
}
