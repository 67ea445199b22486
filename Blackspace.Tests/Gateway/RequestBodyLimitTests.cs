using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Blackspace.Tests.Gateway;

public sealed class RequestBodyLimitTests : IAsyncLifetime
{
    private const int Limit = 1024;

    private UpstreamServer _auth = null!;
    private UpstreamServer _email = null!;
    private GatewayFactory _factory = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _auth = await UpstreamServer.StartAsync("auth");
        _email = await UpstreamServer.StartAsync("email");
        var settings = GatewayFactory.Discovering(_auth.Address, _email.Address);
        settings["Gateway:MaxRequestBodySize"] = Limit.ToString(CultureInfo.InvariantCulture);
        _factory = new GatewayFactory(settings);
        _client = _factory.CreateClient();
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _factory.DisposeAsync();
        await _auth.DisposeAsync();
        await _email.DisposeAsync();
    }

    [Fact]
    public async Task Body_at_the_limit_reaches_the_service()
    {
        using var response = await _client.PostAsync("/api/auth/sign-up", new ByteArrayContent(new byte[Limit]));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, _auth.RequestCount);
    }

    [Fact]
    public async Task Body_declared_over_the_limit_is_a_413_problem_and_never_reaches_the_service()
    {
        using var response = await _client.PostAsync("/api/auth/sign-up", new ByteArrayContent(new byte[Limit + 1]));

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.RequestEntityTooLarge, "request.too-large");
        Assert.Equal(0, _auth.RequestCount);
    }

    [Fact]
    public async Task Chunked_body_over_the_limit_is_a_413_problem()
    {
        using var content = new StreamContent(new MemoryStream(new byte[Limit * 4]));
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/auth/sign-up") { Content = content };
        request.Headers.TransferEncodingChunked = true;

        using var response = await _client.SendAsync(request);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.RequestEntityTooLarge, "request.too-large");
    }

    [Fact]
    public async Task Body_with_broken_chunk_framing_is_a_400_problem()
    {
        var gateway = _client.BaseAddress!;
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(gateway.Host, gateway.Port);
        var stream = tcp.GetStream();
        var request = "POST /api/auth/sign-up HTTP/1.1\r\n"
            + $"Host: {gateway.Authority}\r\n"
            + "Transfer-Encoding: chunked\r\n"
            + "Connection: close\r\n\r\n"
            + "not-a-chunk-size\r\n\r\n";

        await stream.WriteAsync(Encoding.ASCII.GetBytes(request));
        using var reader = new StreamReader(stream, Encoding.ASCII);
        var response = await reader.ReadToEndAsync();

        Assert.StartsWith("HTTP/1.1 400", response, StringComparison.Ordinal);
        Assert.Contains("\"code\":\"request.malformed\"", response, StringComparison.Ordinal);
    }
}
