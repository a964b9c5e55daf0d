namespace DeepMath.Web.Modules.Reviewing.Domain;

/// <summary>The bid values in the order a reviewer reads them, with their labels.</summary>
public static class BidValues
{
    public static IReadOnlyList<BidValue> Ordered { get; } = [BidValue.Eager, BidValue.Willing, BidValue.Neutral, BidValue.Reluctant, BidValue.NotWilling];

    public static string Label(BidValue value) => value switch
    {
        BidValue.Eager => "Eager (2)",
        BidValue.Willing => "Willing (1)",
        BidValue.Neutral => "Neutral (0)",
        BidValue.Reluctant => "Reluctant (−1)",
        BidValue.NotWilling => "Not willing (−2)",
        _ => value.ToString(),
    };

    public static bool IsDefined(int value) => value is >= -2 and <= 2;
}
