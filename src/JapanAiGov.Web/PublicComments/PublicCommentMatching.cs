using JapanAiGov.Web.Infrastructure;
using JapanAiGov.Web.Sources;

namespace JapanAiGov.Web.PublicComments;

/// <summary>Applies the items' watch rules to a case: one match per item at most, new matches only (never re-opens a decided one).</summary>
public static class PublicCommentMatching
{
    /// <summary>Adds a <see cref="PublicCommentMatchState.New"/> match for each item one of whose rules matches and that has none yet; returns how many.</summary>
    public static int AddMatches(PublicCommentCase publicCommentCase, IEnumerable<WatchRule> rules, DateTimeOffset now)
    {
        var added = 0;
        foreach (var rule in rules.OrderBy(r => r.ItemId).ThenBy(r => r.Id))
        {
            if (publicCommentCase.Matches.Any(m => m.ItemId == rule.ItemId))
            {
                continue;
            }

            var terms = rule.Terms.Match(publicCommentCase.Title, publicCommentCase.Description, publicCommentCase.Office);
            if (terms is null)
            {
                continue;
            }

            publicCommentCase.Matches.Add(new PublicCommentMatch
            {
                ItemId = rule.ItemId,
                MatchedTerms = FeedText.Clean(string.Join(", ", terms), PublicCommentMatch.TermsMaxLength),
                State = PublicCommentMatchState.New,
                MatchedAt = now,
            });
            added++;
        }

        return added;
    }
}
