namespace DeepMath.Web.Modules.Reviewing.Domain;

/// <summary>One person to invite, read from a line of the invitation box; the e-mail is lower-cased.</summary>
public sealed record Invitee(int Line, string Name, string Email);
