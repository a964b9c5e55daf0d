using DeepMath.Web.Infrastructure.Email.Jobs;
using DeepMath.Web.Infrastructure.Jobs;
using DeepMath.Web.Infrastructure.Email.Transport;

namespace DeepMath.Web.Infrastructure.Email;

public static class EmailExtensions
{
    public static IHostApplicationBuilder AddEmail(this IHostApplicationBuilder builder)
    {
        var production = builder.Environment.IsProduction();
        builder.Services.AddOptions<EmailOptions>()
            .Bind(builder.Configuration.GetSection(EmailOptions.Section))
            .Configure(o => builder.Configuration.GetSection(SmtpOptions.Section).Bind(o.Smtp))
            .ValidateDataAnnotations()
            .Validate(o => !production || !string.IsNullOrWhiteSpace(o.Smtp.Host),
                "Smtp:Host is not set. In Production DeepMath sends e-mail through SMTP: set Smtp__Host (and Smtp__Port).")
            .ValidateOnStart();
        builder.Services.AddScoped<IOutbox, Outbox>();
        builder.Services.AddSingleton<LinkBuilder>();
        builder.Services.AddScoped<DeliverOutboxJob>();
        builder.Services.AddOutboxSweep();
        builder.Services.AddSingleton<SmtpEmailTransport>();
        builder.Services.AddSingleton<PickupFolderEmailTransport>();
        // Chosen when first used, so that configuration added late (tests, environment) still counts.
        builder.Services.AddSingleton<IEmailTransport>(sp =>
            string.IsNullOrWhiteSpace(sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<EmailOptions>>().Value.Smtp.Host) && !production
                ? sp.GetRequiredService<PickupFolderEmailTransport>()
                : sp.GetRequiredService<SmtpEmailTransport>());
        return builder;
    }
}
