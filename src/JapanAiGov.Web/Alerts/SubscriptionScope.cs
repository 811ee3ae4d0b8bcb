namespace JapanAiGov.Web.Alerts;

public enum SubscriptionScope
{
    AllItems,
    Item,
    Topic,
}
