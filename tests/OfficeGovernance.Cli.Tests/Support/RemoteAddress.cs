using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;

namespace OfficeGovernance.Cli.Tests.Support;

/// <summary>Makes every request of the in-memory test server come from <see cref="Address"/> (TestServer sets none).</summary>
public sealed class RemoteAddress(IPAddress address) : IStartupFilter
{
    public IPAddress Address { get; set; } = address;

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, nextMiddleware) =>
        {
            context.Connection.RemoteIpAddress = Address;
            return nextMiddleware(context);
        });
        next(app);
    };
}
