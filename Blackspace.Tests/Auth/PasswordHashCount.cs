namespace Blackspace.Tests.Auth;

/// <summary>How many passwords one service instance has verified.</summary>
public sealed class PasswordHashCount
{
    private int _verifications;

    public int Verifications => Volatile.Read(ref _verifications);

    public void Increment() => Interlocked.Increment(ref _verifications);
}
