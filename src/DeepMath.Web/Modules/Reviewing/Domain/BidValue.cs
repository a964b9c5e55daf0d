namespace DeepMath.Web.Modules.Reviewing.Domain;

/// <summary>How much a reviewer wants to review a submission; the number is the bid's weight in assignment.</summary>
public enum BidValue
{
    NotWilling = -2,
    Reluctant = -1,
    Neutral = 0,
    Willing = 1,
    Eager = 2,
}
