using System.Security.Claims;
using DeepMath.Web.Infrastructure.Results;
using DeepMath.Web.Infrastructure.Web;
using DeepMath.Web.Modules.Events.Authorization;
using DeepMath.Web.Modules.Events.Data;
using DeepMath.Web.Modules.Events.Domain;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Modules.Events.Speakers;

public sealed record SpeakerRow(Guid Id, string Name, string? Affiliation, bool HasPhoto);

public sealed record SpeakerTalk(string Slug, string Title, DateOnly StartsOn);

public sealed record SpeakerProfile(Guid Id, string Name, string? Affiliation, string BiographyMarkdown, string? Homepage, bool HasPhoto,
    IReadOnlyList<SpeakerTalk> Talks, bool CanEdit);

/// <summary>Speaker profiles: listed and kept by organizers, shown to everyone with the speaker's talks.</summary>
public sealed class SpeakersHandler(IEventsData db, SeriesAccess access, TimeProvider clock)
{
    public Task<bool> MayEditAsync(ClaimsPrincipal user, CancellationToken cancellationToken) => access.IsAnyOrganizerAsync(user, cancellationToken);

    public async Task<IReadOnlyList<SpeakerRow>> ListAsync(CancellationToken cancellationToken) =>
        await db.Speakers.AsNoTracking().OrderBy(s => s.Name)
            .Select(s => new SpeakerRow(s.Id, s.Name, s.Affiliation, s.PhotoContentType != null)).ToListAsync(cancellationToken);

    public async Task<SpeakerProfile?> FindAsync(ClaimsPrincipal user, Guid id, CancellationToken cancellationToken)
    {
        var s = await db.Speakers.AsNoTracking().Where(x => x.Id == id)
            .Select(x => new { x.Id, x.Name, x.Affiliation, x.BiographyMarkdown, x.Homepage, HasPhoto = x.PhotoContentType != null })
            .SingleOrDefaultAsync(cancellationToken);
        if (s is null)
        {
            return null;
        }
        var talks = await db.Events.AsNoTracking().Where(e => e.SpeakerId == id).OrderByDescending(e => e.StartsOn)
            .Select(e => new SpeakerTalk(e.Slug, e.Title, e.StartsOn)).ToListAsync(cancellationToken);
        return new SpeakerProfile(s.Id, s.Name, s.Affiliation, s.BiographyMarkdown, s.Homepage, s.HasPhoto, talks, await MayEditAsync(user, cancellationToken));
    }

    public async Task<StoredPhoto?> PhotoAsync(Guid id, CancellationToken cancellationToken)
    {
        var photo = await db.Speakers.AsNoTracking().Where(s => s.Id == id && s.Photo != null)
            .Select(s => new { s.Photo, s.PhotoContentType }).SingleOrDefaultAsync(cancellationToken);
        return photo is null ? null : new StoredPhoto(photo.Photo!, photo.PhotoContentType!);
    }

    /// <summary>Creates (<paramref name="id"/> null) or saves a profile; a photo that is not a PNG or JPEG within the limit is refused and nothing is saved.</summary>
    /// <returns>The profile's id.</returns>
    public async Task<Result<Guid>> SaveAsync(ClaimsPrincipal user, Guid? id, SpeakerForm form, IFormFile? photo, CancellationToken cancellationToken)
    {
        if (!await MayEditAsync(user, cancellationToken))
        {
            return Result<Guid>.Forbidden();
        }
        var speaker = id is null ? null : await db.Speakers.SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (id is not null && speaker is null)
        {
            return Result<Guid>.NotFound();
        }
        byte[]? bytes = null;
        string? contentType = null;
        if (photo is not null)
        {
            if (photo.Length == 0)
            {
                return Result<Guid>.Invalid("photo", "The photo file is empty. Choose the PNG or JPEG file again.");
            }
            if (photo.Length > Speaker.PhotoMaxBytes)
            {
                return Result<Guid>.Invalid("photo", $"The photo has {RequestLimits.MiB(photo.Length)}; at most {RequestLimits.MiB(Speaker.PhotoMaxBytes)} is accepted. Make it smaller and send it again.");
            }
            using var buffer = new MemoryStream();
            await photo.CopyToAsync(buffer, cancellationToken);
            bytes = buffer.ToArray();
            contentType = SpeakerPhoto.ContentTypeOf(bytes);
            if (contentType is null)
            {
                return Result<Guid>.Invalid("photo", "The photo is not a PNG or JPEG image. Save it as .png or .jpg and send it again.");
            }
        }
        var now = clock.GetUtcNow();
        if (speaker is null)
        {
            speaker = new Speaker { Name = form.Name.Trim(), CreatedAt = now };
            db.Speakers.Add(speaker);
        }
        speaker.Name = form.Name.Trim();
        speaker.Affiliation = string.IsNullOrWhiteSpace(form.Affiliation) ? null : form.Affiliation.Trim();
        speaker.BiographyMarkdown = form.Biography ?? string.Empty;
        speaker.Homepage = string.IsNullOrWhiteSpace(form.Homepage) ? null : form.Homepage.Trim();
        speaker.UpdatedAt = now;
        if (bytes is not null)
        {
            speaker.Photo = bytes;
            speaker.PhotoContentType = contentType;
        }
        else if (form.RemovePhoto)
        {
            speaker.Photo = null;
            speaker.PhotoContentType = null;
        }
        await db.SaveChangesAsync(cancellationToken);
        return speaker.Id;
    }

    public async Task<SpeakerForm?> FormAsync(Guid id, CancellationToken cancellationToken) =>
        await db.Speakers.AsNoTracking().Where(s => s.Id == id)
            .Select(s => new SpeakerForm { Name = s.Name, Affiliation = s.Affiliation, Biography = s.BiographyMarkdown, Homepage = s.Homepage })
            .SingleOrDefaultAsync(cancellationToken);
}
