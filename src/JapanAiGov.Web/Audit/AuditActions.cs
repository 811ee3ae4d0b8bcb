namespace JapanAiGov.Web.Audit;

public static class AuditActions
{
    public const string ItemCreated = "Item created";
    public const string ItemEdited = "Item edited";
    public const string StatusChanged = "Status changed";
    public const string ChangeRetracted = "Status change retracted";
    public const string ItemWithdrawn = "Item withdrawn";
    public const string ItemRestored = "Item restored";
    public const string ActionChanged = "Action level changed";
    public const string SourceAdded = "Source added";
    public const string SourceRemoved = "Source removed";
    public const string UserCreated = "User created";
    public const string UserRoleChanged = "User role changed";
    public const string UserDisabled = "User disabled";
    public const string UserEnabled = "User enabled";
    public const string UserPasswordReset = "User password reset";
}
