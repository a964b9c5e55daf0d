namespace DeepMath.Web.Modules.Reviewing.Bidding;

/// <summary>What the bid form of one row needs, including the filter to come back to after a plain post.</summary>
public sealed record BidFormModel(Guid CallId, BidRow Row, string? Topic, string? Search);
