using JapanAiGov.Web.Alerts;
using JapanAiGov.Web.Data;

namespace JapanAiGov.Web.IntegrationTests.Infrastructure;

/// <summary>Many confirmed all-items subscribers in one SaveChanges, for load (benchmarks, linked file) and fault tests.</summary>
public static class SubscriberSeed
{
    public static string Address(int i) => $"reader{i}@example.org";

    public static async Task AddConfirmedAsync(AppDbContext db, AlertTokenProtector protector, int count, DateTimeOffset confirmedAt)
    {
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        for (var i = 0; i < count; i++)
        {
            var token = AlertTokens.Create();
            db.Subscriptions.Add(new Subscription
            {
                Email = Address(i),
                Scope = SubscriptionScope.AllItems,
                ScopeKey = "all",
                Cadence = AlertCadence.Immediate,
                CreatedAt = confirmedAt,
                ConfirmedAt = confirmedAt,
                UnsubscribeTokenHash = AlertTokens.Hash(token),
                UnsubscribeTokenProtected = protector.Protect(token),
            });
        }

        await db.SaveChangesAsync();
        db.ChangeTracker.AutoDetectChangesEnabled = true;
    }
}
