using DeepMath.Web.Infrastructure.Jobs;
using DeepMath.Web.Modules.Registration.Attendees;
using DeepMath.Web.Modules.Registration.CancelRegistration;
using DeepMath.Web.Modules.Registration.CheckIn;
using DeepMath.Web.Modules.Registration.Codes;
using DeepMath.Web.Modules.Registration.Contracts;
using DeepMath.Web.Modules.Registration.Data;
using DeepMath.Web.Modules.Registration.EditRegistration;
using DeepMath.Web.Modules.Registration.Jobs;
using DeepMath.Web.Modules.Registration.MyRegistration;
using DeepMath.Web.Modules.Registration.Payments;
using DeepMath.Web.Modules.Registration.Presenters;
using DeepMath.Web.Modules.Registration.RegisterForEvent;
using DeepMath.Web.Modules.Registration.Registrations;
using DeepMath.Web.Modules.Registration.Settings;
using DeepMath.Web.Modules.Registration.Tickets;

namespace DeepMath.Web.Modules.Registration;

public static class RegistrationModule
{
    public static IHostApplicationBuilder AddRegistrationModule(this IHostApplicationBuilder builder)
    {
        builder.Services.AddScoped<EventSeats>();
        builder.Services.AddScoped<Contracts.RegisteredAttendees>();
        builder.Services.AddScoped<Contracts.AttendeeContacts>();
        builder.Services.AddScoped<Contracts.TicketPrices>();
        builder.Services.AddScoped<RegistrationCounts>();
        builder.Services.AddSingleton<EventQueue>();
        builder.Services.AddSingleton<RegistrationDesk>();
        builder.Services.AddSingleton<EventSlugs>();
        builder.Services.AddScoped<SeatBatchHandler>();
        builder.Services.AddScoped<TicketIssuer>();
        builder.Services.AddScoped<PendingTickets>();
        builder.Services.AddSingleton<TicketMailer>();
        builder.Services.AddScoped<SendPendingTicketsJob>();
        builder.Services.AddScoped<TicketOptionsQuery>();
        builder.Services.AddScoped<RegisterForEventHandler>();
        builder.Services.AddScoped<CancelRegistrationHandler>();
        builder.Services.AddScoped<MyRegistrationQuery>();
        builder.Services.AddScoped<EditRegistrationQuery>();
        builder.Services.AddScoped<SaveRegistrationHandler>();
        builder.Services.AddScoped<AttendeesQuery>();
        builder.Services.AddScoped<CheckInQuery>();
        builder.Services.AddScoped<CodesQuery>();
        builder.Services.AddScoped<SettingsQuery>();
        builder.Services.AddScoped<PromotionRequests>();
        builder.Services.AddScoped<PromoteWaitingListJob>();
        builder.Services.AddScoped<IPaymentProvider, ManualPaymentProvider>();
        builder.Services.AddScoped<PaymentLedger>();
        builder.Services.AddScoped<EditMyRegistration.EditMyRegistrationHandler>();
        builder.Services.AddScoped<SaveSettingsHandler>();
        builder.Services.AddScoped<RegistrationsQuery>();
        builder.Services.AddScoped<CreateCodeHandler>();
        builder.Services.AddScoped<CheckInHandler>();
        builder.Services.AddScoped<PresenterStatusQuery>();
        builder.Services.AddScoped<RemindPresentersJob>();
        builder.Services.AddRecurringJob<PromoteWaitingListJob>(PromoteWaitingListJob.RecurringId, job => job.SweepAsync(CancellationToken.None));
        builder.Services.AddRecurringJob<SendPendingTicketsJob>(SendPendingTicketsJob.RecurringId, job => job.RunAsync(CancellationToken.None));
        builder.Services.AddRecurringJob<RemindPresentersJob>(RemindPresentersJob.RecurringId, job => job.RunAsync(CancellationToken.None));
        return builder;
    }
}
