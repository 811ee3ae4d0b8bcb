using System.Collections.Concurrent;

namespace JapanAiGov.Web.Alerts;

/// <summary>
/// Batches this process could not give back when their sender stopped (the database refused the write: a full disk, a
/// lost connection). Their deliveries would otherwise wait out the whole lease before anyone may send them; instead the
/// next claim of any sender here gives them back first (<see cref="DeliveryClaims"/>). Singleton; only lease owners
/// whose sender has finished are ever added, so giving them back never takes work from a running sender.
/// </summary>
public sealed class UnreleasedLeases
{
    private readonly ConcurrentDictionary<string, byte> _owners = new();

    public bool IsEmpty => _owners.IsEmpty;

    public void Add(string owner) => _owners.TryAdd(owner, 0);

    public IReadOnlyCollection<string> Owners => [.. _owners.Keys];

    public void Remove(IEnumerable<string> owners)
    {
        foreach (var owner in owners)
        {
            _owners.TryRemove(owner, out _);
        }
    }
}
