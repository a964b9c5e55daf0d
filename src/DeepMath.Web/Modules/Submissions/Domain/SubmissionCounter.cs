namespace DeepMath.Web.Modules.Submissions.Domain;

/// <summary>The last number handed out in a call; incremented atomically in the database.</summary>
public sealed class SubmissionCounter
{
    public Guid CallId { get; init; }
    public int LastNumber { get; set; }
}
