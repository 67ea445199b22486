using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;

namespace Blackspace.ServiceDefaults.Problems;

/// <summary>
/// Puts the exception handler and status-code pages first in every pipeline, so that no service can forget them
/// or add them after middleware whose failures they must catch.
/// </summary>
internal sealed class ProblemDetailsStartupFilter : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        next(app);
    };
}
