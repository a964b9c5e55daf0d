using DeepMath.Web.Infrastructure.Database;
using DeepMath.Web.Modules.Registration.Domain;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Modules.Registration.Data;

/// <summary>The Registration module's tables.</summary>
public interface IRegistrationData : IModuleData
{
    DbSet<RegistrationSettings> RegistrationSettings { get; }

    DbSet<TicketType> TicketTypes { get; }

    DbSet<EventRegistration> Registrations { get; }

    DbSet<RegistrationCode> RegistrationCodes { get; }

    DbSet<PaymentLogEntry> PaymentLog { get; }
}
