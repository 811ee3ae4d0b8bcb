namespace JapanAiGov.Web.Items;

public enum SourceKind
{
    Press,
    Official,
    Analysis,
}
