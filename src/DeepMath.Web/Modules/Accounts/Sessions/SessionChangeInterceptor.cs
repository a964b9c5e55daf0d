using System.Data.Common;
using System.Runtime.CompilerServices;
using DeepMath.Web.Modules.Accounts.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace DeepMath.Web.Modules.Accounts.Sessions;

/// <summary>
/// Notices every saved change of an account's security stamp or confirmation (signing out, a new password,
/// two-factor, a confirmed address, a deleted account: Identity saves them all through the one DbContext) and
/// publishes it on <see cref="SessionChangeFeed"/> once it is committed: at the end of SaveChanges, or at the
/// commit of the transaction around it.
/// </summary>
public sealed class SessionChangeInterceptor(SessionChangeFeed feed) : SaveChangesInterceptor, IDbTransactionInterceptor
{
    private readonly ConditionalWeakTable<DbContext, HashSet<string>> _pending = [];

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Collect(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        Collect(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        PublishIfCommittedAsync(eventData.Context).GetAwaiter().GetResult();
        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        await PublishIfCommittedAsync(eventData.Context);
        return result;
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Discard(eventData.Context);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Discard(eventData.Context);
        return Task.CompletedTask;
    }

    void IDbTransactionInterceptor.TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) =>
        PublishAsync(eventData.Context).GetAwaiter().GetResult();

    Task IDbTransactionInterceptor.TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken) =>
        PublishAsync(eventData.Context);

    void IDbTransactionInterceptor.TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Discard(eventData.Context);

    Task IDbTransactionInterceptor.TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken)
    {
        Discard(eventData.Context);
        return Task.CompletedTask;
    }

    private void Collect(DbContext? context)
    {
        if (context is null)
        {
            return;
        }
        foreach (var entry in context.ChangeTracker.Entries<AppUser>())
        {
            var changed = entry.State == EntityState.Deleted
                || (entry.State == EntityState.Modified && (Changed(entry, nameof(AppUser.SecurityStamp)) || Changed(entry, nameof(AppUser.EmailConfirmed))));
            if (changed)
            {
                _pending.GetOrCreateValue(context).Add(entry.Entity.Id);
            }
        }
    }

    // Identity's store marks every column of an updated account as modified, so a change of the display name evicts
    // the account too: one read more, never a stale stamp trusted.
    private static bool Changed(Microsoft.EntityFrameworkCore.ChangeTracking.EntityEntry<AppUser> entry, string property) =>
        entry.Property(property).IsModified;

    private Task PublishIfCommittedAsync(DbContext? context) =>
        context is not null && context.Database.CurrentTransaction is null ? PublishAsync(context) : Task.CompletedTask;

    private Task PublishAsync(DbContext? context)
    {
        if (context is null || !_pending.TryGetValue(context, out var userIds) || userIds.Count == 0)
        {
            return Task.CompletedTask;
        }
        _pending.Remove(context);
        return feed.PublishAsync(userIds);
    }

    private void Discard(DbContext? context)
    {
        if (context is not null)
        {
            _pending.Remove(context);
        }
    }
}
