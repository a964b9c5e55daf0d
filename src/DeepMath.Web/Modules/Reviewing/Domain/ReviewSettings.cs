using DeepMath.Web.Modules.Reviewing.Contracts;

namespace DeepMath.Web.Modules.Reviewing.Domain;

/// <summary>
/// How a call is reviewed, kept by the Reviewing module for the call (one row per call, created
/// on first save; absent means the defaults).
/// </summary>
public sealed class ReviewSettings
{
    public Guid CallId { get; init; }

    /// <summary>Reviews are due by the end of this day in the call's zone; null while the organizers have not set it.</summary>
    public DateOnly? ReviewsDueOn { get; set; }

    /// <summary>Bidding ends as this day begins in the call's zone; null: it ends when reviews are due, else at notification.</summary>
    public DateOnly? BiddingClosesOn { get; set; }

    public ReviewForm Form { get; set; } = ReviewForm.Default;

    /// <summary>Days after an unanswered invitation (or its last reminder) before a reminder goes out.</summary>
    public int InvitationReminderDays { get; set; } = DefaultInvitationReminderDays;

    /// <summary>Whether a reviewer who has submitted their own review may read the other submitted reviews of the same abstract.</summary>
    public bool ReviewersSeeOtherReviews { get; set; } = true;

    /// <summary>The load a reviewer's profile starts from; null: the fair share of the reviews wanted.</summary>
    public int? DefaultMaxLoad { get; set; }

    public DateTimeOffset? UpdatedAt { get; set; }
    public string? UpdatedBy { get; set; }

    public const int DefaultInvitationReminderDays = 3;
}
