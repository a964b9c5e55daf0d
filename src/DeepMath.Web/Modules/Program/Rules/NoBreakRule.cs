using System.Globalization;
using DeepMath.Web.Modules.Program.Contracts;

namespace DeepMath.Web.Modules.Program.Rules;

/// <summary>Warned: a day running four hours or more without a break (sessions touching or overlapping count as one run).</summary>
public static class NoBreakRule
{
    public static readonly TimeSpan Longest = TimeSpan.FromHours(4);

    public static IEnumerable<string> Find(ProgramSnapshot program)
    {
        foreach (var day in program.Sessions.Where(s => s.Kind is not (SessionKind.Break or SessionKind.Social)).GroupBy(s => s.Day).OrderBy(d => d.Key))
        {
            var runs = new List<(TimeOnly Starts, TimeOnly Ends)>();
            foreach (var session in day.OrderBy(s => s.Starts))
            {
                if (runs.Count > 0 && session.Starts <= runs[^1].Ends)
                {
                    runs[^1] = (runs[^1].Starts, session.Ends > runs[^1].Ends ? session.Ends : runs[^1].Ends);
                }
                else
                {
                    runs.Add((session.Starts, session.Ends));
                }
            }
            foreach (var (starts, ends) in runs.Where(r => r.Ends - r.Starts >= Longest))
            {
                yield return $"{day.Key.ToString("ddd d MMM", CultureInfo.InvariantCulture)} runs {starts:HH\\:mm}–{ends:HH\\:mm} ({(ends - starts).TotalHours:0.#} h) without a break. Add a break session.";
            }
        }
    }
}
