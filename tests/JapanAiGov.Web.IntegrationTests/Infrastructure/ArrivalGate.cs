using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace JapanAiGov.Web.IntegrationTests.Infrastructure;

/// <summary>
/// Makes two requests meet at the same point of their work (starting a transaction, or saving), so a race between a
/// check and a write happens every time instead of once in a thousand runs. Add it to the app with
/// <see cref="JapanAiGovFactory"/>'s <c>Interceptors</c>; it does nothing until <see cref="Arm"/> is called.
/// </summary>
public sealed class ArrivalGate
{
    private readonly object _lock = new();
    private TaskCompletionSource? _allArrived;
    private int _waiting;
    private string? _point;

    public const string SavingChanges = nameof(SavingChanges);
    public const string TransactionStarting = nameof(TransactionStarting);

    /// <summary>The next <paramref name="parties"/> arrivals at <paramref name="point"/> wait for each other (20 s at most).</summary>
    public void Arm(string point, int parties = 2)
    {
        lock (_lock)
        {
            _point = point;
            _waiting = parties;
            _allArrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }
    }

    public IInterceptor[] Interceptors => [new SaveInterceptor(this), new TransactionInterceptor(this)];

    private async ValueTask ArriveAsync(string point, CancellationToken cancellationToken)
    {
        Task wait;
        lock (_lock)
        {
            if (_point != point || _waiting == 0 || _allArrived is null)
            {
                return;
            }

            if (--_waiting == 0)
            {
                _allArrived.TrySetResult();
            }

            wait = _allArrived.Task;
        }

        await wait.WaitAsync(TimeSpan.FromSeconds(20), cancellationToken);
    }

    private sealed class SaveInterceptor(ArrivalGate gate) : SaveChangesInterceptor
    {
        public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            await gate.ArriveAsync(ArrivalGate.SavingChanges, cancellationToken);
            return result;
        }
    }

    private sealed class TransactionInterceptor(ArrivalGate gate) : DbTransactionInterceptor
    {
        public override async ValueTask<InterceptionResult<DbTransaction>> TransactionStartingAsync(DbConnection connection, TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result, CancellationToken cancellationToken = default)
        {
            await gate.ArriveAsync(ArrivalGate.TransactionStarting, cancellationToken);
            return result;
        }
    }
}
