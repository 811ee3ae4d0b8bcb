using System.Diagnostics;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace JapanAiGov.Web.Pages;

/// <summary>
/// The error page, also re-executed for 4xx/5xx answers (with the original method, so POST too). It reads only the
/// route: re-reading a form that failed to parse would turn a 400 into a 500. Only 400–599 are error codes; any other
/// number in the address is a page that does not exist.
/// </summary>
[IgnoreAntiforgeryToken]
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public sealed class ErrorModel : PageModel
{
    public int Code { get; private set; }

    public string? RequestId { get; private set; }

    /// <summary>The request failed because the database's storage is full: nothing it tried to save was saved.</summary>
    public bool StorageFull { get; private set; }

    public void OnGet([FromRoute] int? code) => Set(code);

    public void OnPost([FromRoute] int? code) => Set(code);

    private void Set(int? code)
    {
        Code = code switch
        {
            // Re-executed by the exception handler, which has already chosen the code (400 for an unreadable body).
            null => Response.StatusCode >= 400 ? Response.StatusCode : StatusCodes.Status500InternalServerError,
            >= 400 and <= 599 => code.Value,
            _ => StatusCodes.Status404NotFound,
        };
        RequestId = Activity.Current?.Id ?? HttpContext.TraceIdentifier;
        StorageFull = Code == StatusCodes.Status503ServiceUnavailable && Data.StorageFull.Is(HttpContext.Features.Get<IExceptionHandlerFeature>()?.Error);
        Response.StatusCode = Code;
    }
}
