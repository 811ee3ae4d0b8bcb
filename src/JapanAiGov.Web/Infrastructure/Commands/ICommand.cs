namespace JapanAiGov.Web.Infrastructure.Commands;

/// <summary>One command of the app's command line: a class beside its feature, listed in Hosting/CommandLine.cs.</summary>
public interface ICommand
{
    /// <summary>One or more words, e.g. <c>migrate</c> or <c>users add</c>.</summary>
    string Name { get; }

    string Description { get; }

    Task<int> RunAsync(CommandContext context, CancellationToken cancellationToken);
}
