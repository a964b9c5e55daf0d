using DeepMath.Web.Infrastructure.Results;
using DeepMath.Web.Infrastructure.Web;
using DeepMath.Web.Modules.Events.Contracts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace DeepMath.Web.Modules.Program.Editor;

/// <summary>
/// The organizers' program editor: plain forms that post and redirect (drag and drop, where JavaScript runs,
/// fills and posts the same move and place forms). A refused change shows the editor again with the reasons.
/// </summary>
[Authorize]
[Route("events/{slug}/program/edit")]
public sealed class ProgramEditorController(EventManagers managers, EditorQuery query, SessionsHandler sessions, ItemsHandler items) : Controller
{
    [HttpGet("")]
    public Task<IActionResult> Index(string slug, Guid? session, Guid? room, CancellationToken cancellationToken) =>
        PageAsync(slug, session, room, [], null, null, cancellationToken);

    [HttpPost("rooms")]
    public async Task<IActionResult> SaveRoom(string slug, RoomForm form, CancellationToken cancellationToken) =>
        ModelState.IsValid
            ? await AfterAsync(slug, await sessions.SaveRoomAsync(User, slug, form, cancellationToken), $"Room \"{form.Name}\" saved.", cancellationToken, room: form)
            : await PageAsync(slug, null, null, Errors(), null, form, cancellationToken);

    [HttpPost("rooms/remove")]
    public async Task<IActionResult> RemoveRoom(string slug, int revision, Guid roomId, CancellationToken cancellationToken) =>
        await AfterAsync(slug, await sessions.RemoveRoomAsync(User, slug, revision, roomId, cancellationToken), "Room removed.", cancellationToken);

    [HttpPost("sessions")]
    public async Task<IActionResult> SaveSession(string slug, SessionForm form, CancellationToken cancellationToken) =>
        ModelState.IsValid
            ? await AfterAsync(slug, await sessions.SaveSessionAsync(User, slug, form, cancellationToken), $"Session \"{form.Title}\" saved.", cancellationToken, session: form)
            : await PageAsync(slug, null, null, Errors(), form, null, cancellationToken);

    [HttpPost("sessions/remove")]
    public async Task<IActionResult> RemoveSession(string slug, int revision, Guid sessionId, CancellationToken cancellationToken) =>
        await AfterAsync(slug, await sessions.RemoveSessionAsync(User, slug, revision, sessionId, cancellationToken), "Session removed; its abstracts are listed as not placed.", cancellationToken);

    [HttpPost("items/place")]
    public async Task<IActionResult> Place(string slug, PlaceForm form, CancellationToken cancellationToken) =>
        await ChangeAsync(slug, () => items.PlaceAsync(User, slug, form, cancellationToken), "Abstract placed.", cancellationToken);

    [HttpPost("items/invited")]
    public async Task<IActionResult> AddInvitedTalk(string slug, InvitedTalkForm form, CancellationToken cancellationToken) =>
        await ChangeAsync(slug, () => items.AddInvitedTalkAsync(User, slug, form, cancellationToken), "Invited talk added.", cancellationToken);

    [HttpPost("items/panel")]
    public async Task<IActionResult> AddPanel(string slug, PanelForm form, CancellationToken cancellationToken) =>
        await ChangeAsync(slug, () => items.AddPanelAsync(User, slug, form, cancellationToken), "Panel added.", cancellationToken);

    [HttpPost("items/free")]
    public async Task<IActionResult> AddFreeItem(string slug, FreeItemForm form, CancellationToken cancellationToken) =>
        await ChangeAsync(slug, () => items.AddFreeItemAsync(User, slug, form, cancellationToken), "Item added.", cancellationToken);

    [HttpPost("items/move")]
    public async Task<IActionResult> Move(string slug, MoveForm form, CancellationToken cancellationToken) =>
        await ChangeAsync(slug, () => items.MoveAsync(User, slug, form, cancellationToken), "Item moved.", cancellationToken);

    [HttpPost("items/change")]
    public async Task<IActionResult> ChangeItem(string slug, ItemChangeForm form, CancellationToken cancellationToken) =>
        await ChangeAsync(slug, () => items.ChangeItemAsync(User, slug, form, cancellationToken), form.Remove ? "Item removed." : "Duration saved.", cancellationToken);

    [HttpPost("posters")]
    public async Task<IActionResult> PlacePosters(string slug, PostersForm form, CancellationToken cancellationToken)
    {
        var result = await items.PlacePostersAsync(User, slug, form, cancellationToken);
        return await AfterAsync(slug, result, result.Succeeded ? $"{result.Value} poster(s) placed; boards numbered." : "", cancellationToken);
    }

    private async Task<IActionResult> ChangeAsync(string slug, Func<Task<Result>> change, string done, CancellationToken cancellationToken) =>
        ModelState.IsValid ? await AfterAsync(slug, await change(), done, cancellationToken) : await PageAsync(slug, null, null, Errors(), null, null, cancellationToken);

    private async Task<IActionResult> AfterAsync(string slug, Result result, string done, CancellationToken cancellationToken,
        SessionForm? session = null, RoomForm? room = null)
    {
        if (this.Refusal(result) is { } refusal)
        {
            return refusal;
        }
        if (result.Succeeded)
        {
            TempData["Status"] = done;
            return RedirectToAction(nameof(Index), new { slug });
        }
        return await PageAsync(slug, null, null, [.. result.Messages], session, room, cancellationToken);
    }

    /// <summary>
    /// The editor, with <paramref name="errors"/> above it and a refused session or room form shown again as typed.
    /// Model state is cleared: every form on the page shares field names, and each must show its own values.
    /// </summary>
    private async Task<IActionResult> PageAsync(string slug, Guid? session, Guid? room, IReadOnlyList<string> errors,
        SessionForm? sessionForm, RoomForm? roomForm, CancellationToken cancellationToken)
    {
        if (await managers.FindManagedAsync(User, slug, cancellationToken) is not { } ev)
        {
            return NotFound();
        }
        ModelState.Clear();
        var page = await query.LoadAsync(ev, session, room, cancellationToken);
        if (sessionForm is not null)
        {
            sessionForm.Revision = page.Revision;
            page = page with { SessionForm = sessionForm };
        }
        if (roomForm is not null)
        {
            roomForm.Revision = page.Revision;
            page = page with { RoomForm = roomForm };
        }
        ViewData["Errors"] = errors;
        if (errors.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        }
        return View("ProgramEditor", page);
    }

    private List<string> Errors() => [.. ModelState.Values.SelectMany(v => v.Errors).Select(e => e.ErrorMessage)];
}
