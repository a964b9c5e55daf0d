using DeepMath.Web.Infrastructure.Database;
using DeepMath.Web.Modules.Accounts.Contracts;
using DeepMath.Web.Modules.Events.Contracts;
using DeepMath.Web.Modules.Registration.Domain;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Modules.Registration.CheckIn;

/// <summary>The registration desk, made for a phone: paste or scan the token (a scanner app types it), or search by name.</summary>
[Authorize]
[Route("events/{slug}/check-in")]
public sealed class CheckInController(EventManagers access, DeepMathDbContext db, CheckInHandler handler) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string slug, string? q, CancellationToken cancellationToken) =>
        await access.FindManagedAsync(User, slug, cancellationToken) is { } ev ? await PageAsync(ev, q, null, cancellationToken) : NotFound();

    [HttpPost("")]
    public async Task<IActionResult> Token(string slug, string? token, CancellationToken cancellationToken)
    {
        if (await access.FindManagedAsync(User, slug, cancellationToken) is not { } ev)
        {
            return NotFound();
        }
        var result = await handler.ByTokenAsync(ev, token, User.DisplayName(), cancellationToken);
        return await PageAsync(ev, null, result, cancellationToken);
    }

    [HttpPost("{id:guid}")]
    public async Task<IActionResult> Registration(string slug, Guid id, string? q, CancellationToken cancellationToken)
    {
        if (await access.FindManagedAsync(User, slug, cancellationToken) is not { } ev)
        {
            return NotFound();
        }
        var result = await handler.ByRegistrationAsync(ev, id, User.DisplayName(), cancellationToken);
        return await PageAsync(ev, q, result, cancellationToken);
    }

    private async Task<IActionResult> PageAsync(EventInfo ev, string? q, CheckInResult? result, CancellationToken cancellationToken)
    {
        IReadOnlyList<CheckInMatch> matches = [];
        if (!string.IsNullOrWhiteSpace(q))
        {
            var pattern = LikePattern.Containing(q);
            matches = await db.Registrations.AsNoTracking()
                .Where(r => r.EventId == ev.EventId && r.State == RegistrationState.Confirmed && (EF.Functions.ILike(r.BadgeName, pattern) || EF.Functions.ILike(r.Email, pattern)))
                .OrderBy(r => r.BadgeName).ThenBy(r => r.Id).Take(20)
                // Ordered and cut before the projection: EF cannot translate an ordering by a member of a constructed record.
                .Join(db.TicketTypes, r => r.TicketTypeId, t => t.Id, (r, t) => new { r.Id, r.BadgeName, r.Affiliation, Type = t.Name, CheckedIn = r.CheckedInAt != null })
                .OrderBy(m => m.BadgeName).ThenBy(m => m.Id)
                .Select(m => new CheckInMatch(m.Id, m.BadgeName, m.Affiliation, m.Type, m.CheckedIn))
                .ToListAsync(cancellationToken);
        }
        var live = db.Registrations.Where(r => r.EventId == ev.EventId && r.State == RegistrationState.Confirmed);
        if (result?.Kind == CheckInKind.Refused)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        }
        return View("CheckIn", new CheckInPage(ev, q, matches, result, await live.CountAsync(r => r.CheckedInAt != null, cancellationToken), await live.CountAsync(cancellationToken)));
    }
}
