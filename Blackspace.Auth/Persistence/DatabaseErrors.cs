using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Blackspace.Auth.Persistence;

public static class DatabaseErrors
{
    /// <summary>True when a unique index refused the write: someone else stored the same thing first.</summary>
    public static bool IsUniqueViolation(DbUpdateException exception) =>
        exception.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation };
}
