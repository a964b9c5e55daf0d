using DeepMath.Web.Modules.Events.Contracts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace DeepMath.Web.Modules.Decisions.Dashboard;

/// <summary>The organizers' decision table for a call, with its summary panel and each submission's reviews.</summary>
[Authorize]
[Route("calls/{callId:guid}/decisions")]
public sealed class DashboardController(EventManagers access, DashboardPageQuery pages, SubmissionDetailQuery detail) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(Guid callId, [FromQuery] DashboardFilter filter, CancellationToken cancellationToken)
    {
        if (await access.ManagedCallAsync(User, callId, cancellationToken) is not { } call)
        {
            return NotFound();
        }
        return View("Dashboard", await pages.PageAsync(call, filter, cancellationToken));
    }

    [HttpGet("{submissionId:guid}")]
    public async Task<IActionResult> Submission(Guid callId, Guid submissionId, CancellationToken cancellationToken)
    {
        if (await access.ManagedCallAsync(User, callId, cancellationToken) is not { } call)
        {
            return NotFound();
        }
        return await detail.PageAsync(call, submissionId, cancellationToken) is { } page ? View("SubmissionDetail", page) : NotFound();
    }
}
