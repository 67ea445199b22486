using Blackspace.Gateway.Edge;
using Blackspace.Gateway.Proxy;
using Blackspace.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddGatewayEdge();
builder.AddGatewayProxy();

var app = builder.Build();

app.UseServiceDefaults();
app.UseGatewayEdge();
app.MapDefaultEndpoints();
app.MapGatewayProxy();

app.Run();
