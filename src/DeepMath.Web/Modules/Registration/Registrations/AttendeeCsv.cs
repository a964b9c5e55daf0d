using System.Globalization;
using System.Text;

namespace DeepMath.Web.Modules.Registration.Registrations;

/// <summary>The attendee list as CSV (RFC 4180), UTF-8 with a byte-order mark so spreadsheets read accents right.</summary>
public static class AttendeeCsv
{
    public static byte[] Write(IEnumerable<RegistrationRow> rows, string currency)
    {
        var csv = new StringBuilder();
        csv.Append("reference,badge_name,email,affiliation,country,ticket_type,career_stage,state,waiting_place,payment,fee,currency,checked_in,dietary,accessibility,on_attendee_list\r\n");
        foreach (var r in rows)
        {
            csv.AppendJoin(',', new[]
            {
                r.Reference, r.BadgeName, r.Email, r.Affiliation, r.Country, r.TicketType, r.Stage.ToString(), r.State.ToString(),
                r.Place?.ToString(CultureInfo.InvariantCulture) ?? string.Empty, r.Payment.ToString(), r.Fee.ToString("0.00", CultureInfo.InvariantCulture), currency,
                r.CheckedIn ? "yes" : "no", r.Dietary ?? string.Empty, r.Accessibility ?? string.Empty, r.ListConsent ? "yes" : "no",
            }.Select(Field)).Append("\r\n");
        }
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv.ToString())];
    }

    /// <summary>Quotes a field when needed, and defuses text a spreadsheet would run as a formula.</summary>
    private static string Field(string value)
    {
        if (value.Length > 0 && "=+-@\t\r".Contains(value[0], StringComparison.Ordinal))
        {
            value = "'" + value;
        }
        return value.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : value;
    }
}
