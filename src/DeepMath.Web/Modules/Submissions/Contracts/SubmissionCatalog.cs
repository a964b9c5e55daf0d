using DeepMath.Web.Modules.Submissions.Data;
using DeepMath.Web.Modules.Submissions.Domain;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Modules.Submissions.Contracts;

/// <summary>A row of a call's list of submissions, composable in another module's query (sorted, joined, paged in SQL).</summary>
public sealed class SubmissionListing
{
    public Guid Id { get; init; }
    public Guid CallId { get; init; }
    public int Number { get; init; }
    public string Title { get; init; } = string.Empty;
    public List<string> Topics { get; init; } = [];
    public List<string> Disciplines { get; init; } = [];
    public SubmissionState State { get; init; }
    public FormatExceptionState? ExceptionState { get; init; }
}

/// <summary>One submission in full, with its ordered authors (the first presents).</summary>
public sealed record SubmissionDetails(Guid Id, Guid CallId, int Number, string Title, string Abstract, string OwnerId, SubmissionState State,
    IReadOnlyList<string> Topics, IReadOnlyList<AuthorDetails> Authors);

/// <summary>The Submissions module's public face for decisions: a call's submitted and withdrawn abstracts and their authors.</summary>
public sealed class SubmissionCatalog(ISubmissionsData db)
{
    /// <summary>Every submission of a call that was ever submitted (drafts are not candidates for a decision).</summary>
    public IQueryable<SubmissionListing> InCall(Guid callId) =>
        Listed(db.Submissions.AsNoTracking().IgnoreAutoIncludes().Where(s => s.CallId == callId && s.State != SubmissionState.Draft));

    /// <summary>The abstracts of a call under review: submitted, and held back by nothing (see <see cref="ReviewHold"/>).</summary>
    public IQueryable<SubmissionListing> UnderReview(Guid callId) =>
        Listed(db.Submissions.AsNoTracking().IgnoreAutoIncludes().Where(s => s.CallId == callId).OpenToReview(db.SubmissionPdfs));

    private static IQueryable<SubmissionListing> Listed(IQueryable<Submission> submissions) =>
        submissions.Select(s => new SubmissionListing
            {
                Id = s.Id, CallId = s.CallId, Number = s.Number, Title = s.Title, Topics = s.Topics, Disciplines = s.Disciplines,
                State = s.State, ExceptionState = s.ExceptionState,
            });

    /// <summary>The ordered authors of each of <paramref name="ids"/>, in one query.</summary>
    public async Task<IReadOnlyDictionary<Guid, IReadOnlyList<AuthorDetails>>> AuthorsAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken = default)
    {
        var rows = await db.Submissions.AsNoTracking().IgnoreAutoIncludes()
            .Where(s => ids.Contains(s.Id))
            .Select(s => new { s.Id, Authors = s.Authors.OrderBy(a => a.Position).Select(a => new AuthorDetails(a.Name, a.Email, a.Affiliation)).ToList() })
            .ToListAsync(cancellationToken);
        return rows.ToDictionary(r => r.Id, r => (IReadOnlyList<AuthorDetails>)r.Authors);
    }

    /// <summary>Submissions in full: those of <paramref name="ids"/> when given, else every submitted one of the call.</summary>
    public async Task<IReadOnlyList<SubmissionDetails>> DetailsAsync(Guid callId, IReadOnlyCollection<Guid>? ids = null, CancellationToken cancellationToken = default)
    {
        var query = db.Submissions.AsNoTracking().Where(s => s.CallId == callId && s.State != SubmissionState.Draft);
        if (ids is not null)
        {
            query = query.Where(s => ids.Contains(s.Id));
        }
        var rows = await query.OrderBy(s => s.Number).ToListAsync(cancellationToken);
        return [.. rows.Select(ToDetails)];
    }

    /// <summary>Submissions in full by id, in any call (the book of abstracts prints those placed in a program).</summary>
    public async Task<IReadOnlyList<SubmissionDetails>> FindManyAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken = default)
    {
        var rows = await db.Submissions.AsNoTracking().Where(s => ids.Contains(s.Id)).ToListAsync(cancellationToken);
        return [.. rows.Select(ToDetails)];
    }

    public async Task<SubmissionDetails?> FindAsync(Guid id, CancellationToken cancellationToken = default) =>
        await db.Submissions.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, cancellationToken) is { } s ? ToDetails(s) : null;

    private static SubmissionDetails ToDetails(Submission s) =>
        new(s.Id, s.CallId, s.Number, s.Title, s.Abstract, s.OwnerId, s.State, s.Topics,
            [.. s.OrderedAuthors().Select(a => new AuthorDetails(a.Name, a.Email, a.Affiliation))]);
}
