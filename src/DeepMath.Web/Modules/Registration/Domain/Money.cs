using System.Globalization;

namespace DeepMath.Web.Modules.Registration.Domain;

public static class Money
{
    /// <summary>"USD 250.00", "EUR 0.00": the ISO code is unambiguous where a symbol ($) is not.</summary>
    public static string Format(decimal amount, string currency) =>
        amount == 0 ? "free" : $"{currency} {amount.ToString("0.00", CultureInfo.InvariantCulture)}";
}
