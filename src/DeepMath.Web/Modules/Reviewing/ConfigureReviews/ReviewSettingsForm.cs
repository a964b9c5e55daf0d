using DeepMath.Web.Modules.Reviewing.Contracts;
using DeepMath.Web.Modules.Reviewing.Domain;

namespace DeepMath.Web.Modules.Reviewing.ConfigureReviews;

/// <summary>One scored criterion as the form posts it: an existing one keeps its key, so renaming it keeps its scores.</summary>
public sealed class CriterionInput
{
    public string? Key { get; set; }
    public string? Label { get; set; }
    public string? Help { get; set; }
    public int? Min { get; set; }
    public int? Max { get; set; }
    public bool Remove { get; set; }

    public bool IsBlankNewRow => string.IsNullOrWhiteSpace(Key) && string.IsNullOrWhiteSpace(Label);
}

/// <summary>The review settings page: the form's criteria (plus one empty row to add one), the fixed scales and the dates.</summary>
public sealed class ReviewSettingsForm
{
    public List<CriterionInput> Criteria { get; set; } = [];
    public int? OverallMin { get; set; }
    public int? OverallMax { get; set; }
    public int? ConfidenceMin { get; set; }
    public int? ConfidenceMax { get; set; }
    public DateOnly? ReviewsDueOn { get; set; }
    public DateOnly? BiddingClosesOn { get; set; }
    public int? InvitationReminderDays { get; set; }
    public int? DefaultMaxLoad { get; set; }

    /// <summary>The checkbox posts "true" before its hidden "false", so that an unticked box is posted too; the first value wins.</summary>
    public bool ReviewersSeeOtherReviews { get; set; } = true;

    public static ReviewSettingsForm From(ReviewSettings settings) => new()
    {
        Criteria = [.. settings.Form.Criteria.Select(c => new CriterionInput { Key = c.Key, Label = c.Label, Help = c.Help, Min = c.Min, Max = c.Max })],
        OverallMin = settings.Form.Overall.Min,
        OverallMax = settings.Form.Overall.Max,
        ConfidenceMin = settings.Form.Confidence.Min,
        ConfidenceMax = settings.Form.Confidence.Max,
        ReviewsDueOn = settings.ReviewsDueOn,
        BiddingClosesOn = settings.BiddingClosesOn,
        InvitationReminderDays = settings.InvitationReminderDays,
        DefaultMaxLoad = settings.DefaultMaxLoad,
        ReviewersSeeOtherReviews = settings.ReviewersSeeOtherReviews,
    };

    /// <summary>The rows to show: the criteria, then one empty row for a new criterion while there is room.</summary>
    public IReadOnlyList<CriterionInput> RowsWithNew() =>
        Criteria.Count(c => !c.IsBlankNewRow) >= ReviewForm.MaxCriteria
            ? [.. Criteria.Where(c => !c.IsBlankNewRow)]
            : [.. Criteria.Where(c => !c.IsBlankNewRow), new CriterionInput { Min = 1, Max = 5 }];
}
