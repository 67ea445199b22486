using Blackspace.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace Blackspace.ServiceDefaults;

/// <summary>
/// What every Blackspace service shares: telemetry, health checks, service discovery, resilient HTTP clients and
/// ProblemDetails errors.
/// </summary>
public static class ServiceDefaultsExtensions
{
    /// <summary>The path of the readiness check: the process and every dependency it needs.</summary>
    public const string HealthPath = "/health";

    /// <summary>The path of the liveness check: the process itself, never its dependencies.</summary>
    public const string AlivePath = "/alive";

    /// <summary>The path Prometheus scrapes.</summary>
    public const string MetricsPath = "/metrics";

    private const string LiveTag = "live";

    // Libraries whose spans and meters we want next to our own (messaging crosses services through Wolverine).
    private static readonly string[] s_activitySources = ["Wolverine", "Blackspace"];
    private static readonly string[] s_meters = ["Wolverine", "Blackspace", "Microsoft.AspNetCore.Hosting"];

    /// <summary>
    /// Adds OpenTelemetry, default health checks, service discovery, the standard resilience handler on every
    /// <see cref="System.Net.Http.HttpClient"/> and ProblemDetails.
    /// </summary>
    public static TBuilder AddServiceDefaults<TBuilder>(this TBuilder builder)
        where TBuilder : IHostApplicationBuilder
    {
        ArgumentNullException.ThrowIfNull(builder);

        builder.ConfigureOpenTelemetry();
        builder.AddDefaultHealthChecks();
        builder.Services.AddServiceDiscovery();
        builder.Services.ConfigureHttpClientDefaults(http =>
        {
            // Retries, timeouts and a circuit breaker for every outbound HTTP call; nothing else retries HTTP.
            http.AddStandardResilienceHandler();
            http.AddServiceDiscovery();
        });
        builder.Services.AddApiProblemDetails();

        return builder;
    }

    /// <summary>
    /// Sends traces, metrics and logs over OTLP when an endpoint is configured, and exposes metrics to Prometheus.
    /// </summary>
    public static TBuilder ConfigureOpenTelemetry<TBuilder>(this TBuilder builder)
        where TBuilder : IHostApplicationBuilder
    {
        builder.Logging.AddOpenTelemetry(logging =>
        {
            logging.IncludeFormattedMessage = true;
            logging.IncludeScopes = true;
        });

        var telemetry = builder.Services.AddOpenTelemetry()
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddRuntimeInstrumentation()
                .AddMeter(s_meters)
                .AddPrometheusExporter())
            .WithTracing(tracing => tracing
                .AddSource(builder.Environment.ApplicationName)
                .AddSource(s_activitySources)
                .AddAspNetCoreInstrumentation(aspnet =>
                    // Probes and scrapes would drown real traffic in the trace view.
                    aspnet.Filter = context => !IsInfrastructurePath(context.Request.Path))
                .AddHttpClientInstrumentation());

        if (!string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
        {
            telemetry.UseOtlpExporter();
        }

        return builder;
    }

    /// <summary>Adds a liveness check that answers as long as the process runs.</summary>
    public static TBuilder AddDefaultHealthChecks<TBuilder>(this TBuilder builder)
        where TBuilder : IHostApplicationBuilder
    {
        builder.Services.AddHealthChecks().AddCheck("self", () => HealthCheckResult.Healthy(), [LiveTag]);
        return builder;
    }

    /// <summary>
    /// Turns every failure into a ProblemDetails response: unhandled exceptions (without their message) and bare
    /// error status codes. Call it first after <c>Build()</c>, so that it is inside the developer exception page,
    /// which would otherwise answer in Development with the exception and the request's headers.
    /// </summary>
    public static WebApplication UseServiceDefaults(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);

        app.UseExceptionHandler();
        app.UseStatusCodePages();

        return app;
    }

    /// <summary>
    /// Maps <c>/health</c> (every check), <c>/alive</c> (liveness only) and <c>/metrics</c> (Prometheus).
    /// </summary>
    public static WebApplication MapDefaultEndpoints(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);

        app.MapHealthChecks(HealthPath);
        app.MapHealthChecks(AlivePath, new HealthCheckOptions { Predicate = check => check.Tags.Contains(LiveTag) });
        app.MapPrometheusScrapingEndpoint(MetricsPath);

        return app;
    }

    private static bool IsInfrastructurePath(Microsoft.AspNetCore.Http.PathString path) =>
        path.StartsWithSegments(HealthPath)
        || path.StartsWithSegments(AlivePath)
        || path.StartsWithSegments(MetricsPath);
}
