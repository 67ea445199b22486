using System.Net;
using System.Net.Sockets;

namespace Blackspace.Tests.Infrastructure;

/// <summary>Hands out loopback ports that are free now, never the same one twice in a test run.</summary>
public static class Ports
{
    private static readonly HashSet<int> s_handedOut = [];
    private static readonly Lock s_lock = new();

    public static int Next()
    {
        lock (s_lock)
        {
            while (true)
            {
                using var listener = new TcpListener(IPAddress.Loopback, 0);
                listener.Start();
                var port = ((IPEndPoint)listener.LocalEndpoint).Port;
                listener.Stop();
                if (s_handedOut.Add(port))
                {
                    return port;
                }
            }
        }
    }
}
