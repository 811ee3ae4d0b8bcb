namespace JapanAiGov.Web.Items;

/// <summary>Why a requested status change was refused; <see cref="Field"/> names the input at fault.</summary>
public sealed record StatusChangeError(string Field, string Message);
