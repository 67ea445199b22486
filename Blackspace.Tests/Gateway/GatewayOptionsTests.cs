using Microsoft.Extensions.Options;

namespace Blackspace.Tests.Gateway;

public sealed class GatewayOptionsTests
{
    [Fact]
    public async Task Gateway_refuses_to_start_with_a_body_limit_below_one_byte()
    {
        await using var factory = new GatewayFactory(new Dictionary<string, string?>
        {
            ["Gateway:MaxRequestBodySize"] = "0",
        });

        var failure = Assert.Throws<OptionsValidationException>(() => factory.StartServer());

        Assert.Contains("Gateway__MaxRequestBodySize", failure.Message, StringComparison.Ordinal);
    }
}
