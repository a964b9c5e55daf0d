using DeepMath.Web.Modules.Events.Domain;
using static DeepMath.UnitTests.Modules.Events.Domain.Instants;
using EventFormModel = DeepMath.Web.Modules.Events.EventFields.EventForm;

namespace DeepMath.UnitTests.Modules.Events.EventFields;

/// <summary>The kind-specific rules of the event form: a colloquium talk is one talk on one day, with a speaker and times.</summary>
public sealed class TalkFormTests
{
    private static EventFormModel Talk() => new()
    {
        Kind = EventKind.Colloquium, Title = "Toward a Mathematical Theory of Deep Learning", StartsOn = Day("2025-07-23"),
        StartTime = new(10, 30), EndTime = new(11, 30), TimeZoneId = "Asia/Shanghai", NewSpeakerName = "Weijie Su",
    };

    [Fact]
    public void A_talk_with_one_date_times_and_a_speaker_is_valid_and_ends_on_its_day()
    {
        var form = Talk();
        Assert.Empty(Validation.Errors(form));
        var ev = new Event { Title = "", Slug = "t", TimeZoneId = "UTC" };
        form.ApplyTo(ev);
        Assert.Equal(Day("2025-07-23"), ev.EndsOn);
        Assert.Null(ev.RegistrationOpensOn);
    }

    [Fact]
    public void A_talk_without_speaker_or_times_is_refused_saying_what_to_give()
    {
        var form = Talk();
        form.NewSpeakerName = null;
        form.StartTime = null;
        form.EndTime = null;

        var errors = Validation.Errors(form).Select(e => e.ErrorMessage ?? "").ToList();
        Assert.Contains(errors, e => e.Contains("Choose the speaker from the list, or type the name of a new speaker.", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("Give the talk's start and end time", StringComparison.Ordinal));
    }

    [Fact]
    public void An_end_time_before_the_start_time_is_refused()
    {
        var form = Talk();
        form.EndTime = new(10, 0);

        var message = Assert.Single(Validation.ErrorsOn(form, nameof(EventFormModel.EndTime)));
        Assert.Contains("The end time 10:00 is not after the start time 10:30", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Only_one_of_the_times_is_refused_for_a_workshop()
    {
        var form = new EventFormModel
        {
            Kind = EventKind.Workshop, Title = "Half-day workshop", StartsOn = Day("2025-11-07"), EndsOn = Day("2025-11-07"),
            TimeZoneId = "America/New_York", StartTime = new(9, 0),
        };

        Assert.Contains(Validation.ErrorsOn(form, nameof(EventFormModel.EndTime)), e => e.Contains("Give both the start and the end time", StringComparison.Ordinal));
    }

    [Fact]
    public void A_call_is_suggested_for_conferences_and_workshops_only()
    {
        Assert.True(EventKindNames.HasCalls(EventKind.Conference));
        Assert.True(EventKindNames.HasCalls(EventKind.Workshop));
        Assert.False(EventKindNames.HasCalls(EventKind.Colloquium));
    }
}
