using System.Security.Claims;
using DeepMath.Web.Modules.Accounts.Contracts;
using DeepMath.Web.Modules.Events.Contracts;
using DeepMath.Web.Modules.Program.Data;
using DeepMath.Web.Modules.Registration.Contracts;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Modules.Program.BookDownload;

public enum BookRefusal
{
    None,
    NotSignedIn,
    NotRegistered,
    NotBuiltYet,
}

/// <param name="Pdf">The book, when <paramref name="Refusal"/> is None.</param>
public sealed record BookAnswer(EventInfo Event, BookRefusal Refusal, byte[]? Pdf);

/// <summary>
/// The book of abstracts holds unpublished abstracts, so only the event's registered attendees (a confirmed place)
/// and its organizers may read it; everyone else is told why and what would let them.
/// </summary>
public sealed class DownloadBookQuery(EventCalendar events, EventManagers managers, RegisteredAttendees attendees, IProgramData db)
{
    public async Task<BookAnswer?> FindAsync(string slug, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (await events.FindBySlugAsync(slug, cancellationToken) is not { } ev)
        {
            return null;
        }
        if (user.Identity?.IsAuthenticated != true)
        {
            return new BookAnswer(ev, BookRefusal.NotSignedIn, null);
        }
        if (!await managers.CanManageAsync(user, ev.EventId, cancellationToken)
            && !await attendees.IsRegisteredAsync(ev.EventId, user.UserId(), cancellationToken))
        {
            return new BookAnswer(ev, BookRefusal.NotRegistered, null);
        }
        var pdf = await db.ProgramBooks.AsNoTracking().Where(b => b.EventId == ev.EventId).Select(b => b.Pdf).SingleOrDefaultAsync(cancellationToken);
        return pdf is null ? new BookAnswer(ev, BookRefusal.NotBuiltYet, null) : new BookAnswer(ev, BookRefusal.None, pdf);
    }
}
