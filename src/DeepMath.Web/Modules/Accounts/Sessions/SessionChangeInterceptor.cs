using System.Data.Common;
using System.Runtime.CompilerServices;
using DeepMath.Web.Modules.Accounts.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace DeepMath.Web.Modules.Accounts.Sessions;

/// <summary>
/// Notices every saved change of an account's security stamp or confirmation (signing out, a new password,
/// two-factor, a confirmed address, a deleted account: Identity saves them all through the one DbContext) and
/// forgets the account in this instance's <see cref="SessionStamps"/> once it is committed (at the end of SaveChanges,
/// or at the commit of the transaction around it), before the request that made it answers. The other instances, and
/// changes made any other way, are told by the database (<see cref="SessionNotifyTrigger"/>).
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
        ForgetIfCommitted(eventData.Context);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        ForgetIfCommitted(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Discard(eventData.Context);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Discard(eventData.Context);
        return Task.CompletedTask;
    }

    void IDbTransactionInterceptor.TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Forget(eventData.Context);

    Task IDbTransactionInterceptor.TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken)
    {
        Forget(eventData.Context);
        return Task.CompletedTask;
    }

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

    private void ForgetIfCommitted(DbContext? context)
    {
        if (context is not null && context.Database.CurrentTransaction is null)
        {
            Forget(context);
        }
    }

    private void Forget(DbContext? context)
    {
        if (context is null || !_pending.TryGetValue(context, out var userIds) || userIds.Count == 0)
        {
            return;
        }
        _pending.Remove(context);
        feed.ForgetHere(userIds);
    }

    private void Discard(DbContext? context)
    {
        if (context is not null)
        {
            _pending.Remove(context);
        }
    }
}
