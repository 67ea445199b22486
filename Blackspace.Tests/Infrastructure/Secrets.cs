using System.Security.Cryptography;

namespace Blackspace.Tests.Infrastructure;

public static class Secrets
{
    /// <summary>A random password for a test server; hex, so it needs no escaping in any connection string.</summary>
    public static string New() => Convert.ToHexString(RandomNumberGenerator.GetBytes(16)).ToLowerInvariant();
}
