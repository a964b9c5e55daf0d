using DeepMath.Web.Modules.Events.EditCall;
using static DeepMath.UnitTests.Modules.Events.Domain.Instants;

namespace DeepMath.UnitTests.Modules.Events.EditCall;

public sealed class CallFormTests
{
    private static CallForm DeepMath2025() => new()
    {
        Title = "Call for abstracts",
        OpensOn = Day("2025-07-01"),
        ClosesOn = Day("2025-08-31"),
        NotificationOn = Day("2025-10-01"),
        Topics = "Expressivity\nGeneralization\nOptimization",
        Disciplines = "Statistics\nPhysics",
    };

    [Fact]
    public void The_deepmath_2025_call_is_valid() => Assert.Empty(Validation.Errors(DeepMath2025()));

    [Fact]
    public void Deadline_before_opening_is_refused_on_the_deadline()
    {
        var form = DeepMath2025();
        form.ClosesOn = Day("2025-06-30");

        var message = Assert.Single(Validation.ErrorsOn(form, nameof(CallForm.ClosesOn)));
        Assert.Contains("before the opening date", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deadline_on_the_opening_day_is_allowed()
    {
        var form = DeepMath2025();
        form.ClosesOn = form.OpensOn;
        form.NotificationOn = form.OpensOn;

        Assert.Empty(Validation.Errors(form));
    }

    [Fact]
    public void Notification_before_deadline_is_refused_on_the_notification()
    {
        var form = DeepMath2025();
        form.NotificationOn = Day("2025-08-30");

        var message = Assert.Single(Validation.ErrorsOn(form, nameof(CallForm.NotificationOn)));
        Assert.Contains("before the deadline", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_dates_and_title_are_required()
    {
        var form = new CallForm { Title = "", OpensOn = null, ClosesOn = null };

        Assert.Equal(["Give the call a title, for example \"Call for abstracts\"."], Validation.ErrorsOn(form, nameof(CallForm.Title)));
        Assert.Equal(["Enter the date submissions open."], Validation.ErrorsOn(form, nameof(CallForm.OpensOn)));
        Assert.Equal(["Enter the submission deadline."], Validation.ErrorsOn(form, nameof(CallForm.ClosesOn)));
    }

    [Fact]
    public void More_than_50_topics_are_refused()
    {
        var form = DeepMath2025();
        form.Topics = string.Join('\n', Enumerable.Range(1, 51).Select(i => $"Topic {i}"));

        var message = Assert.Single(Validation.ErrorsOn(form, nameof(CallForm.Topics)));
        Assert.Contains("at most 50 topics", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Fifty_topics_with_repeats_and_blank_lines_are_fine()
    {
        var form = DeepMath2025();
        var fifty = Enumerable.Range(1, 50).Select(i => $"Topic {i}");
        form.Topics = string.Join("\r\n", fifty.Concat(["", "  ", "TOPIC 1"]));

        Assert.Empty(Validation.Errors(form));
    }

    [Fact]
    public void A_discipline_longer_than_100_characters_is_refused()
    {
        var form = DeepMath2025();
        form.Disciplines = "Statistics\n" + new string('x', 101);

        var message = Assert.Single(Validation.ErrorsOn(form, nameof(CallForm.Disciplines)));
        Assert.Contains("at most 50 disciplines", message, StringComparison.Ordinal);
        Assert.Empty(Validation.ErrorsOn(form, nameof(CallForm.Topics)));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(21)]
    public void Reviews_per_submission_outside_1_to_20_are_refused(int reviews)
    {
        var form = DeepMath2025();
        form.ReviewsPerSubmission = reviews;

        Assert.Equal(["Reviews per submission must be between 1 and 20."], Validation.ErrorsOn(form, nameof(CallForm.ReviewsPerSubmission)));
    }

    [Fact]
    public void Lines_trims_drops_blanks_and_repeats_ignoring_case() =>
        Assert.Equal(["Expressivity", "Optimization"], CallForm.Lines(" Expressivity \r\n\nexpressivity\nOptimization\n"));
}
