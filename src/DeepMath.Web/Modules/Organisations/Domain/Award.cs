namespace DeepMath.Web.Modules.Organisations.Domain;

/// <summary>
/// An award given in one round to one application. An applicant (account, or e-mail address) receives at most
/// one award per round: unique indexes on both keep that even when two organizers decide at once.
/// </summary>
public sealed class Award
{
    public const int TitleMaxLength = 200;

    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid CallId { get; init; }
    public Guid ApplicationId { get; init; }
    public required string ApplicantUserId { get; init; }
    public required string ApplicantEmail { get; init; }
    public required string Title { get; set; }
    public DateTimeOffset AwardedAt { get; init; }
    public required string AwardedBy { get; init; }
}
