using System.Security.Claims;
using DeepMath.Web.Infrastructure.Results;
using DeepMath.Web.Modules.Events.Contracts;
using DeepMath.Web.Modules.Program.Contracts;
using DeepMath.Web.Modules.Program.Domain;

namespace DeepMath.Web.Modules.Program.Editor;

/// <summary>The items of the working copy's sessions: placing abstracts and posters, invited talks, panels, free items, moving and removing.</summary>
public sealed class ItemsHandler(EventManagers managers, WorkingCopies copies, AcceptedAbstracts accepted, SpeakerProfiles speakers)
{
    private const string GoneSession = "That session is no longer in the program (someone removed it).";
    private const string GoneItem = "That item is no longer in the program (someone removed it).";

    public async Task<Result> PlaceAsync(ClaimsPrincipal user, string slug, PlaceForm form, CancellationToken cancellationToken)
    {
        if (await managers.FindManagedAsync(user, slug, cancellationToken) is not { } ev)
        {
            return Result.NotFound();
        }
        var abstracts = await accepted.ForEventAsync(ev.EventId, cancellationToken);
        if (abstracts.FirstOrDefault(a => a.SubmissionId == form.SubmissionId) is not { } chosen)
        {
            return Result.Invalid("That abstract is not accepted (any more), so it cannot be placed.");
        }
        return await copies.ChangeAsync(ev, form.Revision, draft =>
        {
            if (draft.PlacedSubmissions.Contains(chosen.SubmissionId))
            {
                return Result.Invalid($"Abstract #{chosen.Number} is already placed; move it instead.");
            }
            if (draft.Sessions.FirstOrDefault(s => s.Id == form.SessionId) is not { } session)
            {
                return Result.Invalid(GoneSession);
            }
            Insert(session, AcceptedAbstracts.ItemFor(chosen, session, form.Minutes), form.Position);
            return Result.Success();
        }, cancellationToken);
    }

    public async Task<Result> AddInvitedTalkAsync(ClaimsPrincipal user, string slug, InvitedTalkForm form, CancellationToken cancellationToken)
    {
        var person = new ProgramPerson(PersonRole.Speaker, form.Speaker?.Trim() ?? string.Empty, SessionsHandler.Blank(form.Affiliation), SessionsHandler.Blank(form.Email), null);
        var biography = SessionsHandler.Blank(form.Biography);
        if (form.SpeakerId is { } speakerId)
        {
            // The profile is the speaker: its name, affiliation and biography, reused across events and kept up to date at each release.
            if (await speakers.FindAsync(speakerId, cancellationToken) is not { } profile)
            {
                return Result.Invalid(nameof(form.SpeakerId), "That speaker profile no longer exists: choose another, or type the speaker's name.");
            }
            person = person with { Name = profile.Name, Affiliation = profile.Affiliation };
            biography = SessionsHandler.Blank(profile.BiographyMarkdown);
        }
        return await AddAsync(user, slug, form.Revision, form.SessionId, new DraftItem
        {
            Kind = ItemKind.InvitedTalk, Title = form.Title.Trim(), Minutes = form.Minutes, People = [person],
            Abstract = SessionsHandler.Blank(form.Abstract), Biography = biography, SpeakerId = form.SpeakerId,
        }, cancellationToken);
    }

