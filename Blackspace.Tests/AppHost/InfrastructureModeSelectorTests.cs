using Blackspace.AppHost.Infrastructure;

namespace Blackspace.Tests.AppHost;

public sealed class InfrastructureModeSelectorTests
{
    [Fact]
    public void Auto_mode_picks_containers_when_a_container_runtime_answers()
    {
        var mode = InfrastructureModeSelector.Select("auto", () => true);

        Assert.Equal(InfrastructureMode.Containers, mode);
    }

    [Fact]
    public void Auto_mode_picks_local_servers_when_no_container_runtime_answers()
    {
        var mode = InfrastructureModeSelector.Select("auto", () => false);

        Assert.Equal(InfrastructureMode.Local, mode);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void An_unset_mode_means_auto(string? configured)
    {
        var probed = false;

        var mode = InfrastructureModeSelector.Select(configured, () => probed = true);

        Assert.True(probed);
        Assert.Equal(InfrastructureMode.Containers, mode);
    }

    [Theory]
    [InlineData("containers", InfrastructureMode.Containers)]
    [InlineData("Local", InfrastructureMode.Local)]
    [InlineData(" LOCAL ", InfrastructureMode.Local)]
    public void An_explicit_mode_is_used_without_probing(string configured, InfrastructureMode expected)
    {
        var mode = InfrastructureModeSelector.Select(
            configured, () => throw new InvalidOperationException("The probe must not run."));

        Assert.Equal(expected, mode);
    }

    [Theory]
    [InlineData("kubernetes")]
    [InlineData("2")]
    public void An_unknown_mode_is_refused_naming_the_variable(string configured)
    {
        var error = Assert.Throws<InvalidOperationException>(
            () => InfrastructureModeSelector.Select(configured, () => false));

        Assert.Contains("Infrastructure__Mode", error.Message, StringComparison.Ordinal);
        Assert.Contains(configured, error.Message, StringComparison.Ordinal);
    }
}
