using static DeepMath.UnitTests.Modules.Events.Domain.Instants;
using EventFormModel = DeepMath.Web.Modules.Events.EventForm.EventForm;

namespace DeepMath.UnitTests.Modules.Events.EventForm;

public sealed class EventFormTests
{
    private static EventFormModel DeepMath2025() => new()
    {
        Title = "DeepMath 2025",
        StartsOn = Day("2025-11-06"),
        EndsOn = Day("2025-11-07"),
        TimeZoneId = "America/New_York",
        RegistrationOpensOn = Day("2025-10-01"),
        RegistrationClosesOn = Day("2025-11-05"),
    };

    [Fact]
    public void The_deepmath_2025_event_is_valid() => Assert.Empty(Validation.Errors(DeepMath2025()));

    [Fact]
    public void Last_day_before_first_day_is_refused()
    {
        var form = DeepMath2025();
        form.EndsOn = Day("2025-11-05");

        var message = Assert.Single(Validation.ErrorsOn(form, nameof(EventFormModel.EndsOn)));
        Assert.Contains("before the first day", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_time_zone_is_refused_with_examples_of_known_ones()
    {
        var form = DeepMath2025();
        form.TimeZoneId = "Mars/Olympus_Mons";

        var message = Assert.Single(Validation.ErrorsOn(form, nameof(EventFormModel.TimeZoneId)));
        Assert.Contains("'Mars/Olympus_Mons'", message, StringComparison.Ordinal);
        Assert.Contains("Europe/Berlin", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_time_zone_is_required()
    {
        var form = DeepMath2025();
        form.TimeZoneId = "";

        Assert.Contains("Choose the event's time zone, for example Europe/Berlin.", Validation.ErrorsOn(form, nameof(EventFormModel.TimeZoneId)));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Registration_dates_half_given_are_refused(bool onlyOpening)
    {
        var form = DeepMath2025();
        if (onlyOpening)
        {
            form.RegistrationClosesOn = null;
        }
        else
        {
            form.RegistrationOpensOn = null;
        }

        Assert.Equal(["Give both registration dates, or neither."], Validation.ErrorsOn(form, nameof(EventFormModel.RegistrationClosesOn)));
    }

    [Fact]
    public void No_registration_dates_at_all_is_fine()
    {
        var form = DeepMath2025();
        form.RegistrationOpensOn = null;
        form.RegistrationClosesOn = null;

        Assert.Empty(Validation.Errors(form));
    }

    [Fact]
    public void Registration_closing_before_opening_is_refused()
    {
        var form = DeepMath2025();
        form.RegistrationClosesOn = Day("2025-09-30");

        var message = Assert.Single(Validation.ErrorsOn(form, nameof(EventFormModel.RegistrationClosesOn)));
        Assert.Contains("closes before it opens", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Overlong_title_description_and_venue_are_refused()
    {
        var form = DeepMath2025();
        form.Title = new string('t', 201);
        form.Description = new string('d', 20_001);
        form.Venue = new string('v', 301);

        Assert.Equal(["The title can have at most 200 characters."], Validation.ErrorsOn(form, nameof(EventFormModel.Title)));
        Assert.Equal(["The description can have at most 20000 characters."], Validation.ErrorsOn(form, nameof(EventFormModel.Description)));
        Assert.Equal(["The venue can have at most 300 characters."], Validation.ErrorsOn(form, nameof(EventFormModel.Venue)));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1001)]
    public void Edition_outside_1_to_1000_is_refused(int edition)
    {
        var form = DeepMath2025();
        form.Edition = edition;

        Assert.Equal(["The edition is a number from 1 to 1000."], Validation.ErrorsOn(form, nameof(EventFormModel.Edition)));
    }
}
