using System.Security.Claims;
using DeepMath.Web.Infrastructure.Results;
using DeepMath.Web.Modules.Accounts.Contracts;
using DeepMath.Web.Modules.Events.Authorization;
using DeepMath.Web.Modules.Events.Data;
using DeepMath.Web.Modules.Events.Domain;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Modules.Events.EditSeries;

/// <summary>Creates a series with its organizers (site admins), or saves its details (its organizers).</summary>
public sealed class SaveSeriesHandler(IEventsData db, SeriesAccess access, AccountDirectory accounts, TimeProvider clock)
{
    /// <returns>The new series' slug.</returns>
    public async Task<Result<string>> CreateAsync(SeriesForm form, bool fieldsValid, CancellationToken cancellationToken)
    {
        var errors = new ErrorList();
        var slug = (form.Slug ?? string.Empty).Trim().ToLowerInvariant();
        if (slug.Length == 0)
        {
            errors.Add(nameof(form.Slug), "Choose the series' web address, for example scms-colloquium.");
        }
        else if (fieldsValid && await db.Series.AnyAsync(s => s.Slug == slug, cancellationToken))
        {
            errors.Add(nameof(form.Slug), $"Another series already uses the address /series/{slug}. Choose another one.");
        }
        var organizers = new List<AccountContact>();
        foreach (var email in EditCall.CallForm.Lines(form.OrganizerEmails ?? string.Empty))
        {
            if (await accounts.FindByEmailAsync(email, cancellationToken) is { } contact)
            {
                organizers.Add(contact);
            }
            else
            {
                errors.Add(nameof(form.OrganizerEmails), $"No account uses {email}. Ask them to create an account first, then name them.");
            }
        }
        if (!fieldsValid || errors.Any)
        {
            return Result<string>.Invalid(errors.ToDictionary());
        }
        var now = clock.GetUtcNow();
        var series = new Series { Name = form.Name, Slug = slug, TimeZoneId = form.TimeZoneId, CreatedAt = now };
        form.ApplyTo(series);
        db.Series.Add(series);
        db.SeriesOrganizers.AddRange(organizers.DistinctBy(o => o.UserId).Select(o => new SeriesOrganizer { SeriesId = series.Id, UserId = o.UserId, AddedAt = now }));
        await db.SaveChangesAsync(cancellationToken);
        return series.Slug;
    }

    public async Task<Result> SaveAsync(ClaimsPrincipal user, string slug, SeriesForm form, CancellationToken cancellationToken)
    {
        var series = await access.FindManagedAsync(user, slug, cancellationToken, track: true);
        if (series is null)
        {
            return Result.NotFound();
        }
        form.ApplyTo(series);
        await db.SaveChangesAsync(cancellationToken);
        return Result.Success();
    }
}
