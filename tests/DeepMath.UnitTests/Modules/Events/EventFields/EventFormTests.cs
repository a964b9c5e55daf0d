using static DeepMath.UnitTests.Modules.Events.Domain.Instants;
using EventFormModel = DeepMath.Web.Modules.Events.EventFields.EventForm;

namespace DeepMath.UnitTests.Modules.Events.EventFields;

public sealed class EventFormTests
{
    private static EventFormModel DeepMath2025() => new()
    {
        Title = "DeepMath 2025",
        StartsOn = Day("2025-11-06"),
        EndsOn = Day("2025-11-07"),
        TimeZoneId = "America/New_York",
        CountryCode = "US",
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

    [Fact]
    public void A_country_not_in_the_iso_list_is_refused()
    {
        var form = DeepMath2025();
        form.CountryCode = "XX";

        var message = Assert.Single(Validation.ErrorsOn(form, nameof(EventFormModel.CountryCode)));
        Assert.Contains("choose the country from the list", message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_event_form_leaves_the_registration_dates_to_the_registration_settings()
    {
        var ev = new DeepMath.Web.Modules.Events.Domain.Event
        {
            Title = "DeepMath 2025", Slug = "deepmath-2025", TimeZoneId = "America/New_York",
            RegistrationOpensOn = Day("2025-10-01"), RegistrationClosesOn = Day("2025-11-05"),
        };
        DeepMath2025().ApplyTo(ev);

        Assert.Equal(Day("2025-10-01"), ev.RegistrationOpensOn);
        Assert.Equal(Day("2025-11-05"), ev.RegistrationClosesOn);
        Assert.Equal("US", ev.CountryCode);
        Assert.Null(typeof(EventFormModel).GetProperty("RegistrationOpensOn"));
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
