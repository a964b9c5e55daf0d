namespace DeepMath.Assignment;

/// <summary>Every constraint checked on a finished plan, each failure named with its paper or reviewer.</summary>
internal static class ConstraintCheck
{
    private const int MaxNamed = 20;

    public static AssignmentInfeasibleException Infeasible(List<string> problems)
    {
        var shown = string.Join("; ", problems.Take(MaxNamed));
        var more = problems.Count > MaxNamed ? $"; and {problems.Count - MaxNamed} more" : "";
        return new AssignmentInfeasibleException(
            $"The constraints cannot all be met: {shown}{more}. Relax the constraint, add reviewers or raise their loads.", problems);
    }

    /// <summary>Senior and minimum-load bonus arcs the cheapest maximum flow could not fill.</summary>
    public static List<string> UnmetBonuses(FlowModel model, long[] flow, long unit, AssignmentInstance instance)
    {
        var unmet = new List<string>();
        for (var arc = 0; arc < model.ArcCount; arc++)
        {
            if (flow[arc] >= model.Capacity(arc) * unit)
            {
                continue;
            }

            if (model.Kind(arc) == ArcKind.SeniorBonus)
            {
                unmet.Add($"paper \"{instance.Papers[model.Subject[arc]].Id}\" cannot get a senior reviewer (at least one senior reviewer per paper): its eligible senior reviewers are all at their maximum load");
            }
            else if (model.Kind(arc) == ArcKind.LoadBonus)
            {
                var reviewer = instance.Reviewers[model.Subject[arc]];
                unmet.Add($"reviewer \"{reviewer.Id}\" cannot reach the minimum load of {reviewer.MinLoad} (per-reviewer minimum loads): too few eligible papers need reviews");
            }
        }

        return unmet;
    }

    /// <summary>Papers left short because their eligible reviewers share institutions or countries.</summary>
    public static List<string> GroupShortfalls(Plan plan, AssignmentInstance instance, AssignmentOptions options, Rules rules)
    {
        var problems = new List<string>();
        if (!options.Grouped)
        {
            return problems;
        }

        var what = options.DistinctCountries ? "countries" : "institutions";
        var groups = FlowModel.GroupKeys(instance, options);
        for (var p = 0; p < plan.ByPaper.Length; p++)
        {
            if (plan.ByPaper[p].Count >= instance.ReviewsPerPaper)
            {
                continue;
            }

            var distinct = new HashSet<int>();
            var unknown = 0;
            for (var i = rules.Lookup.Start(p); i < rules.Lookup.End(p); i++)
            {
                var g = groups[rules.Pairs.Reviewers[i]];
                unknown += g < 0 ? 1 : 0;
                distinct.Add(g);
            }

            distinct.Remove(-1);
            var reach = distinct.Count + unknown;
            var eligible = rules.Lookup.End(p) - rules.Lookup.Start(p);
            if (reach < instance.ReviewsPerPaper && eligible >= instance.ReviewsPerPaper)
            {
                problems.Add($"paper \"{instance.Papers[p].Id}\" can get only {reach} of {instance.ReviewsPerPaper} reviewers from distinct {what}: its {eligible} eligible reviewers come from {distinct.Count} {what}");
            }
        }

        return problems;
    }

    /// <summary>Whatever the flow and the repairs should have ensured, checked once more on the output.</summary>
    public static List<string> Violations(Plan plan, AssignmentInstance instance, Rules rules, AssignmentOptions options)
    {
        var problems = new List<string>();
        for (var r = 0; r < plan.Loads.Length; r++)
        {
            var reviewer = instance.Reviewers[r];
            if (plan.Loads[r] > reviewer.MaxLoad)
            {
                problems.Add($"reviewer \"{reviewer.Id}\" would get {plan.Loads[r]} reviews, above the maximum of {reviewer.MaxLoad}");
            }
            else if (plan.Loads[r] < reviewer.MinLoad)
            {
                problems.Add($"reviewer \"{reviewer.Id}\" would get {plan.Loads[r]} reviews, below the minimum load of {reviewer.MinLoad}");
            }
        }

        for (var p = 0; p < plan.ByPaper.Length; p++)
        {
            var slots = plan.ByPaper[p];
            var name = instance.Papers[p].Id;
            if (options.RequireSenior && slots.Count > 0 && !rules.HasSenior(plan, p))
            {
                problems.Add($"paper \"{name}\" has no senior reviewer (at least one senior reviewer per paper)");
            }

            for (var i = 0; i < slots.Count; i++)
            {
                for (var j = i + 1; j < slots.Count; j++)
                {
                    var (a, b) = (slots[i].Reviewer, slots[j].Reviewer);
                    if ((slots[i].Pair >= 0 || slots[j].Pair >= 0) && rules.SameGroup(a, b))
                    {
                        problems.Add($"paper \"{name}\" has two reviewers from the same {(options.DistinctCountries ? "country" : "institution")} (\"{instance.Reviewers[a].Id}\", \"{instance.Reviewers[b].Id}\")");
                    }

                    if ((slots[i].Pair >= 0 || slots[j].Pair >= 0) && rules.AreCoauthors(a, b))
                    {
                        problems.Add($"paper \"{name}\" has co-authors \"{instance.Reviewers[a].Id}\" and \"{instance.Reviewers[b].Id}\" as reviewers (no co-authors on one paper)");
                    }
                }

                if (slots[i].Pair >= 0 && rules.Reciprocal(plan, p, slots[i].Reviewer, slots[i].Reviewer))
                {
                    problems.Add($"reviewer \"{instance.Reviewers[slots[i].Reviewer].Id}\" reviews \"{name}\" while one of its authors reviews a paper of theirs (no reciprocal reviews)");
                }
            }
        }

        return problems;
    }
}
