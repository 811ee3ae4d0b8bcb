namespace JapanAiGov.Web.Caching;

/// <summary>Hands <see cref="PageRenderer"/> the app's whole request pipeline, from its first middleware on.</summary>
internal sealed class PageRendererStartup(PageRenderer renderer) : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use(pipeline =>
        {
            renderer.Attach(pipeline);
            return pipeline;
        });
        next(app);
    };
}
