namespace DeepMath.Web.Modules.Events.Domain;

/// <summary>In which zone a call's dates are whole days.</summary>
public enum DeadlineZone
{
    /// <summary>The event's own IANA time zone.</summary>
    EventZone = 0,

    /// <summary>Anywhere on Earth: UTC−12, the last place where the day is still the given date.</summary>
    AnywhereOnEarth = 1,
}
