namespace DeepMath.Web.Modules.Reviewing.Contracts;

/// <summary>A scored question of the review form: an integer from <see cref="Min"/> to <see cref="Max"/>.</summary>
public sealed record ScoreScale(string Key, string Label, int Min, int Max, string? Help = null)
{
    public bool Contains(int value) => value >= Min && value <= Max;
}
