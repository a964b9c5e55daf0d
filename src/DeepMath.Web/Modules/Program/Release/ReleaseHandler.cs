using System.Security.Claims;
using DeepMath.Web.Infrastructure.Email;
using DeepMath.Web.Infrastructure.Results;
using DeepMath.Web.Modules.Events.Contracts;
using DeepMath.Web.Modules.Program.Changes;
using DeepMath.Web.Modules.Program.Contracts;
using DeepMath.Web.Modules.Program.Data;
using DeepMath.Web.Modules.Program.Domain;
using DeepMath.Web.Modules.Program.Editor;
using DeepMath.Web.Modules.Program.Emails;
using DeepMath.Web.Modules.Program.Rules;
using DeepMath.Web.Modules.Registration.Contracts;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Modules.Program.Release;

/// <summary>
/// Releases an event's working copy as the next version of its public program, and e-mails each person whose
/// own item is new, moved or cancelled by it (through the outbox, in the release's transaction).
/// </summary>
public sealed class ReleaseHandler(IProgramData db, EventManagers managers, WorkingCopies copies, RegistrationCounts registrations,
    ProgramReleases releases, IOutbox outbox, LinkBuilder links, TimeProvider clock, SpeakerProfiles speakers)
{
    public async Task<Result<ReleasePage>> PreviewAsync(ClaimsPrincipal user, string slug, ReleaseForm? form, CancellationToken cancellationToken)
    {
        if (await managers.FindManagedAsync(user, slug, cancellationToken) is not { } ev)
        {
            return Result<ReleasePage>.NotFound();
        }
        var copy = await copies.LoadAsync(ev.EventId, cancellationToken);
        await ProfileSpeakers.RefreshAsync(copy.Draft, speakers, cancellationToken);
        var snapshot = SnapshotBuilder.Build(ev.EventId, ev.Zone.Id, copy.Draft);
        var latest = await releases.LatestAsync(ev.EventId, cancellationToken);
        var changes = ReleaseDiff.Between(latest?.Snapshot, snapshot);
        var emails = changes.Sum(c => c.People.Where(p => !string.IsNullOrWhiteSpace(p.Email)).DistinctBy(p => p.Email!.Trim().ToLowerInvariant()).Count());
        form ??= new ReleaseForm { Name = $"Version {(latest?.Version ?? 0) + 1}" };
        form.Revision = copy.Revision;
        return new ReleasePage(ev, copy.Revision, (latest?.Version ?? 0) + 1, changes, ProgramChecks.Clashes(snapshot),
            ProgramChecks.Warnings(snapshot, await registrations.ConfirmedAsync(ev.EventId, cancellationToken)), emails, form);
    }

    /// <returns>What was released: the new version and how many e-mails it queued.</returns>
    public async Task<Result<string>> ReleaseAsync(ClaimsPrincipal user, string slug, ReleaseForm form, CancellationToken cancellationToken)
    {
        if (await managers.FindManagedAsync(user, slug, cancellationToken) is not { } ev)
        {
            return Result<string>.NotFound();
        }
        var copy = await copies.LoadAsync(ev.EventId, cancellationToken);
        if (copy.Revision != form.Revision)
        {
            return Result<string>.Invalid("The working copy changed since you opened this page. Nothing was released: check the changes below again, then release.");
        }
        await ProfileSpeakers.RefreshAsync(copy.Draft, speakers, cancellationToken);
        var snapshot = SnapshotBuilder.Build(ev.EventId, ev.Zone.Id, copy.Draft);
        if (ProgramChecks.Clashes(snapshot) is { Count: > 0 } clashes)
        {
            return Result<string>.Invalid(new Dictionary<string, IReadOnlyList<string>> { [string.Empty] = clashes });
        }
        var latest = await releases.LatestAsync(ev.EventId, cancellationToken);
        var release = new ProgramRelease
        {
            EventId = ev.EventId, Version = (latest?.Version ?? 0) + 1, Name = form.Name.Trim(), Comment = string.IsNullOrWhiteSpace(form.Comment) ? null : form.Comment.Trim(),
            ReleasedAt = clock.GetUtcNow(), ReleasedBy = user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "", Snapshot = snapshot,
        };
        var changesUrl = links.Action<ProgramChangesController>(nameof(ProgramChangesController.Index), new { slug = ev.Slug }, $"release-{release.Version}");
        var mails = ProgramSlotEmail.For(ev.Title, release, ReleaseDiff.Between(latest?.Snapshot, snapshot), changesUrl);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.ProgramReleases.Add(release);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            return Result<string>.Invalid($"Another organizer released version {release.Version} at the same moment. Nothing was released: check the changes again.");
        }
        var queued = await outbox.QueueBatchAsync(mails, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return $"Version {release.Version} is released and public. {queued.Count} presenter e-mail(s) queued.";
    }
}
