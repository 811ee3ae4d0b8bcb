namespace JapanAiGov.Web.Accounts;

public static class Roles
{
    public const string Editor = "Editor";
    public const string Admin = "Admin";

    public static readonly IReadOnlyList<string> All = [Editor, Admin];

    /// <summary>The role's canonical spelling, or null when there is no such role.</summary>
    public static string? Normalize(string? role) =>
        All.FirstOrDefault(r => string.Equals(r, role?.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>Authorization policy for the /admin area: editors and admins.</summary>
    public const string EditorPolicy = "Editor";

    /// <summary>Authorization policy for admin-only pages (users, alert operations).</summary>
    public const string AdminPolicy = "Admin";
}
