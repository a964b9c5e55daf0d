using DeepMath.AbstractFormat;
using DeepMath.Web.Modules.Events.Data;
using DeepMath.Web.Modules.Events.Domain;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Modules.Events.Contracts;

/// <summary>What an award round needs to be created: its event's names and the call's dates and lists.</summary>
public sealed record AwardRoundRequest(string Title, string Slug, string CallTitle, string DescriptionMarkdown, DateOnly OpensOn, DateOnly ClosesOn,
    DateOnly DecidedOn, string TimeZoneId, IReadOnlyList<string> Topics, IReadOnlyList<string> Disciplines, IReadOnlyList<string> OrganizerUserIds);

public sealed record AwardRoundCreated(Guid EventId, Guid CallId, string Slug);

/// <summary>
/// Creates an award round for another module (Organisations): an event of kind <see cref="EventKind.Award"/> with
/// one call whose submissions are applications, so that the review machinery works on them unchanged.
/// </summary>
public sealed class AwardRounds(IEventsData db, TimeProvider clock)
{
    /// <summary>
    /// The rules a thesis is checked against: no page limit, no template, not anonymous (the committee must know
    /// who applies), any paper size, margins and font. The file-size limit and the checker's safety limits stay.
    /// </summary>
    public static FormatRules Rules { get; } = FormatRules.Default with
    {
        MaxFileBytes = CallRules.MaxFileMiB * 1024L * 1024,
        MaxPages = 2000,
        LayoutPages = 3,
        ReferencesOnlyFromPage = null,
        TemplateKey = null,
        CheckAnonymity = false,
        WarnOnAcknowledgments = false,
        PageSizeTolerance = CallRules.MaxPaperPoints,
        MarginLeft = 0,
        MarginRight = 0,
        MarginTop = 0,
        MarginBottom = 0,
        MarginTolerance = 0,
        MinBodyFontSize = CallRules.MinFontSize,
        FontSizeTolerance = CallRules.MinFontSize,
    };

    public async Task<bool> SlugTakenAsync(string slug, CancellationToken cancellationToken = default) =>
        await db.Events.AnyAsync(e => e.Slug == slug, cancellationToken);

    public async Task<AwardRoundCreated> CreateAsync(AwardRoundRequest request, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var ev = new Event
        {
            Kind = EventKind.Award, Title = request.Title, Slug = request.Slug, TimeZoneId = request.TimeZoneId, CreatedAt = now,
            DescriptionMarkdown = request.DescriptionMarkdown, StartsOn = request.DecidedOn, EndsOn = request.DecidedOn,
        };
        var call = new Call
        {
            EventId = ev.Id, Title = request.CallTitle, OpensOn = request.OpensOn, ClosesOn = request.ClosesOn, NotificationOn = request.DecidedOn,
            Topics = [.. request.Topics], Disciplines = [.. request.Disciplines], DoubleBlind = false, FormatRules = Rules, Template = TemplateChoice.None,
        };
        db.Events.Add(ev);
        db.Calls.Add(call);
        db.EventOrganizers.AddRange(request.OrganizerUserIds.Distinct().Select(id => new EventOrganizer { EventId = ev.Id, UserId = id, AddedAt = now }));
        await db.SaveChangesAsync(cancellationToken);
        return new AwardRoundCreated(ev.Id, call.Id, ev.Slug);
    }

    /// <summary>Names an account as an organizer of the round's event too, so that it can run the committee's review pages.</summary>
    public async Task AddOrganizerAsync(Guid eventId, string userId, CancellationToken cancellationToken = default)
    {
        if (!await db.EventOrganizers.AnyAsync(o => o.EventId == eventId && o.UserId == userId, cancellationToken))
        {
            db.EventOrganizers.Add(new EventOrganizer { EventId = eventId, UserId = userId, AddedAt = clock.GetUtcNow() });
            await db.SaveChangesAsync(cancellationToken);
        }
    }
}
