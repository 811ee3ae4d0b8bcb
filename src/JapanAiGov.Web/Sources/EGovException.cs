using System.Net;

namespace JapanAiGov.Web.Sources;

/// <summary>A call to e-Gov failed; "nothing found" (404001/404004) is not an exception but a null result.</summary>
public sealed class EGovException : Exception
{
    public EGovException()
    {
    }

    public EGovException(string message)
        : base(message)
    {
    }

    public EGovException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public EGovException(EGovFailureKind kind, string message, HttpStatusCode? statusCode = null, string? code = null, Exception? innerException = null)
        : base(message, innerException)
    {
        Kind = kind;
        StatusCode = statusCode;
        Code = code;
    }

    public EGovFailureKind Kind { get; } = EGovFailureKind.UnexpectedStatus;

    public HttpStatusCode? StatusCode { get; }

    /// <summary>e-Gov's six-digit error code from the body, when it sent one.</summary>
    public string? Code { get; }
}
