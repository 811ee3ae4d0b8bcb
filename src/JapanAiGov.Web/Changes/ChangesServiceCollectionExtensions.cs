namespace JapanAiGov.Web.Changes;

public static class ChangesServiceCollectionExtensions
{
    /// <summary>The change log and the readers of the item's own history (status changes, action levels, corrections, withdrawals); each feature adds the reader of its own kind.</summary>
    public static IServiceCollection AddChanges(this IServiceCollection services)
    {
        services.AddScoped<ChangeLog>();
        services.AddChangeReader<StatusChangeReader>();
        services.AddChangeReader<CorrectionReader>();
        services.AddChangeReader<WithdrawalReader>();
        services.AddChangeReader<ActionChangeReader>();
        return services;
    }

    /// <summary>Registers the reader of one kind of change: the log, the feeds, the API and the alerts then show it.</summary>
    public static IServiceCollection AddChangeReader<TReader>(this IServiceCollection services)
        where TReader : class, IChangeReader
    {
        services.AddScoped<IChangeReader, TReader>();
        return services;
    }
}
