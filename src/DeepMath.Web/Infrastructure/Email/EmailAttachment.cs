namespace DeepMath.Web.Infrastructure.Email;

/// <summary>A file sent with an e-mail (a ticket, a letter); kept in the outbox with its message until delivered.</summary>
public sealed record EmailAttachment(string FileName, string ContentType, byte[] Content);
