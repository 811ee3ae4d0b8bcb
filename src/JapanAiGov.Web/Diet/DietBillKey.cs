using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace JapanAiGov.Web.Diet;

/// <summary>
/// A bill's identity on the House of Representatives' pages: kind, 提出回次 and 番号. A bill carried over keeps its key
/// (the session it was submitted in) while it gets a new progress page each session. Text form <c>閣法-221-54</c>.
/// </summary>
public sealed record DietBillKey
{
    public DietBillKey(string kind, int session, int number)
    {
        if (!IsKind(kind))
        {
            throw new ArgumentException("A bill's kind is a short name without spaces (閣法, 衆法 …).", nameof(kind));
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(session, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(number, 1);
        Kind = kind;
        Session = session;
        Number = number;
    }

    public string Kind { get; }

    public int Session { get; }

    public int Number { get; }

    /// <summary>The key when all three parts are there and valid (a list row of 承諾 or 決算その他 has no number, so no key).</summary>
    public static bool TryCreate(string? kind, int? session, int? number, [NotNullWhen(true)] out DietBillKey? key)
    {
        key = IsKind(kind) && session >= 1 && number >= 1 ? new DietBillKey(kind, session.Value, number.Value) : null;
        return key is not null;
    }

    /// <summary>Reads the text form exactly as <see cref="ToString"/> writes it (ASCII digits, no leading zeros).</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, [NotNullWhen(true)] out DietBillKey? key)
    {
        key = null;
        var last = text?.LastIndexOf('-') ?? -1;
        if (text is null || last <= 0)
        {
            return false;
        }

        var middle = text.LastIndexOf('-', last - 1);
        if (middle <= 0)
        {
            return false;
        }

        return TryCreate(text[..middle], Canonical(text[(middle + 1)..last]), Canonical(text[(last + 1)..]), out key);
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Kind}-{Session}-{Number}");

    private static bool IsKind([NotNullWhen(true)] string? kind) =>
        !string.IsNullOrEmpty(kind) && kind.Length <= 20 && !kind.Any(c => char.IsWhiteSpace(c) || char.IsControl(c) || char.IsSurrogate(c));

    private static int? Canonical(string digits) =>
        digits.Length is > 0 and <= 9 && digits.All(char.IsAsciiDigit) && digits[0] != '0'
            ? int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture)
            : null;
}
