using Microsoft.EntityFrameworkCore.Storage;

namespace DeepMath.Web.Infrastructure.Database;

/// <summary>
/// A handler's transaction: its own, which it commits, or the one its caller already opened on the same DbContext, which
/// it joins and leaves to the caller to commit or roll back. So a handler that is all-or-nothing on its own (saving a
/// submission) is also all-or-nothing as one part of a larger unit (an award application: the thesis and the application).
/// </summary>
public sealed class SharedTransaction : IAsyncDisposable
{
    private readonly IDbContextTransaction? _own;

    private SharedTransaction(IDbContextTransaction? own) => _own = own;

    public static async Task<SharedTransaction> BeginOrJoinAsync(IModuleData db, CancellationToken cancellationToken) =>
        new(db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null);

    /// <summary>Commits a transaction of its own; a joined one commits with its owner.</summary>
    public Task CommitAsync(CancellationToken cancellationToken) => _own?.CommitAsync(cancellationToken) ?? Task.CompletedTask;

    public ValueTask DisposeAsync() => _own?.DisposeAsync() ?? ValueTask.CompletedTask;
}
