using DeepMath.Web.Infrastructure.Results;
using DeepMath.Web.Modules.Events.Contracts;
using DeepMath.Web.Modules.Registration.Data;
using DeepMath.Web.Modules.Registration.Domain;
using DeepMath.Web.Modules.Registration.Jobs;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Modules.Registration.Settings;

/// <summary>Saves the window, capacity and currency; capacity changes happen under the event's lock, and a raise fills seats from the waiting list.</summary>
public sealed class SaveSettingsHandler(IRegistrationData db, EventSeats seats, EventCalendar events, PromotionRequests promotions)
{
    /// <returns>Errors keyed "Capacity", the field they concern.</returns>
    public async Task<Result> SaveAsync(EventInfo ev, SettingsForm form, CancellationToken cancellationToken)
    {
        bool raised;
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            var settings = await seats.LockAsync(ev.EventId, cancellationToken);
            if (settings is null)
            {
                settings = new RegistrationSettings { EventId = ev.EventId };
                db.RegistrationSettings.Add(settings);
            }
            var confirmed = await db.Registrations.CountAsync(r => r.EventId == ev.EventId && r.State == RegistrationState.Confirmed && !r.IsPresenter, cancellationToken);
            if (form.Capacity < confirmed)
            {
                return Result.Invalid(nameof(SettingsForm.Capacity), $"{confirmed} registrations are confirmed, so the capacity cannot go below {confirmed}. Cancel registrations first, or choose a larger capacity.");
            }
            raised = form.Capacity > settings.Capacity;
            settings.Capacity = form.Capacity;
            settings.Currency = form.Currency.Trim().ToUpperInvariant();
            settings.LetterNote = string.IsNullOrWhiteSpace(form.LetterNote) ? null : form.LetterNote.Trim();
            settings.LetterSignatory = string.IsNullOrWhiteSpace(form.LetterSignatory) ? null : form.LetterSignatory.Trim();
            settings.PaymentInstructions = string.IsNullOrWhiteSpace(form.PaymentInstructions) ? null : form.PaymentInstructions.Trim();
            await db.SaveChangesAsync(cancellationToken);
            await events.SetRegistrationDatesAsync(ev.EventId, form.OpensOn, form.ClosesOn, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        if (raised)
        {
            promotions.Request(ev.EventId);
        }
        return Result.Success();
    }

    public async Task<Result> SaveTypeAsync(EventInfo ev, Guid? typeId, TicketTypeForm form, CancellationToken cancellationToken)
    {
        bool raised;
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            if (await seats.LockAsync(ev.EventId, cancellationToken) is null)
            {
                return Result.Invalid("Save the registration settings (dates and capacity) first, then add ticket types.");
            }
            var name = form.Name.Trim();
            if (await db.TicketTypes.AnyAsync(t => t.EventId == ev.EventId && t.Name == name && t.Id != typeId, cancellationToken))
            {
                return Result.Invalid($"There is already a ticket type called \"{name}\": choose another name.");
            }
            var type = typeId is null ? null : await db.TicketTypes.SingleOrDefaultAsync(t => t.Id == typeId && t.EventId == ev.EventId, cancellationToken);
            if (typeId is not null && type is null)
            {
                return Result.Invalid("That ticket type does not exist any more.");
            }
            if (type is null)
            {
                var order = await db.TicketTypes.CountAsync(t => t.EventId == ev.EventId, cancellationToken);
                type = new TicketType { EventId = ev.EventId, Name = name, SortOrder = order };
                db.TicketTypes.Add(type);
            }
            var confirmed = await db.Registrations.CountAsync(r => r.TicketTypeId == type.Id && r.State == RegistrationState.Confirmed && !r.IsPresenter, cancellationToken);
            if (form.Cap is { } cap && cap < confirmed)
            {
                return Result.Invalid($"{confirmed} {type.Name} registrations are confirmed, so its cap cannot go below {confirmed}.");
            }
            raised = type.Cap is { } old && (form.Cap is null || form.Cap > old);
            type.Name = name;
            type.Fee = form.Fee;
            type.Cap = form.Cap;
            type.IsOffered = form.IsOffered;
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        if (raised)
        {
            promotions.Request(ev.EventId);
        }
        return Result.Success();
    }
}
