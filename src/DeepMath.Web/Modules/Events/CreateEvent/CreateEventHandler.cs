using DeepMath.Web.Infrastructure.Results;
using DeepMath.Web.Modules.Accounts.Contracts;
using DeepMath.Web.Modules.Events.Data;
using DeepMath.Web.Modules.Events.Domain;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Modules.Events.CreateEvent;

/// <summary>Creates an event with its first organizers, each of whom must have an account.</summary>
public sealed class CreateEventHandler(IEventsData db, AccountDirectory accounts, EventFields.EventFormChoicesQuery references, TimeProvider clock)
{
    /// <param name="fieldsValid">Whether the form's own fields passed validation: the address is checked against other events only then, the organizers always.</param>
    /// <returns>The new event's slug.</returns>
    public async Task<Result<string>> HandleAsync(CreateEventForm form, EventFields.EventForm details, bool fieldsValid, CancellationToken cancellationToken)
    {
        var errors = new ErrorList();
        var slug = form.Slug.Trim().ToLowerInvariant();
        if (fieldsValid && await db.Events.AnyAsync(e => e.Slug == slug, cancellationToken))
        {
            errors.Add(nameof(form.Slug), $"Another event already uses the address /events/{slug}. Choose another one.");
        }
        var organizers = new List<AccountContact>();
        foreach (var email in EditCall.CallForm.Lines(form.OrganizerEmails ?? string.Empty))
        {
            var contact = await accounts.FindByEmailAsync(email, cancellationToken);
            if (contact is null)
            {
                errors.Add(nameof(form.OrganizerEmails), $"No account uses {email}. Ask them to create an account first, then name them.");
            }
            else
            {
                organizers.Add(contact);
            }
        }
        if (fieldsValid && !errors.Any)
        {
            foreach (var (field, messages) in (await references.ResolveAsync(details, details.Choices, null, cancellationToken)).ToDictionary())
            {
                foreach (var message in messages)
                {
                    errors.Add(field, message);
                }
            }
        }
        if (!fieldsValid || errors.Any)
        {
            return Result<string>.Invalid(errors.ToDictionary());
        }
        var ev = new Event { Title = details.Title, Slug = slug, TimeZoneId = details.TimeZoneId, CreatedAt = clock.GetUtcNow() };
        details.ApplyTo(ev);
        db.Events.Add(ev);
        db.EventOrganizers.AddRange(organizers.Select(o => new EventOrganizer { EventId = ev.Id, UserId = o.UserId, AddedAt = clock.GetUtcNow() }));
        await db.SaveChangesAsync(cancellationToken);
        return ev.Slug;
    }
}
