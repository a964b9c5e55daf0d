using DeepMath.Web.Modules.Program.Contracts;

namespace DeepMath.Web.Modules.Program.Rules;

/// <summary>Who a person of the program is, for the rules: their e-mail when known, else their name, case and spacing aside.</summary>
public static class PersonKey
{
    public static string Of(ProgramPerson person) =>
        string.IsNullOrWhiteSpace(person.Email) ? Name(person.Name) : person.Email.Trim().ToLowerInvariant();

    public static string Name(string name) => string.Join(' ', name.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();
}
