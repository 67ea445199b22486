using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Blackspace.ServiceDefaults.Problems;

/// <summary>
/// An error a client can act on: an HTTP status, a stable machine-readable code and a human title.
/// </summary>
/// <param name="Status">The HTTP status code.</param>
/// <param name="Code">A stable code such as <c>invitation.expired</c>; clients branch on it: never rename one.
/// </param>
/// <param name="Title">A short, human-readable summary that does not change between occurrences.</param>
public sealed record ApiError(int Status, string Code, string Title)
{
    /// <summary>The ProblemDetails extension member that carries <see cref="Code"/>.</summary>
    public const string CodeKey = "code";

    /// <summary>Returns this error as an RFC 9457 ProblemDetails response.</summary>
    /// <param name="detail">What went wrong this time; never a secret or a token.</param>
    public ProblemHttpResult ToProblem(string? detail = null) =>
        TypedResults.Problem(
            statusCode: Status,
            title: Title,
            detail: detail,
            extensions: new Dictionary<string, object?> { [CodeKey] = Code });
}
