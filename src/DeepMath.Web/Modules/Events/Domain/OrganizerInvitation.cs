namespace DeepMath.Web.Modules.Events.Domain;

/// <summary>
/// An organizer named by an address that has no account yet: the e-mail carries a secret link; whoever opens it
/// signed in (having made the account, with that address confirmed) becomes an organizer. Only the token's hash is kept.
/// </summary>
public sealed class OrganizerInvitation
{
    public const int EmailMaxLength = 256;

    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid EventId { get; init; }
    public required string Email { get; init; }
    public required string TokenHash { get; init; }
    public required string InvitedByUserId { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset? AcceptedAt { get; set; }
    public string? AcceptedByUserId { get; set; }
}
