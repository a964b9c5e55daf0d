using DeepMath.Web.Modules.Events.Contracts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace DeepMath.Web.Modules.Program.BookStatus;

/// <summary>The organizers' view of the book of abstracts' background build. It only reads: a request never builds the book.</summary>
[Authorize]
[Route("events/{slug}/program/book")]
public sealed class BookStatusController(EventManagers access, BookStatusQuery query) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string slug, CancellationToken cancellationToken)
    {
        if (await access.FindManagedAsync(User, slug, cancellationToken) is not { } ev)
        {
            return NotFound();
        }
        return View("BookStatus", await query.PageAsync(ev, cancellationToken));
    }
}
