using DeepMath.Web.Modules.Decisions.Data;
using DeepMath.Web.Modules.Decisions.Outcomes;
using DeepMath.Web.Modules.Events.Contracts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace DeepMath.Web.Modules.Decisions.Dashboard;

/// <summary>The organizers' decision table for a call, with its summary panel and each submission's reviews.</summary>
[Authorize]
[Route("calls/{callId:guid}/decisions")]
public sealed class DashboardController(IDecisionsData db, EventManagers access, DashboardQuery query, SummaryQuery summary, OutcomeCatalog outcomes, SubmissionDetailQuery detail) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(Guid callId, [FromQuery] DashboardFilter filter, CancellationToken cancellationToken)
    {
        if (await access.ManagedCallAsync(User, callId, cancellationToken) is not { } call)
        {
            return NotFound();
        }
        var page = await ForAggregates.RunAsync(db, async () =>
        {
            var known = await outcomes.ForCallAsync(callId, cancellationToken);
            var (rows, total, authors) = await query.PageAsync(callId, filter, cancellationToken);
            var spread = await query.DisagreementSpreadAsync(callId, cancellationToken);
            return new DashboardPage(call, filter, rows, total, authors, known, await summary.ForCallAsync(callId, known, cancellationToken), spread);
        }, cancellationToken);
        return View("Dashboard", page);
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
