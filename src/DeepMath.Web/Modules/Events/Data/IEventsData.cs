using DeepMath.Web.Infrastructure.Database;
using DeepMath.Web.Modules.Events.Domain;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Modules.Events.Data;

/// <summary>The Events module's tables. Other modules ask its Contracts (EventCalendar, CallOverview, EventManagers, EventCalls).</summary>
public interface IEventsData : IModuleData
{
    DbSet<Event> Events { get; }

    DbSet<EventOrganizer> EventOrganizers { get; }

    DbSet<EventSubscriber> EventSubscribers { get; }

    DbSet<Call> Calls { get; }

    DbSet<CallTemplateFile> CallTemplates { get; }

    DbSet<Series> Series { get; }

    DbSet<SeriesOrganizer> SeriesOrganizers { get; }

    DbSet<SeriesSubscriber> SeriesSubscribers { get; }

    DbSet<Speaker> Speakers { get; }
    DbSet<OrganizerInvitation> OrganizerInvitations { get; }
}
