namespace DeepMath.Web.Modules.Organisations.Domain;

/// <summary>Names an account as a manager of one organisation, as <c>EventOrganizer</c> does for an event.</summary>
public sealed class OrganisationManager
{
    public Guid OrganisationId { get; init; }
    public required string UserId { get; init; }
    public DateTimeOffset AddedAt { get; init; }
}
