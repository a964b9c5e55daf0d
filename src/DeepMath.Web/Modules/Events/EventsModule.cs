using DeepMath.Web.Infrastructure.Jobs;
using DeepMath.Web.Modules.Events.Authorization;
using DeepMath.Web.Modules.Events.Contracts;
using DeepMath.Web.Modules.Events.Jobs;

namespace DeepMath.Web.Modules.Events;

public static class EventsModule
{
    public static IHostApplicationBuilder AddEventsModule(this IHostApplicationBuilder builder)
    {
        builder.Services.AddScoped<EventAccess>();
        builder.Services.AddScoped<CallOverview>();
        builder.Services.AddScoped<CallPage.CallPageQuery>();
        builder.Services.AddScoped<CreateEvent.CreateEventHandler>();
        builder.Services.AddScoped<EditCall.SaveCallHandler>();
        builder.Services.AddScoped<EditEvent.SaveEventHandler>();
        builder.Services.AddScoped<EventPage.EventPageQuery>();
        builder.Services.AddScoped<Home.HomeQuery>();
        builder.Services.AddScoped<Organizers.OrganizersHandler>();
        builder.Services.AddScoped<AcceptOrganizerInvitation.AcceptOrganizerInvitationHandler>();
        builder.Services.AddScoped<EventMessages.MessageRecipients>();
        builder.Services.AddScoped<EventMessages.SendMessageHandler>();
        builder.Services.AddScoped<Subscribe.SubscribeHandler>();
        builder.Services.AddScoped<EventManagers>();
        builder.Services.AddScoped<EventCalls>();
        builder.Services.AddScoped<EventCalendar>();
        builder.Services.AddScoped<EventWorkshops>();
        builder.Services.AddScoped<SpeakerProfiles>();
        builder.Services.AddScoped<DownloadCallTemplate.CallTemplateQuery>();
        builder.Services.AddScoped<RunCallLifecycleJob>();
        builder.Services.AddScoped<LifecycleMailer>();
        builder.Services.AddScoped<SeriesAccess>();
        builder.Services.AddScoped<SeriesPage.SeriesPageQuery>();
        builder.Services.AddScoped<SeriesPage.SeriesTalks>();
        builder.Services.AddScoped<SeriesSubscription.SeriesSubscriptionHandler>();
        builder.Services.AddScoped<EditSeries.SaveSeriesHandler>();
        builder.Services.AddScoped<AddTalk.AddTalkHandler>();
        builder.Services.AddScoped<Speakers.SpeakersHandler>();
        builder.Services.AddScoped<EventFields.EventFormChoicesQuery>();
        builder.Services.AddScoped<AnnounceSeriesTalksJob>();
        builder.Services.AddRecurringJob<AnnounceSeriesTalksJob>(AnnounceSeriesTalksJob.RecurringId, job => job.RunAsync(CancellationToken.None));
        builder.Services.AddRecurringJob<RunCallLifecycleJob>(RunCallLifecycleJob.RecurringId, job => job.RunAsync(CancellationToken.None));
        return builder;
    }
}
