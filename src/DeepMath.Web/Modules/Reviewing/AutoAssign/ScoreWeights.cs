using System.Globalization;

namespace DeepMath.Web.Modules.Reviewing.AutoAssign;

/// <summary>How a pair's score is made: weights on the topic share, the text similarity and the bid.</summary>
public sealed record ScoreWeights(double Topic, double Text, double Bid)
{
    public const double Max = 10;

    public static readonly ScoreWeights Default = new(1, 1, DeepMath.Assignment.AssignmentInstance.DefaultBidWeight);

    public static string Format(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);

    /// <summary>The formula in words, for the preview.</summary>
    public string Formula =>
        $"score = {Format(Topic)} × topic match + {Format(Text)} × text similarity + {Format(Bid)} × bid";
}
