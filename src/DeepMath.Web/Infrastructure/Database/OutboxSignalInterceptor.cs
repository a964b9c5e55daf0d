using System.Data.Common;
using DeepMath.Web.Infrastructure.Email;
using DeepMath.Web.Infrastructure.Email.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace DeepMath.Web.Infrastructure.Database;

/// <summary>
/// Once e-mail queued in the outbox is committed (by a plain save, or by the commit of the
/// transaction around it), asks Hangfire to deliver it now rather than at the next minute's sweep.
/// The sweep still delivers it if this signal is lost. One instance per DbContext scope.
/// </summary>
internal sealed class OutboxSignalInterceptor(IServiceProvider services) : ISaveChangesInterceptor, IDbTransactionInterceptor
{
    private bool _adding;
    private bool _awaitingCommit;

    public ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        _adding = eventData.Context?.ChangeTracker.Entries<OutboxMessage>().Any(e => e.State == EntityState.Added) ?? false;
        return ValueTask.FromResult(result);
    }

    public InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        _adding = eventData.Context?.ChangeTracker.Entries<OutboxMessage>().Any(e => e.State == EntityState.Added) ?? false;
        return result;
    }

    public ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        AfterSave(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        AfterSave(eventData.Context);
        return result;
    }

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        TransactionCommitted(transaction, eventData);
        return Task.CompletedTask;
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData)
    {
        if (_awaitingCommit)
        {
            _awaitingCommit = false;
            DeliverOutboxJob.TriggerNow(services);
        }
    }

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        _awaitingCommit = false;
        return Task.CompletedTask;
    }

    private void AfterSave(DbContext? context)
    {
        if (!_adding)
        {
            return;
        }
        _adding = false;
        if (context?.Database.CurrentTransaction is not null)
        {
            _awaitingCommit = true;
            return;
        }
        DeliverOutboxJob.TriggerNow(services);
    }
}
