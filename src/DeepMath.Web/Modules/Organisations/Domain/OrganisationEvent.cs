namespace DeepMath.Web.Modules.Organisations.Domain;

/// <summary>
/// An event in DeepMath that an organisation runs or supports. Kept here, not as a column of the event, so that
/// the Events module knows nothing of organisations and one event may belong to several.
/// </summary>
public sealed class OrganisationEvent
{
    public Guid OrganisationId { get; init; }
    public Guid EventId { get; init; }
}
