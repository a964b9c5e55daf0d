using DeepMath.Web.Infrastructure.Email;
using DeepMath.Web.Modules.Accounts.Contracts;
using DeepMath.Web.Modules.Events.Contracts;
using DeepMath.Web.Modules.Reviewing.Assigned;
using DeepMath.Web.Modules.Reviewing.Authorization;
using DeepMath.Web.Modules.Reviewing.Data;
using DeepMath.Web.Modules.Reviewing.Domain;
using DeepMath.Web.Modules.Reviewing.Emails;
using DeepMath.Web.Modules.Reviewing.WriteReview;
using DeepMath.Web.SharedKernel;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Modules.Reviewing.Assignments;

/// <summary>
/// Tells each reviewer what a batch of assignments gave them: one e-mail per reviewer per batch, queued in the
/// outbox with the batch's own changes (same transaction), under a key naming the batch and the reviewer, so
/// that a batch can never mail a reviewer twice.
/// </summary>
public sealed class AssignmentNotices(IReviewingData db, IOutbox outbox, AccountDirectory accounts, ReviewCalendar calendar, LinkBuilder links)
{
    public static string KeyOf(Guid batchId, Guid reviewerId) => $"assignment-batch:{batchId}:reviewer:{reviewerId}";

    /// <summary>Queues the e-mails for the pairs <paramref name="batch"/> adds; the caller saves.</summary>
    /// <param name="titles">Number and title of each submission added, by id.</param>
    public async Task QueueAsync(CallInfo call, AssignmentBatch batch, IReadOnlyCollection<(Guid SubmissionId, Guid ReviewerId)> added,
        IReadOnlyDictionary<Guid, (int Number, string Title)> titles, CancellationToken cancellationToken)
    {
        if (added.Count == 0)
        {
            return;
        }
        var reviewerIds = added.Select(p => p.ReviewerId).Distinct().ToList();
        var members = await db.Reviewers.AsNoTracking().Where(r => reviewerIds.Contains(r.Id)).ToDictionaryAsync(r => r.Id, r => r.UserId, cancellationToken);
        var contacts = (await accounts.ContactsAsync(members.Values, cancellationToken)).ToDictionary(c => c.UserId);
        var deadline = (await calendar.ForAsync(call, cancellationToken)).Deadline;
        var due = deadline.LastOnTimeInstant is { } last ? EventTime.Long(last, deadline.Zone) : null;
        foreach (var group in added.GroupBy(p => p.ReviewerId))
        {
            if (!members.TryGetValue(group.Key, out var userId) || !contacts.TryGetValue(userId, out var person))
            {
                continue;
            }
            var items = group.Where(p => titles.ContainsKey(p.SubmissionId)).Select(p => titles[p.SubmissionId]).OrderBy(t => t.Number)
                .Select(t => new ReviewsAssignedEmail.Item(t.Number, t.Title, links.Action<WriteReviewController>(nameof(WriteReviewController.Index), new { callId = call.CallId, number = t.Number })))
                .ToList();
            if (items.Count == 0)
            {
                continue;
            }
            // The batch is new in this unit of work, so no message can have its key yet.
            outbox.QueueNew(ReviewsAssignedEmail.Create(person.Email, person.DisplayName, call.EventTitle, call.CallTitle, due, items,
                links.Action<AssignedController>(nameof(AssignedController.Index), new { callId = call.CallId })), KeyOf(batch.Id, group.Key), call.EventId);
        }
    }
}
