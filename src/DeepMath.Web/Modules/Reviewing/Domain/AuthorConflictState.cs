namespace DeepMath.Web.Modules.Reviewing.Domain;

/// <summary>
/// Whether an author-declared conflict holds. Declared before the submission deadline it holds at once; declared
/// later (review may be under way) it is a request that organizers grant (then it holds) or refuse.
/// </summary>
public enum AuthorConflictState
{
    Holds = 0,
    Requested = 1,
    Refused = 2,
}
