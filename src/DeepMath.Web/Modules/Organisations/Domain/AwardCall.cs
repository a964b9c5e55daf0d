namespace DeepMath.Web.Modules.Organisations.Domain;

/// <summary>
/// Marks a call as an organisation's award round: its submissions are applications (thesis, CV, supervisor's
/// letter). The call and its event stay the Events module's; reviewing and files reuse the modules that own them.
/// </summary>
public sealed class AwardCall
{
    public const int AwardNameMaxLength = 200;

    public Guid CallId { get; init; }
    public Guid EventId { get; init; }
    public Guid OrganisationId { get; init; }
    public required string AwardName { get; set; }
    public DateTimeOffset CreatedAt { get; init; }
}
