namespace DeepMath.Web.Modules.Program.Stars;

/// <param name="TargetId">The session or item to star or unstar.</param>
/// <param name="Star">True to star, false to take the star off.</param>
/// <param name="ReturnUrl">The page the reader came from (local URLs only).</param>
public sealed record StarForm(Guid TargetId, bool Star, string? ReturnUrl);
