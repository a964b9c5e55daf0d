using DeepMath.Web.Modules.Accounts.Contracts;
using DeepMath.Web.Modules.Decisions.Contracts;
using DeepMath.Web.Modules.Submissions.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Modules.Submissions.MySubmissions;

/// <summary>The author's dashboard: every submission they own, with its state and the check of its latest PDF.</summary>
[Authorize]
[Route("submissions")]
public sealed class MySubmissionsController(ISubmissionsData db, SentDecisions decisions) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var userId = User.UserId()!;
        var rows = await db.Submissions.AsNoTracking().IgnoreAutoIncludes().Where(s => s.OwnerId == userId)
            .OrderByDescending(s => s.UpdatedAt)
            .Select(s => new
            {
                s.Id, s.CallId, s.Number, s.Title, s.State, s.UpdatedAt, s.ExceptionState,
                Latest = db.SubmissionPdfs.Where(p => p.SubmissionId == s.Id).OrderByDescending(p => p.Version)
                    .Select(p => new { p.Version, p.ErrorCount, p.WarningCount }).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        var sent = await decisions.ForSubmissionsAsync([.. rows.Select(r => r.Id)], cancellationToken);
        return View("MySubmissions", rows.Select(r => new MySubmissionRow(r.Id, r.CallId, r.Number, r.Title, r.State, r.UpdatedAt,
            r.Latest?.Version, r.Latest?.ErrorCount, r.Latest?.WarningCount, r.ExceptionState, sent.GetValueOrDefault(r.Id)?.OutcomeLabel)).ToList());
    }
}
