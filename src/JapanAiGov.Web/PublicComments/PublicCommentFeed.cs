namespace JapanAiGov.Web.PublicComments;

/// <summary>The two e-Gov public-comment feeds the watcher reads (API.md §7); each is a source with its own outcome.</summary>
public enum PublicCommentFeed
{
    /// <summary><c>rss/pcm_list.xml</c>: consultations open for comment (意見募集案件).</summary>
    Consultations,

    /// <summary><c>rss/pcm_result.xml</c>: results published (結果公示).</summary>
    Results,
}
