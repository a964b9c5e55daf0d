using System.ComponentModel.DataAnnotations;

namespace DeepMath.Web.Infrastructure.Web;

/// <summary>Configuration section "Instance": which app instance this is, behind a load balancer.</summary>
public sealed class InstanceOptions
{
    public const string Section = "Instance";

    /// <summary>Sent back in an X-Instance header on every response when set (scripts/cluster.sh names them app-1, app-2).</summary>
    [RegularExpression("^[\\x21-\\x7E]{1,64}$",
        ErrorMessage = "Instance:Name must be 1 to 64 printable ASCII characters without spaces (it is sent in a header), or unset.")]
    public string? Name { get; set; }
}
