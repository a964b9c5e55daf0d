using DeepMath.Web.Modules.Events.Contracts;
using DeepMath.Web.Modules.Reviewing.Authorization;
using DeepMath.Web.Modules.Reviewing.Domain;
using DeepMath.Web.Modules.Submissions.Contracts;

namespace DeepMath.Web.Modules.Reviewing.Assignments;

/// <summary>
/// Everything assignment decisions are made from, read at one moment: the committee, the submitted abstracts,
/// the conflicts that hold, the bids and the assignments already made.
/// </summary>
public sealed class AssignmentState(CallInfo call, IReadOnlyList<Reviewer> reviewers, CallConflicts.Findings findings,
    IReadOnlyList<Bid> bids, IReadOnlyList<ReviewerAssignment> assignments, IReadOnlyDictionary<Guid, string> names)
{
    private readonly ILookup<(Guid ReviewerId, Guid SubmissionId), Conflict> _holding =
        findings.Conflicts.Where(c => c.Holds).ToLookup(c => (c.ReviewerId, c.SubmissionId));
    private readonly Dictionary<(Guid ReviewerId, Guid SubmissionId), BidValue> _bids = bids.ToDictionary(b => (b.ReviewerId, b.SubmissionId), b => b.Value);

    public CallInfo Call => call;
    public IReadOnlyList<Reviewer> Reviewers => reviewers;
    public IReadOnlyList<SubmissionWithAuthors> Submissions => findings.Submissions;
    public IReadOnlyList<Bid> Bids => bids;

    private readonly HashSet<Guid> _submitted = [.. findings.Submissions.Select(s => s.Id)];
    private readonly HashSet<Guid> _members = [.. reviewers.Select(r => r.Id)];

    /// <summary>Assignments of submitted abstracts to current committee members (a withdrawn abstract's stay in the table, out of the way).</summary>
    public IReadOnlyList<ReviewerAssignment> Assignments => _assigned ??= [.. assignments.Where(a => _submitted.Contains(a.SubmissionId) && _members.Contains(a.ReviewerId))];

    private List<ReviewerAssignment>? _assigned;
    private HashSet<(Guid ReviewerId, Guid SubmissionId)>? _pairs;
    private Dictionary<Guid, int>? _loads;

    /// <summary>Reviewer display names, for organizers' eyes only.</summary>
    public string NameOf(Guid reviewerId) => names.GetValueOrDefault(reviewerId, "(account removed)");

    public IReadOnlyList<Conflict> ConflictsOf(Guid reviewerId, Guid submissionId) => [.. _holding[(reviewerId, submissionId)]];

    public BidValue? BidOf(Guid reviewerId, Guid submissionId) => _bids.TryGetValue((reviewerId, submissionId), out var bid) ? bid : null;

    public bool IsAssigned(Guid reviewerId, Guid submissionId) =>
        (_pairs ??= [.. Assignments.Select(a => (a.ReviewerId, a.SubmissionId))]).Contains((reviewerId, submissionId));

    public int LoadOf(Guid reviewerId) =>
        (_loads ??= Assignments.GroupBy(a => a.ReviewerId).ToDictionary(g => g.Key, g => g.Count())).GetValueOrDefault(reviewerId);

    public bool IsSubmitted(Guid submissionId) => _submitted.Contains(submissionId);

    public Reviewer? Member(Guid reviewerId) => Reviewers.FirstOrDefault(r => r.Id == reviewerId);

    /// <summary>
    /// The load a reviewer who stated no maximum takes at most: the fair share of the reviews wanted,
    /// rounded up, so that the work spreads instead of falling on whoever left the field empty.
    /// </summary>
    public int DefaultMaxLoad => Reviewers.Count == 0 ? 0 : Math.Max(1, (int)Math.Ceiling((double)Call.ReviewsPerSubmission * Submissions.Count / Reviewers.Count));

    public int MaxLoadOf(Reviewer reviewer) => reviewer.MaxLoad ?? DefaultMaxLoad;
}
