using DeepMath.Web.Infrastructure.Email;
using DeepMath.Web.Modules.Events.Contracts;
using DeepMath.Web.Modules.Submissions.Domain;
using DeepMath.Web.Modules.Submissions.Emails;

namespace DeepMath.Web.Modules.Submissions.EditSubmission;

/// <summary>Queues a receipt for one PDF version to every listed author, once per (submission, version, address).</summary>
public sealed class ReceiptMailer(IOutbox outbox, LinkBuilder links)
{
    public async Task QueueAsync(Submission submission, SubmissionPdf pdf, CallInfo call, bool replacement, CancellationToken cancellationToken)
    {
        var url = links.Action<EditSubmissionController>(nameof(EditSubmissionController.Index), new { id = submission.Id });
        foreach (var author in submission.OrderedAuthors())
        {
            var address = author.Email.ToLowerInvariant();
            var message = SubmissionReceiptEmail.Create(author.Email, author.Name, call.EventTitle, submission.Number, submission.Title, pdf.Version, replacement, pdf.Sha256, url);
            await outbox.QueueAsync(message, $"submission-receipt:{submission.Id}:{pdf.Version}:{address}", cancellationToken, call.EventId);
        }
    }
}
