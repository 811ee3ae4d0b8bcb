namespace JapanAiGov.Web.Infrastructure;

/// <summary>
/// Marks an entity no public page shows (deliveries, subscriptions, leases, accounts, audit): writing it never drops
/// the public pages' cache. Everything unmarked counts as public, so a new kind of public data can never be served
/// stale by omission; forgetting the marker only costs a cache eviction.
/// </summary>
#pragma warning disable CA1040 // A marker interface: the cache asks "is this type private?", which an attribute would answer by reflection per entity.
public interface IPrivateBookkeeping;
#pragma warning restore CA1040
