namespace JapanAiGov.Web.Polling;

/// <summary>An article whose text differs between two revisions.</summary>
public sealed record ArticleChange(LawArticle Old, LawArticle New);
