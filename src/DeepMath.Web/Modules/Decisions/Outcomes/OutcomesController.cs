using DeepMath.Web.Infrastructure.Web;
using DeepMath.Web.Modules.Decisions.Dashboard;
using DeepMath.Web.Modules.Events.Contracts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace DeepMath.Web.Modules.Decisions.Outcomes;

/// <summary>The capacity organizers plan for, and the outcomes they add to the built-in three.</summary>
[Authorize]
[Route("calls/{callId:guid}/decisions")]
public sealed class OutcomesController(EventManagers access, OutcomesHandler handler) : Controller
{
    private const string Dashboard = "Dashboard";

    [HttpPost("capacity")]
    public async Task<IActionResult> Capacity(Guid callId, [FromForm] string? talks, [FromForm] string? posters, CancellationToken cancellationToken)
    {
        if (await access.ManagedCallAsync(User, callId, cancellationToken) is null)
        {
            return NotFound();
        }
        this.Tell(await handler.SaveCapacityAsync(callId, talks, posters, cancellationToken));
        return RedirectToAction(nameof(DashboardController.Index), Dashboard, new { callId });
    }

    [HttpPost("outcomes")]
    public async Task<IActionResult> Add(Guid callId, [FromForm] string? label, [FromForm] bool accepts, CancellationToken cancellationToken)
    {
        if (await access.ManagedCallAsync(User, callId, cancellationToken) is null)
        {
            return NotFound();
        }
        this.Tell(await handler.AddAsync(callId, label, accepts, cancellationToken));
        return RedirectToAction(nameof(DashboardController.Index), Dashboard, new { callId });
    }
}
