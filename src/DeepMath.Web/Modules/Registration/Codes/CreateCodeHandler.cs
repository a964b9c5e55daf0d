using DeepMath.Web.Infrastructure.Email;
using DeepMath.Web.Infrastructure.Results;
using DeepMath.Web.Modules.Events.Contracts;
using DeepMath.Web.Modules.Registration.Contracts;
using DeepMath.Web.Modules.Registration.Data;
using DeepMath.Web.Modules.Registration.Domain;
using DeepMath.Web.Modules.Registration.Emails;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Modules.Registration.Codes;

/// <summary>Creates a code and, when an address is given, queues the invitation in the same transaction.</summary>
public sealed class CreateCodeHandler(IRegistrationData db, IOutbox outbox, LinkBuilder links, TimeProvider clock)
{
    public async Task<Result<RegistrationCode>> HandleAsync(EventInfo ev, CodeForm form, CancellationToken cancellationToken)
    {
        if (!await db.RegistrationSettings.AnyAsync(s => s.EventId == ev.EventId, cancellationToken))
        {
            return Result<RegistrationCode>.Invalid("Save the registration settings first, then create codes.");
        }
        var code = new RegistrationCode
        {
            EventId = ev.EventId, Code = RegistrationCode.NewCode(), DiscountPercent = form.DiscountPercent, MaxUses = form.MaxUses,
            ExpiresOn = form.ExpiresOn, InvitedEmail = string.IsNullOrWhiteSpace(form.Email) ? null : form.Email.Trim(), CreatedAt = clock.GetUtcNow(),
        };
        db.RegistrationCodes.Add(code);
        if (code.InvitedEmail is { } address)
        {
            var url = links.RegisterFor(ev.Slug, code.Code);
            await outbox.QueueAsync(RegistrationInvitationEmail.Create(address, ev.Title, code.Code, code.DiscountPercent, code.ExpiresOn?.ToString("yyyy-MM-dd"), url),
                $"registration-code:{code.Id}:invitation", cancellationToken, ev.EventId);
        }
        await db.SaveChangesAsync(cancellationToken);
        return code;
    }
}
