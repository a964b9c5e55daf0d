namespace DeepMath.Assignment;

/// <summary>
/// The constraints a flow cannot hold (co-authors on one paper, reciprocal reviews, and a senior reviewer
/// when institutions or countries must also differ), enforced after the flow: a reviewer who breaks one
/// leaves the paper and the best reviewer who breaks none and has spare capacity takes the place. Each
/// repair returns what it could not fix, named, so that nothing fails silently.
/// </summary>
internal static class Repairs
{
    public static (List<string> Unresolved, int Moved) Apply(Plan plan, Rules rules, AssignmentInstance instance, AssignmentOptions options)
    {
        var unresolved = new List<string>();
        var repaired = 0;
        if (options.SeparateCoauthors)
        {
            for (var p = 0; p < plan.ByPaper.Length; p++)
            {
                while (FindCoauthors(plan, rules, p) is var (a, b) && a >= 0)
                {
                    var leaving = Weaker(plan, p, a, b);
                    if (leaving < 0)
                    {
                        unresolved.Add($"paper \"{instance.Papers[p].Id}\": kept reviewers \"{instance.Reviewers[a].Id}\" and \"{instance.Reviewers[b].Id}\" are co-authors");
                        break;
                    }

                    plan.Remove(p, leaving);
                    repaired++;
                    Refill(plan, rules, p);
                }
            }
        }

        if (options.NoReciprocalReviews)
        {
            for (var p = 0; p < plan.ByPaper.Length; p++)
            {
                foreach (var slot in plan.ByPaper[p].ToList())
                {
                    if (slot.Pair >= 0 && plan.Has(p, slot.Reviewer) && rules.Reciprocal(plan, p, slot.Reviewer, slot.Reviewer))
                    {
                        plan.Remove(p, slot.Reviewer);
                        repaired++;
                        Refill(plan, rules, p);
                    }
                }
            }
        }

        if (options.RequireSenior && options.Grouped)
        {
            for (var p = 0; p < plan.ByPaper.Length; p++)
            {
                if (!rules.HasSenior(plan, p) && plan.ByPaper[p].Count > 0 && !AddSenior(plan, rules, p))
                {
                    unresolved.Add($"paper \"{instance.Papers[p].Id}\": no senior reviewer with spare capacity fits beside its reviewers' institutions or countries (at least one senior reviewer per paper)");
                }
            }
        }

        return (unresolved, repaired);
    }

    /// <summary>Adds the best reviewer who breaks no constraint, if there is one with spare capacity.</summary>
    public static bool Refill(Plan plan, Rules rules, int p)
    {
        var best = -1;
        var bestScore = double.NegativeInfinity;
        for (var i = rules.Lookup.Start(p); i < rules.Lookup.End(p); i++)
        {
            var r = rules.Pairs.Reviewers[i];
            if (rules.Pairs.Scores[i] > bestScore && rules.CanJoin(plan, p, r, -1))
            {
                best = i;
                bestScore = rules.Pairs.Scores[i];
            }
        }

        if (best < 0)
        {
            return false;
        }

        plan.Add(p, rules.Pairs.Reviewers[best], bestScore, best);
        return true;
    }

    private static bool AddSenior(Plan plan, Rules rules, int p)
    {
        var best = (Pair: -1, Leaving: -1, Gain: double.NegativeInfinity);
        for (var i = rules.Lookup.Start(p); i < rules.Lookup.End(p); i++)
        {
            var r = rules.Pairs.Reviewers[i];
            if (!rules.IsSenior(r))
            {
                continue;
            }

            foreach (var slot in plan.ByPaper[p])
            {
                var gain = rules.Pairs.Scores[i] - slot.Score;
                if (gain > best.Gain && rules.CanLeave(plan, p, slot.Reviewer, r) && rules.CanJoin(plan, p, r, slot.Reviewer))
                {
                    best = (i, slot.Reviewer, gain);
                }
            }
        }

        if (best.Pair < 0)
        {
            return false;
        }

        plan.Remove(p, best.Leaving);
        plan.Add(p, rules.Pairs.Reviewers[best.Pair], rules.Pairs.Scores[best.Pair], best.Pair);
        return true;
    }

    private static (int, int) FindCoauthors(Plan plan, Rules rules, int p)
    {
        var slots = plan.ByPaper[p];
        for (var i = 0; i < slots.Count; i++)
        {
            for (var j = i + 1; j < slots.Count; j++)
            {
                if (rules.AreCoauthors(slots[i].Reviewer, slots[j].Reviewer))
                {
                    return (slots[i].Reviewer, slots[j].Reviewer);
                }
            }
        }

        return (-1, -1);
    }

    /// <summary>The one of two reviewers to move: never a kept one; else the lower score.</summary>
    private static int Weaker(Plan plan, int p, int a, int b)
    {
        var sa = plan.ByPaper[p].Find(s => s.Reviewer == a);
        var sb = plan.ByPaper[p].Find(s => s.Reviewer == b);
        return sa.Pair < 0 && sb.Pair < 0 ? -1 : sa.Pair < 0 ? b : sb.Pair < 0 ? a : sa.Score <= sb.Score ? a : b;
    }
}
