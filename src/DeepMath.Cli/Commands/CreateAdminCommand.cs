using DeepMath.Web.Modules.Accounts.CreateAdmin;
using Microsoft.Extensions.DependencyInjection;

namespace DeepMath.Cli.Commands;

/// <summary>`deepmath create-admin EMAIL`: makes an account a site admin, creating it with a one-time password if needed.</summary>
internal static class CreateAdminCommand
{
    public static Task<int> RunAsync(string[] args)
    {
        var email = args.FirstOrDefault(a => !a.StartsWith('-'));
        if (email is null)
        {
            Console.Error.WriteLine("Usage: deepmath create-admin EMAIL");
            return Task.FromResult(2);
        }
        return CliHost.RunAsync(args.Where(a => a != email).ToArray(), async services =>
        {
            var outcome = await services.GetRequiredService<CreateAdminHandler>().HandleAsync(email);
            if (!outcome.Succeeded)
            {
                Console.Error.WriteLine($"Could not make {email} a site admin: {string.Join(" ", outcome.Messages)}");
                return 1;
            }
            if (outcome.Value.Created)
            {
                Console.WriteLine($"Created site admin {email} with the one-time password:");
                Console.WriteLine($"  {outcome.Value.GeneratedPassword}");
                Console.WriteLine("Sign in, change it at /account/manage, and turn on two-factor sign-in (required for admins in Production).");
            }
            else
            {
                Console.WriteLine($"{email} is a site admin.");
            }
            return 0;
        });
    }
}
