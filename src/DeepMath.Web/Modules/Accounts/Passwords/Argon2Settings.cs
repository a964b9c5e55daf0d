using NSec.Cryptography;

namespace DeepMath.Web.Modules.Accounts.Passwords;

/// <summary>An Argon2id cost: memory in KiB and passes over it (always one lane, which libsodium requires).</summary>
public sealed record Argon2Settings(int MemoryKiB, int Passes)
{
    // What a stored hash may ask for: a planted or damaged row must not make one sign-in take gigabytes or minutes.
    public bool IsPlausible => MemoryKiB is >= 8 and <= 256 * 1024 && Passes is >= 1 and <= 16;

    public PasswordBasedKeyDerivationAlgorithm Algorithm() =>
        PasswordBasedKeyDerivationAlgorithm.Argon2id(new Argon2Parameters { DegreeOfParallelism = 1, MemorySize = MemoryKiB, NumberOfPasses = Passes });
}
