namespace DeepMath.Web.Infrastructure.Email;

/// <summary>What an e-mail class produces: a subject and a plain-text and HTML body for one recipient, and any files.</summary>
public sealed record EmailMessage(string ToAddress, string? ToName, string Subject, string TextBody, string HtmlBody, IReadOnlyList<EmailAttachment>? Attachments = null);
