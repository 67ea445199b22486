using Blackspace.Email;
using Blackspace.Email.Deliveries;
using Blackspace.Email.Persistence;
using Blackspace.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddEmailService();

var app = builder.Build();

app.UseServiceDefaults();
await app.Services.MigrateEmailDatabaseAsync();

app.MapDefaultEndpoints();
app.MapOpenApi();
app.MapDeliveryEndpoints();

await app.RunAsync();
