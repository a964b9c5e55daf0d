namespace DeepMath.Web.Modules.Registration.Domain;

public enum PaymentChange
{
    MarkedPaid = 1,
    PaidUndone = 2,
}
