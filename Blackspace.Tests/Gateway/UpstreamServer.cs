using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Blackspace.Tests.Gateway;

/// <summary>
/// A real HTTP server on 127.0.0.1 standing in for a service behind the gateway: it answers every request with an
/// <see cref="UpstreamEcho"/> unless the test maps a more specific endpoint.
/// </summary>
public sealed class UpstreamServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private int _requestCount;

    private UpstreamServer(WebApplication app, string name)
    {
        _app = app;
        Name = name;
    }

    public string Name { get; }

    public Uri Address { get; private set; } = null!;

    /// <summary>How many requests reached this server.</summary>
    public int RequestCount => Volatile.Read(ref _requestCount);

    public static async Task<UpstreamServer> StartAsync(string name, Action<WebApplication>? mapEndpoints = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");

        var app = builder.Build();
        var server = new UpstreamServer(app, name);
        app.Use((context, next) =>
        {
            Interlocked.Increment(ref server._requestCount);
            return next(context);
        });
        mapEndpoints?.Invoke(app);
        app.MapFallback("{**path}", server.EchoAsync);

        await app.StartAsync();
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>();
        server.Address = new Uri(addresses!.Addresses.Single());
        return server;
    }

    /// <summary>An address on 127.0.0.1 where nothing listens, for a service that is down.</summary>
    public static Uri UnusedAddress()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return new Uri($"http://127.0.0.1:{port}");
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task EchoAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync(context.RequestAborted);
        var headers = context.Request.Headers.ToDictionary(
            header => header.Key,
            header => header.Value.ToString(),
            StringComparer.OrdinalIgnoreCase);

        var echo = new UpstreamEcho(
            Name,
            context.Request.Method,
            context.Request.Path.Value ?? string.Empty,
            context.Request.QueryString.Value ?? string.Empty,
            body,
            headers);
        await context.Response.WriteAsJsonAsync(echo, context.RequestAborted);
    }
}
