using Blackspace.Auth;
using Blackspace.Auth.Startup;
using Blackspace.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddAuthService();

var app = builder.Build();

app.UseServiceDefaults();
app.UseForwardedHeaders();
app.UseAuthentication();
app.UseAuthorization();

app.MapOpenApi();
app.MapAuthEndpoints();
app.MapDefaultEndpoints();

await app.InitializeAuthDatabaseAsync();
await app.RunAsync();
