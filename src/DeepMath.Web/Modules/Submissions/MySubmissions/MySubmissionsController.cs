using DeepMath.Web.Modules.Accounts.Contracts;
using DeepMath.Web.Infrastructure.Database;
using DeepMath.Web.Modules.Submissions.Domain;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Modules.Submissions.MySubmissions;

public sealed record MySubmissionRow(Guid Id, Guid CallId, int Number, string Title, SubmissionState State, DateTimeOffset UpdatedAt);

[Authorize]
[Route("submissions")]
public sealed class MySubmissionsController(DeepMathDbContext db, SubmitDraftHandler submit) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var userId = User.UserId()!;
        var rows = await db.Submissions.AsNoTracking().Where(s => s.OwnerId == userId)
            .OrderByDescending(s => s.UpdatedAt)
            .Select(s => new MySubmissionRow(s.Id, s.CallId, s.Number, s.Title, s.State, s.UpdatedAt))
            .ToListAsync(cancellationToken);
        return View("MySubmissions", rows);
    }

    [HttpPost("{id:guid}/submit")]
    public async Task<IActionResult> Submit(Guid id, CancellationToken cancellationToken)
    {
        if (!User.HasConfirmedEmail())
        {
            TempData["Error"] = "Confirm your e-mail address before you submit: follow the link we sent you, or ask for a new one on your account page.";
            return Redirect("/submissions");
        }
        var error = await submit.HandleAsync(id, User.UserId()!, cancellationToken);
        if (error is null)
        {
            TempData["Status"] = "Your abstract is submitted.";
        }
        else
        {
            TempData["Error"] = error;
        }
        return Redirect("/submissions");
    }
}
