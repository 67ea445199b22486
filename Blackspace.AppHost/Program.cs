using Aspire.Hosting.Lifecycle;
using Blackspace.AppHost.Diagnostics;
using Blackspace.AppHost.Infrastructure;
using Blackspace.AppHost.Services;

var builder = DistributedApplication.CreateBuilder(args);

// Infrastructure
var infrastructure = builder.AddPlatformInfrastructure();

// First administrator
var adminEmail = builder.AddParameter("admin-email", "admin@blackspace.local", publishValueAsDefault: true);
var adminPassword = builder.AddGeneratedSecret("admin-password", persist: true);

// Services
var auth = builder.AddService<Projects.Blackspace_Auth>("auth")
    .WithReference(infrastructure.AuthDb)
    .WithReference(infrastructure.Redis)
    .WithReference(infrastructure.RabbitMq)
    .WithEnvironment("Auth__Admin__Email", adminEmail)
    .WithEnvironment("Auth__Admin__Password", adminPassword)
    .WaitFor(infrastructure.AuthDb)
    .WaitFor(infrastructure.Redis)
    .WaitFor(infrastructure.RabbitMq);

var email = builder.AddService<Projects.Blackspace_Email>("email")
    .WithReference(infrastructure.EmailDb)
    .WithReference(infrastructure.RabbitMq)
    .WithReference(infrastructure.Mailbox)
    .WithEnvironment("Email__From", "no-reply@blackspace.local")
    .WaitFor(infrastructure.EmailDb)
    .WaitFor(infrastructure.RabbitMq)
    .WaitFor(infrastructure.Mailbox);

var gateway = builder.AddService<Projects.Blackspace_Gateway>("gateway")
    .WithReference(auth)
    .WithReference(email)
    .WaitFor(auth)
    .WaitFor(email)
    .WithExternalHttpEndpoints();

// Public URL: links in emails and the token issuer name the gateway, the one public entry.
var publicUrl = gateway.GetEndpoint("http");
auth.WithEnvironment("Auth__PublicBaseUrl", publicUrl)
    .WithEnvironment("Auth__Issuer", publicUrl);

// Console
builder.Services.AddEventingSubscriber<PlatformUrlsLogger>();

builder.Build().Run();
