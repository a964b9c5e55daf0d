using DeepMath.Web.Infrastructure.Configuration;
using DeepMath.Web.Infrastructure.Database;
using DeepMath.Web.Infrastructure.Email.Delivery;
using DeepMath.Web.Infrastructure.Email.Jobs;
using DeepMath.Web.Infrastructure.Email.Transport;
using DeepMath.Web.Infrastructure.Jobs;

namespace DeepMath.Web.Infrastructure.Email;

public static class EmailExtensions
{
    public static IHostApplicationBuilder AddEmail(this IHostApplicationBuilder builder)
    {
        var production = builder.Environment.IsProduction();
        // Only a process that delivers mail needs a server (the command line queues at most).
        var deliversMail = JobsOptions.RunsServer(builder.Configuration);
        builder.AddValidatedOptions<EmailOptions, EmailOptionsValidator>(EmailOptions.Section)
            .Configure(o => builder.Configuration.GetSection(SmtpOptions.Section).Bind(o.Smtp))
            .Validate(o => !production || !deliversMail || !string.IsNullOrWhiteSpace(o.Smtp.Host),
                "Smtp:Host is not set. In Production DeepMath sends e-mail through SMTP: set Smtp__Host (and Smtp__Port).")
            .Validate(o => EmailOptions.IsValidBaseUrl(o.PublicBaseUrl),
                "Email:PublicBaseUrl must be an absolute http or https address such as https://deepmath.example.org (or empty outside Production).")
            // Like Smtp:Host, only where mail goes out (the command line queues at most, and its tests run in Production).
            .Validate(o => !production || !deliversMail || !string.IsNullOrWhiteSpace(o.PublicBaseUrl),
                "Email:PublicBaseUrl is not set. In Production links in e-mails need the site's public address: set Email__PublicBaseUrl (e.g. https://deepmath.example.org).")
            .Validate<Microsoft.Extensions.Options.IOptions<DatabaseOptions>>((o, database) => database.Value.DeliveryPoolSize > o.Delivery.Connections,
                "Database:DeliveryPoolSize must exceed Email:Delivery:Connections: each SMTP connection needs a database connection, and the loop one more to listen.");
        builder.Services.AddScoped<IOutbox, Outbox>();
        builder.Services.AddScoped<OutboxReport>();
        builder.Services.AddSingleton<LinkBuilder>();
        builder.Services.AddScoped<DeliverOutboxJob>();
        builder.Services.AddSingleton(sp => new DeliveryDataSource(sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<DatabaseOptions>>().Value.DeliveryConnectionString));
        builder.Services.AddSingleton<DeliveryStatus>();
        builder.Services.AddHostedService<OutboxDeliveryService>();
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
