using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Blackspace.Tests.Gateway;

internal static class ProblemAssert
{
    /// <summary>Asserts an RFC 9457 ProblemDetails response with the given status and error code.</summary>
    public static async Task IsProblemAsync(HttpResponseMessage response, HttpStatusCode status, string code)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);

        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        Assert.Equal(code, problem.GetProperty("code").GetString());
    }
}
