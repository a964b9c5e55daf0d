using DeepMath.Web.Infrastructure.Email;
using DeepMath.Web.Infrastructure.Results;
using DeepMath.Web.Modules.Events.Data;
using DeepMath.Web.Modules.Events.Domain;
using DeepMath.Web.Modules.Events.EventPage;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Modules.Events.EventMessages;

public sealed record MessagePreview(int Count, IReadOnlyList<Recipient> Recipients, EmailMessage? Sample);

public sealed record CallChoice(Guid Id, string Title);

public sealed record EventMessagesPage(Event Event, MessageForm Form, IReadOnlyList<CallChoice> Calls, MessagePreview? Preview);

/// <summary>
/// Previews and sends an organizers' message. Each recipient's e-mail is keyed by the form's message id and the
/// address, and the outbox queues a key once: sending the same form again, or retrying it, sends nobody anything twice.
/// </summary>
public sealed class SendMessageHandler(IEventsData db, MessageRecipients recipients, IOutbox outbox, LinkBuilder links)
{
    public async Task<MessagePreview> PreviewAsync(Event ev, MessageForm form, CancellationToken cancellationToken)
    {
        var people = await recipients.ForAsync(ev.Id, form.Group!.Value, form.CallId, cancellationToken);
        return new MessagePreview(people.Count, people, people.Count == 0 ? null : Email(ev, people[0], form));
    }

    /// <returns>What was sent: to how many of the group now, and whether the rest had it before; or that the form was not previewed.</returns>
    public async Task<Result<string>> SendAsync(Event ev, MessageForm form, CancellationToken cancellationToken)
    {
        if (form.MessageId == Guid.Empty)
        {
            return Result<string>.Invalid(nameof(MessageForm.MessageId), "Preview the message first, then send it from the preview.");
        }
        var people = await recipients.ForAsync(ev.Id, form.Group!.Value, form.CallId, cancellationToken);
        var items = people.Select(p => new OutboxItem(Email(ev, p, form), Key(form.MessageId, p.Email), ev.Id)).ToList();
        var queued = items.Count == 0 ? new HashSet<string>() : await outbox.QueueBatchAsync(items, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return Sent(queued.Count, people.Count);
    }

    private static string Sent(int queued, int group) =>
        group == 0 ? "Nobody is in that group: nothing was sent."
            : queued == group ? $"The message is on its way to {group} {(group == 1 ? "person" : "people")}."
            : queued == 0 ? $"This message was sent already: none of its {group} recipients gets it twice."
            : $"The message is on its way to {queued} more {(queued == 1 ? "person" : "people")}; the other {group - queued} had it already.";

    public async Task<IReadOnlyList<CallChoice>> CallsAsync(Guid eventId, CancellationToken cancellationToken) =>
        await db.Calls.AsNoTracking().Where(c => c.EventId == eventId).OrderBy(c => c.OpensOn)
            .Select(c => new CallChoice(c.Id, c.Title)).ToListAsync(cancellationToken);

    public static string Key(Guid messageId, string email) => $"event-message:{messageId:N}:{email.Trim().ToLowerInvariant()}";

    private EmailMessage Email(Event ev, Recipient to, MessageForm form) =>
        GroupMessageEmail.Create(to, ev.Title, form.Subject.Trim(), form.Body, links.Action<EventPageController>(nameof(EventPageController.Index), new { slug = ev.Slug }));
}
