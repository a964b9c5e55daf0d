using System.Security.Claims;
using DeepMath.Web.Infrastructure.Results;
using DeepMath.Web.Modules.Events.Contracts;
using DeepMath.Web.Modules.Program.Domain;

namespace DeepMath.Web.Modules.Program.Editor;

/// <summary>Rooms and sessions of the working copy, for those who may manage the event.</summary>
public sealed class SessionsHandler(EventManagers managers, WorkingCopies copies)
{
    public async Task<Result> SaveRoomAsync(ClaimsPrincipal user, string slug, RoomForm form, CancellationToken cancellationToken)
    {
        if (await managers.FindManagedAsync(user, slug, cancellationToken) is not { } ev)
        {
            return Result.NotFound();
        }
        return await copies.ChangeAsync(ev, form.Revision, draft =>
        {
            var name = form.Name.Trim();
            if (draft.Rooms.Any(r => r.Id != form.Id && string.Equals(r.Name, name, StringComparison.OrdinalIgnoreCase)))
            {
                return Result.Invalid(nameof(form.Name), $"There is already a room called \"{name}\"; give this one another name.");
            }
            var room = form.Id is { } id ? draft.Rooms.FirstOrDefault(r => r.Id == id) : new DraftRoom();
            if (room is null)
            {
                return Result.Invalid("That room is no longer in the program (someone removed it).");
            }
            if (form.Id is null)
            {
                draft.Rooms.Add(room);
            }
            (room.Name, room.Capacity, room.FloorNotes) = (name, form.Capacity, Blank(form.FloorNotes));
            return Result.Success();
        }, cancellationToken);
    }

    public async Task<Result> RemoveRoomAsync(ClaimsPrincipal user, string slug, int revision, Guid roomId, CancellationToken cancellationToken)
    {
        if (await managers.FindManagedAsync(user, slug, cancellationToken) is not { } ev)
        {
            return Result.NotFound();
        }
        return await copies.ChangeAsync(ev, revision, draft =>
        {
            var used = draft.Sessions.Where(s => s.RoomId == roomId).Select(s => $"\"{s.Title}\"").ToList();
            if (used.Count > 0)
            {
                return Result.Invalid($"The room is used by {string.Join(", ", used)}: move those sessions to another room first.");
            }
            draft.Rooms.RemoveAll(r => r.Id == roomId);
            return Result.Success();
        }, cancellationToken);
    }

    public async Task<Result> SaveSessionAsync(ClaimsPrincipal user, string slug, SessionForm form, CancellationToken cancellationToken)
    {
        if (await managers.FindManagedAsync(user, slug, cancellationToken) is not { } ev)
        {
            return Result.NotFound();
        }
        var errors = new ErrorList();
        if (form.Day is { } day && (day < ev.StartsOn || day > ev.EndsOn))
        {
            errors.Add(nameof(form.Day), $"The day must be one of the event's days ({ev.StartsOn:yyyy-MM-dd} to {ev.EndsOn:yyyy-MM-dd}).");
        }
        if (form.Starts >= form.Ends)
        {
            errors.Add(nameof(form.Ends), "The session must end after it starts (times of one day).");
        }
        if (errors.Any)
        {
            return errors.ToResult();
        }
        return await copies.ChangeAsync(ev, form.Revision, draft =>
        {
            if (form.RoomId is { } roomId && draft.Rooms.All(r => r.Id != roomId))
            {
                return Result.Invalid(nameof(form.RoomId), "That room is no longer in the program; choose another.");
            }
            var session = form.Id is { } id ? draft.Sessions.FirstOrDefault(s => s.Id == id) : new DraftSession();
            if (session is null)
            {
                return Result.Invalid("That session is no longer in the program (someone removed it).");
            }
            if (form.Id is null)
            {
                draft.Sessions.Add(session);
            }
            session.Kind = form.Kind;
            session.Title = form.Title.Trim();
            session.RoomId = form.RoomId;
            (session.Day, session.Starts, session.Ends) = (form.Day!.Value, form.Starts!.Value, form.Ends!.Value);
            (session.Chair, session.Description) = (Blank(form.Chair), Blank(form.Description));
            return Result.Success();
        }, cancellationToken);
    }

    /// <summary>Removes a session and its items; the abstracts it held are listed as not placed again.</summary>
    public async Task<Result> RemoveSessionAsync(ClaimsPrincipal user, string slug, int revision, Guid sessionId, CancellationToken cancellationToken)
    {
        if (await managers.FindManagedAsync(user, slug, cancellationToken) is not { } ev)
        {
            return Result.NotFound();
        }
        return await copies.ChangeAsync(ev, revision, draft =>
        {
            draft.Sessions.RemoveAll(s => s.Id == sessionId);
            return Result.Success();
        }, cancellationToken);
    }

    internal static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
