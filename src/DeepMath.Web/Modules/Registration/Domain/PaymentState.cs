namespace DeepMath.Web.Modules.Registration.Domain;

public enum PaymentState
{
    /// <summary>Nothing to pay (free ticket or a 100 % code).</summary>
    None = 0,

    /// <summary>Confirmed — payment due.</summary>
    Due = 1,

    Paid = 2,
}
