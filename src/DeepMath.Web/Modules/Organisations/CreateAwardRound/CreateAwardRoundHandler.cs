using System.Globalization;
using DeepMath.Web.Infrastructure.Results;
using DeepMath.Web.Modules.Events.Contracts;
using DeepMath.Web.Modules.Organisations.Data;
using DeepMath.Web.Modules.Organisations.Domain;
using DeepMath.Web.SharedKernel;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Modules.Organisations.CreateAwardRound;

/// <summary>
/// Opens a round of an organisation's award: an event of kind Award with one call (created by the Events module)
/// whose managers are the organisation's, and the mark that makes its submissions applications.
/// </summary>
public sealed class CreateAwardRoundHandler(IOrganisationsData db, AwardRounds rounds, TimeProvider clock)
{
    public const string Topic = "Doctoral thesis";

    /// <returns>The call's id.</returns>
    public async Task<Result<Guid>> HandleAsync(Organisation organisation, AwardRoundForm form, bool fieldsValid, CancellationToken cancellationToken)
    {
        var errors = new ErrorList();
        if (fieldsValid && !TimeZones.IsKnown(form.TimeZoneId.Trim()))
        {
            errors.Add(nameof(form.TimeZoneId), $"\"{form.TimeZoneId}\" is not a time zone: use an IANA name such as Europe/Berlin or America/New_York.");
        }
        if (form.OpensOn is { } opens && form.ClosesOn is { } closes && closes < opens)
        {
            errors.Add(nameof(form.ClosesOn), "Applications cannot close before they open.");
        }
        if (form.ClosesOn is { } last && form.DecidedOn is { } decided && decided < last)
        {
            errors.Add(nameof(form.DecidedOn), "The winner is decided after applications close: choose a later day.");
        }
        var disciplines = Lines.Of(form.Disciplines).Distinct().ToList();
        if (disciplines.Count == 0)
        {
            errors.Add(nameof(form.Disciplines), "List at least one field (such as Mathematics) an applicant's thesis may come from.");
        }
        var slug = $"{organisation.Slug}-{Slugs.Of(form.AwardName ?? string.Empty)}-{form.Year.ToString(CultureInfo.InvariantCulture)}";
        if (fieldsValid && await rounds.SlugTakenAsync(slug, cancellationToken))
        {
            errors.Add(nameof(form.Year), $"The {form.AwardName!.Trim()} {form.Year} already exists (at /events/{slug}).");
        }
        if (!fieldsValid || errors.Any)
        {
            return errors.Any ? errors.ToResult(Guid.Empty) : Result<Guid>.Invalid("Correct the fields marked below.");
        }
        var managers = await db.OrganisationManagers.Where(m => m.OrganisationId == organisation.Id).Select(m => m.UserId).ToListAsync(cancellationToken);
        var name = $"{form.AwardName!.Trim()} {form.Year.ToString(CultureInfo.InvariantCulture)}";
        var created = await rounds.CreateAsync(new AwardRoundRequest(
            $"{organisation.Name}: {name}", slug, $"Call for applications: {name}", form.Description?.Trim() ?? string.Empty,
            form.OpensOn!.Value, form.ClosesOn!.Value, form.DecidedOn!.Value, form.TimeZoneId!.Trim(), [Topic], disciplines, managers), cancellationToken);
        db.AwardCalls.Add(new AwardCall { CallId = created.CallId, EventId = created.EventId, OrganisationId = organisation.Id, AwardName = name, CreatedAt = clock.GetUtcNow() });
        db.OrganisationEvents.Add(new OrganisationEvent { OrganisationId = organisation.Id, EventId = created.EventId });
        await db.SaveChangesAsync(cancellationToken);
        return created.CallId;
    }
}
