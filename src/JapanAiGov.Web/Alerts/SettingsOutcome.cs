namespace JapanAiGov.Web.Alerts;

/// <summary>What <see cref="SubscriptionService.ChangeSettingsAsync"/> did.</summary>
public enum SettingsOutcome
{
    /// <summary>The settings were already these: nothing was written (a form posted twice changes nothing twice).</summary>
    Unchanged,

    Saved,

    /// <summary>The address already has a subscription for the new scope (one per address and scope): nothing changed.</summary>
    ScopeTaken,
}
