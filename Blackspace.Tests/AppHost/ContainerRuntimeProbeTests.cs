using System.Diagnostics;
using Blackspace.AppHost.Infrastructure;

namespace Blackspace.Tests.AppHost;

public sealed class ContainerRuntimeProbeTests
{
    private static readonly TimeSpan s_timeout = TimeSpan.FromSeconds(5);

    [Fact]
    public void A_runtime_whose_command_succeeds_answers()
    {
        var probe = new ContainerRuntimeProbe([["false"], ["true"]], s_timeout);

        Assert.True(probe.AnyRuntimeAnswers());
    }

    [Fact]
    public void Runtimes_that_fail_or_are_not_installed_do_not_answer()
    {
        var probe = new ContainerRuntimeProbe([["false"], ["blackspace-no-such-runtime", "info"]], s_timeout);

        Assert.False(probe.AnyRuntimeAnswers());
    }

    [Fact]
    public void A_runtime_that_hangs_does_not_answer_and_does_not_hold_up_the_decision()
    {
        var probe = new ContainerRuntimeProbe([["sleep", "30"]], TimeSpan.FromMilliseconds(300));
        var clock = Stopwatch.StartNew();

        var answers = probe.AnyRuntimeAnswers();

        Assert.False(answers);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"The probe took {clock.Elapsed}.");
    }
}
