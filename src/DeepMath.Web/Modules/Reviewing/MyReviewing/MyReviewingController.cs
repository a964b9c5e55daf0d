using DeepMath.Web.Modules.Accounts.Contracts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace DeepMath.Web.Modules.Reviewing.MyReviewing;

/// <summary>The calls a user reviews for, with the way to their profile, to bidding and to the abstracts assigned to them.</summary>
[Authorize]
[Route("reviewing")]
public sealed class MyReviewingController(MyReviewingQuery query) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View("MyReviewing", await query.ListAsync(User.UserId(), cancellationToken));
}
