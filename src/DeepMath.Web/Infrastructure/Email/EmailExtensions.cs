using System.ComponentModel.DataAnnotations;
using DeepMath.Web.Infrastructure.Database;
using DeepMath.Web.Infrastructure.Email.Delivery;
using DeepMath.Web.Infrastructure.Email.Jobs;
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
            .Validate(o => Validator.TryValidateObject(o.Smtp, new ValidationContext(o.Smtp), null, validateAllProperties: true)
                && Validator.TryValidateObject(o.Delivery, new ValidationContext(o.Delivery), null, validateAllProperties: true),
                "Smtp or Email:Delivery has a value out of range (Smtp:Port 1-65535, Email:Delivery:Connections 1-32, LeaseSeconds 5-3600, BatchSize 1-500, PollSeconds 1-300).")
            .Validate<Microsoft.Extensions.Options.IOptions<DatabaseOptions>>((o, database) => database.Value.DeliveryPoolSize > o.Delivery.Connections,
                "Database:DeliveryPoolSize must exceed Email:Delivery:Connections: each SMTP connection needs a database connection, and the loop one more to listen.")
            .ValidateOnStart();
        builder.Services.AddScoped<IOutbox, Outbox>();
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
