using DeepMath.Web.Modules.Accounts.Contracts;
using Microsoft.AspNetCore.Mvc;

namespace DeepMath.Web.Modules.Program.PublicProgram;

/// <summary>The public program of an event (its latest release), a session's page and an item's page. Open to everyone.</summary>
[Route("events/{slug}/program")]
public sealed class ProgramPageController(ProgramPageQuery query) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string slug, CancellationToken cancellationToken)
    {
        if (await query.ReaderAsync(slug, User.UserId(), cancellationToken) is not { } reader)
        {
            return NotFound();
        }
        return reader.Program.Release is null ? View("NotPublished", reader) : View("ProgramPage", await query.PageAsync(reader, cancellationToken));
    }

    [HttpGet("sessions/{sessionId:guid}")]
    public async Task<IActionResult> Session(string slug, Guid sessionId, CancellationToken cancellationToken)
    {
        var reader = await query.ReaderAsync(slug, User.UserId(), cancellationToken);
        return reader?.Program.Session(sessionId) is { } session
            ? View("SessionPage", new SessionPage(reader, session, reader.Program.Room(session.RoomId)))
            : NotFound();
    }

    [HttpGet("items/{itemId:guid}")]
    public async Task<IActionResult> Item(string slug, Guid itemId, CancellationToken cancellationToken)
    {
        var reader = await query.ReaderAsync(slug, User.UserId(), cancellationToken);
        return reader?.Program.Item(itemId) is { } found
            ? View("ItemPage", new ItemPage(reader, found.Session, found.Item, reader.Program.Room(found.Session.RoomId)))
            : NotFound();
    }
}
