using JapanAiGov.Web.Data;
using JapanAiGov.Web.Infrastructure;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace JapanAiGov.Web.Accounts;

public static class AccountsServiceCollectionExtensions
{
    public static IServiceCollection AddAccounts(this IServiceCollection services)
    {
        services.AddIdentity<AppUser, IdentityRole>(options =>
            {
                options.User.RequireUniqueEmail = true;
                options.Password.RequiredLength = 12;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequiredUniqueChars = 4;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.Lockout.AllowedForNewUsers = true;
            })
            .AddEntityFrameworkStores<AppDbContext>()
            .AddDefaultTokenProviders()
            .AddErrorDescriber<LocalizedIdentityErrors>()
            .AddPasswordValidator<PasswordPolicy>();

        services.ConfigureApplicationCookie(options =>
        {
            options.LoginPath = "/account/login";
            options.LogoutPath = "/account/logout";
            options.AccessDeniedPath = "/account/denied";
            options.Cookie.Name = AuthCookieName;
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.ExpireTimeSpan = SessionPolicy.IdleTimeout;
            options.SlidingExpiration = true;
            options.Events.OnSigningIn = SessionPolicy.OnSigningIn;
            options.Events.OnValidatePrincipal = SessionPolicy.ValidateAsync;
        });
        services.AddAntiforgery(options => options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest);

        // A site served over https (App:PublicBaseUrl) marks its cookies Secure always, and names the auth and
        // antiforgery cookies with the __Host- prefix, which browsers accept only when Secure, for this host, for path /.
        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme).Configure<IOptions<AppOptions>>((options, app) =>
        {
            if (IsHttps(app.Value))
            {
                options.Cookie.Name = HostPrefix + AuthCookieName;
                options.Cookie.SecurePolicy = CookieSecurePolicy.Always;
            }
        });
        services.AddOptions<AntiforgeryOptions>().Configure<IOptions<AppOptions>>((options, app) =>
        {
            if (IsHttps(app.Value))
            {
                options.Cookie.Name = HostPrefix + "JapanAiGov.Antiforgery";
                options.Cookie.SecurePolicy = CookieSecurePolicy.Always;
            }
        });

        services.AddAuthorizationBuilder()
            .AddPolicy(Roles.EditorPolicy, policy => policy.RequireRole(Roles.Editor, Roles.Admin))
            .AddPolicy(Roles.AdminPolicy, policy => policy.RequireRole(Roles.Admin));

        services.AddScoped<AccountService>();
        services.AddOptions<RateLimiterOptions>().Configure(SignInThrottle.Configure);
        return services;
    }

    public const string AuthCookieName = "JapanAiGov.Auth";

    private const string HostPrefix = "__Host-";

    private static bool IsHttps(AppOptions app) => app.PublicBaseUrl.StartsWith("https://", StringComparison.OrdinalIgnoreCase);
}
