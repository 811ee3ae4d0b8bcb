namespace JapanAiGov.Web.Alerts;

public enum AlertEventKind
{
    StatusChanged,
    LegislativeUpdate,
}