    public Task<Result> AddPanelAsync(ClaimsPrincipal user, string slug, PanelForm form, CancellationToken cancellationToken)
    {
        var panelists = form.Panelists.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => line.Split(',', 2, StringSplitOptions.TrimEntries))
            .Select(parts => new ProgramPerson(PersonRole.Panelist, parts[0], parts.Length > 1 ? SessionsHandler.Blank(parts[1]) : null, null, null));
        return AddAsync(user, slug, form.Revision, form.SessionId, new DraftItem
        {
            Kind = ItemKind.Panel, Title = form.Title.Trim(), Minutes = form.Minutes,
            People = [new ProgramPerson(PersonRole.Moderator, form.Moderator.Trim(), SessionsHandler.Blank(form.ModeratorAffiliation), null, null), .. panelists],
        }, cancellationToken);
    }

    public Task<Result> AddFreeItemAsync(ClaimsPrincipal user, string slug, FreeItemForm form, CancellationToken cancellationToken) =>
        AddAsync(user, slug, form.Revision, form.SessionId, new DraftItem { Kind = ItemKind.Free, Title = form.Title.Trim(), Minutes = form.Minutes }, cancellationToken);

    public async Task<Result> MoveAsync(ClaimsPrincipal user, string slug, MoveForm form, CancellationToken cancellationToken)
    {
        if (await managers.FindManagedAsync(user, slug, cancellationToken) is not { } ev)
        {
            return Result.NotFound();
        }
        return await copies.ChangeAsync(ev, form.Revision, draft =>
        {
            var from = draft.SessionOf(form.ItemId);
            var to = draft.Sessions.FirstOrDefault(s => s.Id == form.SessionId);
            if (from is null || to is null)
            {
                return Result.Invalid(from is null ? GoneItem : GoneSession);
            }
            var item = from.Items.Single(i => i.Id == form.ItemId);
            from.Items.Remove(item);
            if (from != to && item.SubmissionId is not null)
            {
                // A talk moved to a poster session becomes a poster there, and back.
                var poster = to.Kind == SessionKind.PosterSession;
                item.Kind = poster ? ItemKind.Poster : ItemKind.Talk;
                item.Minutes = poster ? null : item.Minutes ?? 20;
                item.BoardNumber = poster ? to.Items.Max(i => i.BoardNumber) + 1 ?? 1 : null;
            }
            Insert(to, item, form.Position);
            return Result.Success();
        }, cancellationToken);
    }

    public async Task<Result> ChangeItemAsync(ClaimsPrincipal user, string slug, ItemChangeForm form, CancellationToken cancellationToken)
    {
        if (await managers.FindManagedAsync(user, slug, cancellationToken) is not { } ev)
        {
            return Result.NotFound();
        }
        return await copies.ChangeAsync(ev, form.Revision, draft =>
        {
            if (draft.SessionOf(form.ItemId) is not { } session)
            {
                return Result.Invalid(GoneItem);
            }
            var item = session.Items.Single(i => i.Id == form.ItemId);
            if (form.Remove)
            {
                session.Items.Remove(item);
            }
            else if (item.Kind != ItemKind.Poster)
            {
                item.Minutes = form.Minutes;
            }
            return Result.Success();
        }, cancellationToken);
    }

    public async Task<Result<int>> PlacePostersAsync(ClaimsPrincipal user, string slug, PostersForm form, CancellationToken cancellationToken)
    {
        if (await managers.FindManagedAsync(user, slug, cancellationToken) is not { } ev)
        {
            return Result<int>.NotFound();
        }
        var posters = (await accepted.ForEventAsync(ev.EventId, cancellationToken)).Where(a => a.IsPoster).ToList();
        var placed = 0;
        var result = await copies.ChangeAsync(ev, form.Revision, draft =>
        {
            if (draft.Sessions.FirstOrDefault(s => s.Id == form.SessionId) is not { Kind: SessionKind.PosterSession } session)
            {
                return Result.Invalid(nameof(form.SessionId), "Choose a poster session for the posters.");
            }
            var already = draft.PlacedSubmissions;
            foreach (var poster in posters.Where(p => !already.Contains(p.SubmissionId)))
            {
                session.Items.Add(AcceptedAbstracts.ItemFor(poster, session, null));
                placed++;
            }
            PosterBoards.Number(session, form.Order);
            return Result.Success();
        }, cancellationToken);
        return result.Succeeded ? placed : Result<int>.Invalid(result.Errors);
    }

    private async Task<Result> AddAsync(ClaimsPrincipal user, string slug, int revision, Guid sessionId, DraftItem item, CancellationToken cancellationToken)
    {
        if (await managers.FindManagedAsync(user, slug, cancellationToken) is not { } ev)
        {
            return Result.NotFound();
        }
        return await copies.ChangeAsync(ev, revision, draft =>
        {
            if (draft.Sessions.FirstOrDefault(s => s.Id == sessionId) is not { } session)
            {
                return Result.Invalid(GoneSession);
            }
            session.Items.Add(item);
            return Result.Success();
        }, cancellationToken);
    }

    private static void Insert(DraftSession session, DraftItem item, int? position) =>
        session.Items.Insert(Math.Clamp(position ?? session.Items.Count, 0, session.Items.Count), item);
}
