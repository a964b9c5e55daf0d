namespace DeepMath.Web.Modules.Reviewing.Domain;

/// <summary>An invitation by e-mail to join a call's review committee, answered through a signed link.</summary>
public sealed class ReviewerInvitation
{
    public const int EmailMaxLength = 256;
    public const int NameMaxLength = 200;

    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid CallId { get; init; }

    /// <summary>Lower-cased.</summary>
    public required string Email { get; init; }
    public string Name { get; set; } = string.Empty;
    public InvitationState State { get; set; }
    public DateTimeOffset InvitedAt { get; init; }
    public string? InvitedBy { get; init; }

    /// <summary>When the invitation or its last reminder was put in the outbox.</summary>
    public DateTimeOffset LastSentAt { get; set; }
    public int RemindersSent { get; set; }

    /// <summary>1 for the first invitation, one more each time organizers invite again after a decline or withdrawal.</summary>
    public int Round { get; set; } = 1;
    public DateTimeOffset? AnsweredAt { get; set; }

    /// <summary>The account that accepted (and became a <see cref="Reviewer"/>).</summary>
    public string? UserId { get; set; }

    public const int MaxReminders = 2;
}
