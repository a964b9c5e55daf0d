namespace DeepMath.Web.Modules.Reviewing.Domain;

/// <summary>A reviewer's bid on one submission; a reviewer has at most one per submission.</summary>
public sealed class Bid
{
    public Guid ReviewerId { get; init; }
    public Guid SubmissionId { get; init; }
    public BidValue Value { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
