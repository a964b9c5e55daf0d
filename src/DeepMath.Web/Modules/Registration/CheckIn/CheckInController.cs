using DeepMath.Web.Infrastructure.Results;
using DeepMath.Web.Modules.Accounts.Contracts;
using DeepMath.Web.Modules.Events.Contracts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace DeepMath.Web.Modules.Registration.CheckIn;

/// <summary>The registration desk, made for a phone: paste or scan the token (a scanner app types it), or search by name.</summary>
[Authorize]
[Route("events/{slug}/check-in")]
public sealed class CheckInController(EventManagers access, CheckInQuery query, CheckInHandler handler) : Controller
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
        return await PageAsync(ev, null, await handler.ByTokenAsync(ev, token, User.DisplayName(), cancellationToken), cancellationToken);
    }

    [HttpPost("{id:guid}")]
    public async Task<IActionResult> Registration(string slug, Guid id, string? q, CancellationToken cancellationToken)
    {
        if (await access.FindManagedAsync(User, slug, cancellationToken) is not { } ev)
        {
            return NotFound();
        }
        return await PageAsync(ev, q, await handler.ByRegistrationAsync(ev, id, User.DisplayName(), cancellationToken), cancellationToken);
    }

    private async Task<IActionResult> PageAsync(EventInfo ev, string? q, Result<CheckInAnswer>? result, CancellationToken cancellationToken)
    {
        // A refused ticket is shown like a "do not admit": the desk reads one red answer either way.
        var answer = result is null ? null : result.Succeeded ? result.Value : new CheckInAnswer(CheckInKind.Refused, string.Join(" ", result.Messages));
        if (answer?.Kind == CheckInKind.Refused)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        }
        return View("CheckIn", await query.PageAsync(ev, q, answer, cancellationToken));
    }
}
