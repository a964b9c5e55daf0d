namespace DeepMath.Assignment;

/// <summary>A constraint the organizers chose cannot be met; the message names the papers or reviewers and the constraint.</summary>
public sealed class AssignmentInfeasibleException : Exception
{
    public AssignmentInfeasibleException()
    {
    }

    public AssignmentInfeasibleException(string message)
        : base(message)
    {
    }

    public AssignmentInfeasibleException(string message, Exception inner)
        : base(message, inner)
    {
    }

    public AssignmentInfeasibleException(string message, IReadOnlyList<string> problems)
        : base(message) => Problems = problems;

    /// <summary>One line per paper or reviewer that cannot be served, naming it and the constraint.</summary>
    public IReadOnlyList<string> Problems { get; } = [];
}
