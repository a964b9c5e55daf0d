using Microsoft.Extensions.Options;

namespace DeepMath.Web.Infrastructure.Email.Transport;

internal sealed class SmtpEmailTransport(IOptions<EmailOptions> options) : IEmailTransport
{
    public IEmailSession OpenSession() => new SmtpEmailSession(options.Value);
}
