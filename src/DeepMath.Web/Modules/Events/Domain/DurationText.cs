namespace DeepMath.Web.Modules.Events.Domain;

/// <summary>Says a duration the way a person would: "3 days", "5 h", "12 min", "less than a minute".</summary>
public static class DurationText
{
    public static string Of(TimeSpan span)
    {
        if (span.TotalDays >= 2)
        {
            return $"{(int)span.TotalDays} days";
        }
        if (span.TotalHours >= 1)
        {
            return $"{(int)span.TotalHours} h";
        }
        if (span.TotalMinutes >= 1)
        {
            return $"{(int)span.TotalMinutes} min";
        }
        return "less than a minute";
    }
}
