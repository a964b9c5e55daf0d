namespace DeepMath.Web.Modules.Reviewing.Assigned;

/// <summary>Where a reviewer's review of one assigned abstract stands, as their list shows it.</summary>
public enum ReviewProgressState
{
    NotStarted,
    Draft,
    Submitted,

    /// <summary>Not submitted, and the deadline has passed.</summary>
    Late,
}

public static class ReviewProgressStates
{
    public static ReviewProgressState Of(bool exists, bool submitted, bool overdue) =>
        submitted ? ReviewProgressState.Submitted : overdue ? ReviewProgressState.Late : exists ? ReviewProgressState.Draft : ReviewProgressState.NotStarted;

    public static string Label(ReviewProgressState state) => state switch
    {
        ReviewProgressState.NotStarted => "Not started",
        ReviewProgressState.Draft => "Draft",
        ReviewProgressState.Submitted => "Submitted",
        _ => "Late",
    };

    /// <summary>A Bootstrap badge colour that says the same as the word (the word is what counts).</summary>
    public static string Badge(ReviewProgressState state) => state switch
    {
        ReviewProgressState.Submitted => "text-bg-success",
        ReviewProgressState.Late => "text-bg-danger",
        ReviewProgressState.Draft => "text-bg-warning",
        _ => "text-bg-secondary",
    };
}
