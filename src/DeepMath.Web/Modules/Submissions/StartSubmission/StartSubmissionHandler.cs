using System.ComponentModel.DataAnnotations;
using DeepMath.Web.Infrastructure.Database;
using DeepMath.Web.Modules.Events.Contracts;
using DeepMath.Web.Modules.Submissions.Domain;

namespace DeepMath.Web.Modules.Submissions.StartSubmission;

public sealed class StartSubmissionForm
{
    [Required(ErrorMessage = "Give your abstract a title.")]
    [StringLength(Submission.TitleMaxLength, ErrorMessage = "The title can have at most {1} characters.")]
    public string Title { get; set; } = string.Empty;
}

/// <summary>Creates a draft in an open call. The call's window is checked against the clock at the instant of saving.</summary>
public sealed class StartSubmissionHandler(DeepMathDbContext db, CallSchedule calls, TimeProvider clock)
{
    public sealed record Outcome(Submission? Draft, string? Error);

    public async Task<Outcome> HandleAsync(Guid callId, string ownerId, StartSubmissionForm form, CancellationToken cancellationToken)
    {
        var call = await calls.FindAsync(callId, cancellationToken);
        if (call is null)
        {
            return new(null, null);
        }
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var now = clock.GetUtcNow();
        if (!call.Window.IsOpenAt(now))
        {
            return new(null, ClosedMessage(call, now));
        }
        var draft = new Submission
        {
            CallId = callId,
            Number = await SubmissionNumbers.NextAsync(db, callId, cancellationToken),
            OwnerId = ownerId,
            Title = form.Title.Trim(),
            State = SubmissionState.Draft,
            CreatedAt = now,
            UpdatedAt = now,
        };
        db.Submissions.Add(draft);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new(draft, null);
    }

    public static string ClosedMessage(CallInfo call, DateTimeOffset now) =>
        now < call.Window.OpensAt
            ? $"The {call.CallTitle} of {call.EventTitle} is not open yet: it opens {TimeZoneInfo.ConvertTime(call.Window.OpensAt, call.Window.Zone):d MMMM yyyy, HH:mm} ({call.Window.Zone.Id}). Nothing was saved."
            : $"The {call.CallTitle} of {call.EventTitle} closed at {TimeZoneInfo.ConvertTime(call.Window.ClosesAt, call.Window.Zone):d MMMM yyyy, HH:mm} ({call.Window.Zone.Id}); submissions are no longer accepted. What you saved before stays as it was.";
}
