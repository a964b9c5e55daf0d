using System.Collections.Concurrent;

namespace DeepMath.Web.Modules.Registration.Data;

/// <summary>
/// An in-process queue per event in front of the database lock. The row lock alone is what makes
/// overselling impossible (across servers too); this queue only keeps a burst of requests from
/// holding a hundred pooled connections and CPU time while they wait for that one row, so the
/// holder of the lock is never starved. Waiting here costs nothing but a task.
/// </summary>
public sealed class EventQueue
{
    private readonly ConcurrentDictionary<Guid, SemaphoreSlim> _gates = new();

    public async Task<IDisposable> EnterAsync(Guid eventId, CancellationToken cancellationToken)
    {
        var gate = _gates.GetOrAdd(eventId, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken);
        return new Exit(gate);
    }

    private sealed class Exit(SemaphoreSlim gate) : IDisposable
    {
        private int _done;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _done, 1) == 0)
            {
                gate.Release();
            }
        }
    }
}
