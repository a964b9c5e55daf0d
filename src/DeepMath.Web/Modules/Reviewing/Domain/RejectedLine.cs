namespace DeepMath.Web.Modules.Reviewing.Domain;

/// <summary>A line of the invitation box that names no one to invite, with what is wrong with it.</summary>
public sealed record RejectedLine(int Line, string Text, string Problem);
