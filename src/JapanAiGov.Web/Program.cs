using JapanAiGov.Web.Accounts;
using JapanAiGov.Web.Alerts;
using JapanAiGov.Web.Analysis;
using JapanAiGov.Web.Api;
using JapanAiGov.Web.Caching;
using JapanAiGov.Web.Data;
using JapanAiGov.Web.Diet;
using JapanAiGov.Web.Hosting;
using JapanAiGov.Web.Infrastructure;
using JapanAiGov.Web.Infrastructure.Commands;
using JapanAiGov.Web.Localization;
using JapanAiGov.Web.Changes;
using JapanAiGov.Web.Polling;
using JapanAiGov.Web.PublicComments;
using JapanAiGov.Web.Sources;

try
{
    var builder = WebApplication.CreateBuilder(ContentRoot.Options(args));
    builder.AddLogging();
    builder.Services.AddData();
    builder.Services.AddWeb();
    builder.AddDataProtectionCertificate();
    builder.Services.AddAccounts();
    builder.Services.AddAlerts();
    builder.Services.AddChanges();
    builder.Services.AddSources();
    builder.Services.AddPolling();
    builder.Services.AddPublicComments();
    builder.Services.AddDiet();
    builder.Services.AddAnalysis();
    builder.Services.AddAppLocalization();
    builder.Services.AddApi();
    builder.Services.AddPublicPageCache();

    var app = builder.Build();
    if (CommandLine.IsCommand(args))
    {
        app.ValidateOptions();
        return await CommandLine.RunAsync(app.Services, args, Console.In, Console.Out, Console.Error);
    }

    await app.InitializeDatabaseAsync();
    app.UseWebPipeline();
    app.MapWebEndpoints();
    app.MapAnalysis();
    app.MapApi();
    await app.RunAsync();
    return ExitCodes.Success;
}
catch (Exception exception) when (exception is not HostAbortedException)
{
    StartupFailure.Report(exception);
    return ExitCodes.Failure;
}

public partial class Program;
