using System.Diagnostics;

namespace DeepMath.Assignment;

/// <summary>
/// Raises the lowest paper total by moves that keep every constraint and the number of reviews:
/// the poorest paper swaps a reviewer for a better one with spare capacity, or takes a better reviewer
/// from a richer paper, which gets the swapped-out reviewer or one with spare capacity instead, when both
/// papers end above the poorest one's old total. Stops when the poorest paper cannot be helped.
/// </summary>
internal static class FairLocalSearch
{
    private const double Epsilon = 1e-9;

    public static void Improve(Plan plan, Rules rules, Stopwatch watch, TimeSpan limit)
    {
        var pairs = rules.Pairs;
        var paperCount = plan.ByPaper.Length;
        var totals = new double[paperCount];
        var queue = new SortedSet<(double Total, int Paper)>();
        var papersOf = new List<int>[plan.Loads.Length];
        for (var r = 0; r < papersOf.Length; r++)
        {
            papersOf[r] = [];
        }

        for (var p = 0; p < paperCount; p++)
        {
            totals[p] = plan.Total(p);
            queue.Add((totals[p], p));
            foreach (var slot in plan.ByPaper[p])
            {
                papersOf[slot.Reviewer].Add(p);
            }
        }

        void Move(int p, int leaving, int joining, int pair)
        {
            queue.Remove((totals[p], p));
            plan.Remove(p, leaving);
            papersOf[leaving].Remove(p);
            plan.Add(p, joining, pairs.Scores[pair], pair);
            papersOf[joining].Add(p);
            totals[p] = plan.Total(p);
            queue.Add((totals[p], p));
        }

        while (queue.Count > 0 && watch.Elapsed < limit)
        {
            var (floor, p) = queue.Min;
            if (!TryImprove(p, floor))
            {
                return;
            }
        }

        bool TryImprove(int p, double floor)
        {
            // Better candidates first: the first move that helps is taken.
            var candidates = new List<int>();
            for (var i = rules.Lookup.Start(p); i < rules.Lookup.End(p); i++)
            {
                if (rules.Model.PairArc[i] >= 0 && !plan.Has(p, pairs.Reviewers[i]))
                {
                    candidates.Add(i);
                }
            }

            candidates.Sort((a, b) => pairs.Scores[b].CompareTo(pairs.Scores[a]));
            var slots = plan.ByPaper[p].Where(s => s.Pair >= 0).OrderBy(s => s.Score).ToList();
            foreach (var candidate in candidates)
            {
                var r = pairs.Reviewers[candidate];
                var score = pairs.Scores[candidate];
                foreach (var slot in slots)
                {
                    var x = slot.Reviewer;
                    if (score <= slot.Score + Epsilon || !rules.CanLeave(plan, p, x, r) || !rules.CanJoin(plan, p, r, x, checkLoad: false))
                    {
                        continue;
                    }

                    if (plan.Loads[r] < rules.MaxLoad(r))
                    {
                        Move(p, x, r, candidate);
                        return true;
                    }

                    foreach (var q in papersOf[r].ToList())
                    {
                        if (q != p && TrySteal(p, q, r, x, candidate, floor))
                        {
                            return true;
                        }
                    }
                }
            }

            return false;
        }

        // p takes r from q in place of x; q takes x or a reviewer with spare capacity in place of r.
        bool TrySteal(int p, int q, int r, int x, int candidate, double floor)
        {
            var rSlot = plan.ByPaper[q].Find(s => s.Reviewer == r);
            if (rSlot.Pair < 0 || !rules.CanLeave(plan, q, r, -1))
            {
                return false;
            }

            var pAfter = totals[p] - plan.ByPaper[p].Find(s => s.Reviewer == x).Score + pairs.Scores[candidate];
            var qBase = totals[q] - rSlot.Score;
            var xPair = rules.Pair(q, x);
            if (xPair >= 0 && qBase + pairs.Scores[xPair] > floor + Epsilon && pAfter > floor + Epsilon
                && rules.CanJoin(plan, q, x, r, checkLoad: false))
            {
                Move(p, x, r, candidate);
                Move(q, r, x, xPair);
                return true;
            }

            var best = -1;
            var bestScore = floor + Epsilon - qBase;
            for (var i = rules.Lookup.Start(q); i < rules.Lookup.End(q); i++)
            {
                var other = pairs.Reviewers[i];
                if (pairs.Scores[i] > bestScore && other != r && rules.CanJoin(plan, q, other, r))
                {
                    best = i;
                    bestScore = pairs.Scores[i];
                }
            }

            if (best < 0 || pAfter <= floor + Epsilon)
            {
                return false;
            }

            // Only r's load changed for p since its checks, so p's move stays allowed.
            Move(q, r, pairs.Reviewers[best], best);
            Move(p, x, r, candidate);
            return true;
        }
    }
}
