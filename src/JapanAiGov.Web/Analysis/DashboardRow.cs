using JapanAiGov.Web.Items;

namespace JapanAiGov.Web.Analysis;

/// <summary>
/// One item in the dashboard view; in a past view, Status, StatusChangedAt and Action are as they stood then (Action null
/// when no level had been set by then).
/// </summary>
/// <param name="Title">The English title.</param>
/// <param name="TitleJa">The Japanese title; empty when not written yet.</param>
/// <param name="Withdrawn">Withdrawn (撤回) then; shown only with <c>?withdrawn=include</c>.</param>
/// <param name="LaterRetracted">In a past view: the status shown came from a change retracted since (a correction).</param>
public sealed record DashboardRow(
    int Id,
    string Slug,
    string Title,
    string TitleJa,
    string Topic,
    ItemStatus Status,
    DateTimeOffset StatusChangedAt,
    string? LawId,
    string? Snippet,
    ActionLevel? Action = null,
    bool Withdrawn = false,
    bool LaterRetracted = false);
