using JapanAiGov.Web.Infrastructure;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace JapanAiGov.Web.Caching;

/// <summary>
/// Sees every SaveChanges of the app's contexts. When one adds, edits or deletes anything public pages may show, it
/// appends a <see cref="ContentChange"/> to the same transaction and, once committed, moves this instance to a new
/// <see cref="PublicContentVersion"/> before the caller goes on (so the editor's redirect already reads fresh pages).
/// Private bookkeeping — entities marked <see cref="IPrivateBookkeeping"/> (deliveries, subscriptions, leases, accounts,
/// audit), Data Protection keys and Identity's own rows — never drops the cache: marking what is private rather than
/// what is public means a new kind of public data can never be served stale by omission.
/// </summary>
public sealed class ContentChangeRecorder(PublicContentVersion version, IOutputCacheStore store, PageRenderer renderer, TimeProvider time) : SaveChangesInterceptor
{
    /// <summary>The pages of the entities (items) each context's pending save changes, for the pages rendered ahead after it commits.</summary>
    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<DbContext, HashSet<string>> _changedItems = [];

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Record(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Record(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (Committed(eventData.Context))
        {
            ChangedItems(eventData.Context);
            version.AdvanceAsync(store, CancellationToken.None).AsTask().GetAwaiter().GetResult();
        }

        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (Committed(eventData.Context))
        {
            var pages = ChangedItems(eventData.Context).Prepend("/").ToList();
            await version.AdvanceAsync(store, CancellationToken.None, renderer.Enabled ? generation => renderer.RenderAsync(generation, pages) : null);
        }

        return result;
    }

    /// <summary>Whether <paramref name="type"/>'s rows can change what a public page shows.</summary>
    public static bool IsPublic(Type type) =>
        !typeof(IPrivateBookkeeping).IsAssignableFrom(type)
        && type != typeof(DataProtectionKey)
        && !(type.Namespace ?? string.Empty).StartsWith("Microsoft.AspNetCore.Identity", StringComparison.Ordinal);

    private void Record(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        context.ChangeTracker.DetectChanges();
        var entries = context.ChangeTracker.Entries().ToList();
        if (entries.Any(e => e.Entity is ContentChange && e.State == EntityState.Added))
        {
            return; // a retried SaveChanges: its change is already recorded
        }

        if (entries.Any(e => (e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted) && IsPublic(e.Metadata.ClrType)))
        {
            context.Add(new ContentChange { ChangedAt = time.GetUtcNow() });
            var items = _changedItems.GetOrCreateValue(context);
            foreach (var entry in entries)
            {
                if (entry.Entity is IHasPublicPage page && entry.State is EntityState.Added or EntityState.Modified)
                {
                    items.Add(page.PublicPagePath);
                }
            }
        }
    }

    /// <summary>The pages of the entities the committed save changed; forgotten with it.</summary>
    private HashSet<string> ChangedItems(DbContext? context)
    {
        if (context is null || !_changedItems.TryGetValue(context, out var items))
        {
            return [];
        }

        _changedItems.Remove(context);
        return items;
    }

    /// <summary>True when the save just committed a recorded change; the record is then forgotten by the context.</summary>
    private static bool Committed(DbContext? context)
    {
        var recorded = context?.ChangeTracker.Entries<ContentChange>().ToList() ?? [];
        foreach (var entry in recorded)
        {
            entry.State = EntityState.Detached;
        }

        return recorded.Count > 0;
    }
}
