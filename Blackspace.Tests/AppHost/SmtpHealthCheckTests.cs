using System.Net;
using System.Net.Sockets;
using System.Text;
using Blackspace.AppHost.Mailbox;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Blackspace.Tests.AppHost;

public sealed class SmtpHealthCheckTests
{
    [Fact]
    public async Task A_server_that_greets_with_220_is_healthy()
    {
        var result = await CheckAgainstServerGreetingAsync("220 blackspace ESMTP ready");

        Assert.Equal(HealthStatus.Healthy, result.Status);
    }

    [Fact]
    public async Task A_server_that_refuses_service_is_unhealthy()
    {
        var result = await CheckAgainstServerGreetingAsync("554 no service");

        Assert.Equal(HealthStatus.Unhealthy, result.Status);
    }

    [Fact]
    public async Task A_closed_port_fails_the_check()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        var check = new SmtpHealthCheck(() => $"smtp://127.0.0.1:{port}");

        await Assert.ThrowsAnyAsync<SocketException>(() => check.CheckHealthAsync(new HealthCheckContext()));
    }

    private static async Task<HealthCheckResult> CheckAgainstServerGreetingAsync(string greeting)
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        var server = Task.Run(async () =>
        {
            using var client = await listener.AcceptTcpClientAsync();
            var stream = client.GetStream();
            await stream.WriteAsync(Encoding.ASCII.GetBytes(greeting + "\r\n"));
            using var reader = new StreamReader(stream, Encoding.ASCII);
            return await reader.ReadLineAsync();
        });
        var check = new SmtpHealthCheck(() => $"smtp://127.0.0.1:{port}");

        var result = await check.CheckHealthAsync(new HealthCheckContext());

        Assert.Equal("QUIT", await server.WaitAsync(TimeSpan.FromSeconds(10)));
        return result;
    }
}
