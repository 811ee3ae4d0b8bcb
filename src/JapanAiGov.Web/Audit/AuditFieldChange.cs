namespace JapanAiGov.Web.Audit;

public sealed record AuditFieldChange(string Field, string? Old, string? New);
