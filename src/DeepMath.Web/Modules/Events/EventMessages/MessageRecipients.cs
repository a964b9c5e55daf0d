using DeepMath.Web.Modules.Accounts.Contracts;
using DeepMath.Web.Modules.Decisions.Contracts;
using DeepMath.Web.Modules.Events.Contracts;
using DeepMath.Web.Modules.Registration.Contracts;
using DeepMath.Web.Modules.Reviewing.Contracts;
using DeepMath.Web.Modules.Submissions.Contracts;

namespace DeepMath.Web.Modules.Events.EventMessages;

public sealed record Recipient(string Email, string Name);

/// <summary>Who is in a group of an event, each address once (compared without case), by asking the module that knows.</summary>
public sealed class MessageRecipients(
    EventCalls calls, CallAuthorContacts authors, AcceptedPresenters presenters, UnfinishedReviewers reviewers, AttendeeContacts attendees, AccountDirectory accounts)
{
    public async Task<IReadOnlyList<Recipient>> ForAsync(Guid eventId, MessageGroup group, Guid? callId, CancellationToken cancellationToken)
    {
        var callIds = await calls.IdsAsync(eventId, cancellationToken);
        IReadOnlyCollection<Guid> chosen = callId is { } one ? [.. callIds.Where(id => id == one)] : callIds;
        IEnumerable<Recipient> people = group switch
        {
            MessageGroup.Authors => (await authors.SubmittedAsync(chosen, cancellationToken)).Select(a => new Recipient(a.Email, a.Name)),
            MessageGroup.Presenters => (await presenters.ForEventAsync(eventId, cancellationToken))
                .Where(p => p.DecisionSent).Select(p => new Recipient(p.PresenterEmail, p.PresenterName)),
            MessageGroup.UnfinishedReviewers => (await accounts.ContactsAsync(await reviewers.UserIdsAsync(chosen, cancellationToken), cancellationToken))
                .Select(c => new Recipient(c.Email, c.DisplayName)),
            MessageGroup.Attendees => (await attendees.ConfirmedAsync(eventId, cancellationToken)).Select(a => new Recipient(a.Email, a.Name)),
            _ => [],
        };
        return [.. people.Where(p => !string.IsNullOrWhiteSpace(p.Email))
            .DistinctBy(p => p.Email.Trim().ToLowerInvariant())
            .OrderBy(p => p.Name, StringComparer.InvariantCultureIgnoreCase)];
    }
}
