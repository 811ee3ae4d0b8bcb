namespace JapanAiGov.Web.Infrastructure.Commands;

public sealed record CommandContext(
    IServiceProvider Services,
    CommandArguments Arguments,
    TextReader Input,
    TextWriter Output,
    TextWriter Error);
