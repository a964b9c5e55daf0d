namespace DeepMath.Assignment;

/// <summary>The instance is inconsistent (unknown ids, duplicate ids, negative loads, ...).</summary>
public sealed class AssignmentInputException : Exception
{
    public AssignmentInputException(string message)
        : base(message)
    {
    }

    public AssignmentInputException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
