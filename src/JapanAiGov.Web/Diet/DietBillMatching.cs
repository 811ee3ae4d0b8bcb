using JapanAiGov.Web.Infrastructure;
using JapanAiGov.Web.Sources;

namespace JapanAiGov.Web.Diet;

/// <summary>Applies the items' watch rules (those covering Diet bills) to a bill's title: one match per item at most, new matches only.</summary>
public static class DietBillMatching
{
    /// <summary>Adds a <see cref="DietBillMatchState.New"/> match for each item one of whose rules matches and that has none yet; returns how many.</summary>
    public static int AddMatches(DietBill bill, IEnumerable<WatchRule> rules, DateTimeOffset now)
    {
        var added = 0;
        foreach (var rule in rules.Where(r => r.CoversDietBills).OrderBy(r => r.ItemId).ThenBy(r => r.Id))
        {
            if (bill.Matches.Any(m => m.ItemId == rule.ItemId))
            {
                continue;
            }

            var terms = rule.Terms.Match(bill.Title, description: null, office: null);
            if (terms is null)
            {
                continue;
            }

            bill.Matches.Add(new DietBillMatch
            {
                ItemId = rule.ItemId,
                MatchedTerms = FeedText.Clean(string.Join(", ", terms), DietBillMatch.TermsMaxLength),
                State = DietBillMatchState.New,
                MatchedAt = now,
            });
            added++;
        }

        return added;
    }
}
