namespace DeepMath.Web.Modules.Reviewing.Domain;

/// <summary>
/// A reviewer's change to the conflict fields of their profile (affiliations, e-mail domains, declared people and
/// institutions) made after the call closed. It does not change what the reviewer sees: it goes to the organizers
/// as declared conflicts to act on, so that nobody can find out who wrote an abstract by guessing and watching it vanish.
/// </summary>
public sealed class ProfileChange
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid CallId { get; init; }

    /// <summary>The committee membership (<see cref="Reviewer.Id"/>).</summary>
    public Guid ReviewerId { get; init; }
    public DateTimeOffset RequestedAt { get; set; }
    public List<string> Affiliations { get; set; } = [];
    public List<string> EmailDomains { get; set; } = [];
    public List<string> DeclaredPeople { get; set; } = [];
    public List<string> DeclaredInstitutions { get; set; } = [];
    public ProfileChangeState State { get; set; }
    public string? DecidedBy { get; set; }
    public DateTimeOffset? DecidedAt { get; set; }
}
