using System.Net.Mail;
using System.Text.RegularExpressions;

namespace DeepMath.Web.Modules.Reviewing.Domain;

/// <summary>
/// Reads the organizers' invitation box: one person per line, "Name &lt;email&gt;" or a bare e-mail.
/// Every line is judged on its own, so one typo never loses the other invitations.
/// </summary>
public static partial class InviteeList
{
    public const int MaxLines = 200;

    public sealed record Parsed(IReadOnlyList<Invitee> Invitees, IReadOnlyList<RejectedLine> Rejected);

    public static Parsed Parse(string? text)
    {
        var invitees = new List<Invitee>();
        var rejected = new List<RejectedLine>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var lines = (text ?? string.Empty).ReplaceLineEndings("\n").Split('\n');
        var counted = 0;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim().TrimEnd(',', ';').Trim();
            if (line.Length == 0)
            {
                continue;
            }
            var number = i + 1;
            if (++counted > MaxLines)
            {
                rejected.Add(new RejectedLine(number, line, $"At most {MaxLines} people can be invited at once: send the rest in another batch."));
                continue;
            }
            var (name, email, problem) = Read(line);
            if (problem is not null)
            {
                rejected.Add(new RejectedLine(number, line, problem));
            }
            else if (seen.TryGetValue(email, out var first))
            {
                rejected.Add(new RejectedLine(number, line, $"{email} is on line {first} already."));
            }
            else
            {
                seen[email] = number;
                invitees.Add(new Invitee(number, name, email));
            }
        }
        return new Parsed(invitees, rejected);
    }

    private static (string Name, string Email, string? Problem) Read(string line)
    {
        var bracketed = Bracketed().Match(line);
        var name = bracketed.Success ? bracketed.Groups["name"].Value.Trim().Trim('"', '\'').Trim() : string.Empty;
        var address = (bracketed.Success ? bracketed.Groups["email"].Value : line).Trim();
        if (!bracketed.Success && line.IndexOfAny(['<', '>']) >= 0)
        {
            return (name, address, line.Count(c => c == '<') > 1 || line.Count(c => c == '>') > 1
                ? "Write one person per line, as Name <name@university.edu>."
                : line.Contains('>', StringComparison.Ordinal)
                    ? "Put the address between \"<\" and \">\": Name <name@university.edu>."
                    : "Close the address with \">\": Name <name@university.edu>.");
        }
        if (!IsAddress(address))
        {
            return (name, address, $"\"{address}\" is not an e-mail address. Write name@university.edu or Name <name@university.edu>.");
        }
        if (name.Length > ReviewerInvitation.NameMaxLength)
        {
            return (name, address, $"The name has more than {ReviewerInvitation.NameMaxLength} characters: shorten it.");
        }
        return (name, address.ToLowerInvariant(), null);
    }

    public static bool IsAddress(string address) =>
        address.Length <= ReviewerInvitation.EmailMaxLength
        && !address.Any(char.IsWhiteSpace)
        && MailAddress.TryCreate(address, out var parsed)
        && parsed.Address == address
        && parsed.Host.Contains('.', StringComparison.Ordinal)
        && !parsed.Host.StartsWith('.') && !parsed.Host.EndsWith('.');

    [GeneratedRegex(@"^(?<name>[^<>]*)<(?<email>[^<>]*)>$")]
    private static partial Regex Bracketed();
}
