namespace DeepMath.Web.Modules.Program.Domain;

public enum BookState
{
    /// <summary>The program or an abstract changed; a build follows a minute after the last change.</summary>
    Queued,
    Building,
    Built,
    Failed,
}

/// <summary>
/// An event's book of abstracts: the last PDF built, and what the background build is doing now. One row per event.
/// The PDF stays downloadable while a newer one is queued or building, and after a failed build.
/// </summary>
public sealed class ProgramBook
{
    public const int StepMaxLength = 300;
    public const int FailureMaxLength = 4000;

    public Guid EventId { get; init; }
    public BookState State { get; set; }

    /// <summary>Hash of the book's input (release, titles, authors, abstracts, event) as last seen by the sweep.</summary>
    public string? SeenHash { get; set; }

    /// <summary>When <see cref="SeenHash"/> was first seen: the build waits a minute after the last change.</summary>
    public DateTimeOffset? SeenAt { get; set; }

    /// <summary>Hash of the input the last build started on: a failed build is not retried until the input changes.</summary>
    public string? AttemptedHash { get; set; }

    /// <summary>The step the build is on, "n of m: what", for the organizers' page.</summary>
    public string? Step { get; set; }
    public DateTimeOffset? StartedAt { get; set; }
    public string? Failure { get; set; }

    /// <summary>Hash of the input <see cref="Pdf"/> was built from; equal to <see cref="SeenHash"/> when up to date.</summary>
    public string? BuiltHash { get; set; }
    public byte[]? Pdf { get; set; }
    public int Pages { get; set; }
    public int Abstracts { get; set; }
    public int ReleaseVersion { get; set; }
    public DateTimeOffset? BuiltAt { get; set; }
    public double BuildSeconds { get; set; }

    /// <summary>The abstracts printed as their source text and why, as JSON (a list of key, title, reason).</summary>
    public string Problems { get; set; } = "[]";
}
