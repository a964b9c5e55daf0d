using MimeKit;

namespace DeepMath.Web.Infrastructure.Email.Transport;

internal static class MimeMessageFactory
{
    public static MimeMessage Create(OutboxMessage message, EmailOptions options)
    {
        var mime = new MimeMessage();
        mime.From.Add(new MailboxAddress(options.FromName, options.FromAddress));
        mime.To.Add(new MailboxAddress(message.ToName ?? string.Empty, message.ToAddress));
        mime.Subject = message.Subject;
        // A stable Message-Id lets a receiving server drop a duplicate if a send is ever repeated.
        mime.MessageId = MessageId(message, options);
        mime.Headers.Add("X-DeepMath-Key", message.IdempotencyKey);
        var body = new BodyBuilder { TextBody = message.TextBody, HtmlBody = message.HtmlBody };
        foreach (var attachment in message.Attachments)
        {
            body.Attachments.Add(attachment.FileName, attachment.Content, ContentType.Parse(attachment.ContentType));
        }
        mime.Body = body.ToMessageBody();
        return mime;
    }

    /// <summary>Derived from the outbox row alone, so every attempt at one message carries the same Message-ID.</summary>
    public static string MessageId(OutboxMessage message, EmailOptions options) => $"{message.Id:N}@{options.MessageIdDomain}";
}
