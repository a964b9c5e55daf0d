namespace DeepMath.Web.Modules.Reviewing.Assignments;

/// <summary>
/// Who wrote with whom, for the "no co-author reviewers on one abstract" and "no reciprocal pairs" constraints: each
/// reviewer's lower-cased e-mail, and the author e-mails of every submission in the system that lists a reviewer.
/// </summary>
public sealed record ReviewerLinks(IReadOnlyDictionary<Guid, string> Emails, IReadOnlyList<IReadOnlyList<string>> AuthorGroups)
{
    public static readonly ReviewerLinks None = new(new Dictionary<Guid, string>(), []);

    /// <summary>For each reviewer, the other reviewers who are co-authors of one submission with them.</summary>
    public IReadOnlyDictionary<Guid, List<Guid>> Coauthors()
    {
        var byEmail = Emails.GroupBy(e => e.Value).ToDictionary(g => g.Key, g => g.Select(e => e.Key).ToList());
        var result = new Dictionary<Guid, List<Guid>>();
        foreach (var group in AuthorGroups)
        {
            var members = group.Where(byEmail.ContainsKey).SelectMany(e => byEmail[e]).Distinct().ToList();
            foreach (var a in members)
            {
                foreach (var b in members.Where(b => b != a))
                {
                    var list = result.TryGetValue(a, out var found) ? found : result[a] = [];
                    if (!list.Contains(b))
                    {
                        list.Add(b);
                    }
                }
            }
        }
        return result;
    }
}
