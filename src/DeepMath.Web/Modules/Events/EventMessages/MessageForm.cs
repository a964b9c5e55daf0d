using System.ComponentModel.DataAnnotations;

namespace DeepMath.Web.Modules.Events.EventMessages;

public enum MessageGroup
{
    [Display(Name = "Authors of submitted abstracts")]
    Authors = 1,

    [Display(Name = "Presenting authors of accepted abstracts (decision sent)")]
    Presenters = 2,

    [Display(Name = "Reviewers with unfinished reviews")]
    UnfinishedReviewers = 3,

    [Display(Name = "Registered attendees (confirmed)")]
    Attendees = 4,
}

/// <summary>
/// A message to a group. <see cref="MessageId"/> is made when the form is first shown and travels with it, so that
/// sending the same form twice (a double click, a retry after a time-out) queues nothing twice.
/// </summary>
public sealed class MessageForm
{
    public const int SubjectMaxLength = 200;
    public const int BodyMaxLength = 20_000;

    public Guid MessageId { get; set; }

    [Required(ErrorMessage = "Choose who receives the message.")]
    public MessageGroup? Group { get; set; }

    /// <summary>For the authors group: one call, or null for every call of the event.</summary>
    public Guid? CallId { get; set; }

    [Required(ErrorMessage = "Write a subject.")]
    [StringLength(SubjectMaxLength, ErrorMessage = "The subject can have at most {1} characters.")]
    public string Subject { get; set; } = string.Empty;

    [Required(ErrorMessage = "Write the message.")]
    [StringLength(BodyMaxLength, ErrorMessage = "The message can have at most {1} characters.")]
    [Display(Name = "Message")]
    public string Body { get; set; } = string.Empty;
}
