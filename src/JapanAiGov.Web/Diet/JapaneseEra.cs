namespace JapanAiGov.Web.Diet;

/// <summary>The modern eras (元号) a Diet page or an e-Gov law number can name, with the day each began.</summary>
internal sealed record JapaneseEra(string Name, DateOnly Start)
{
    /// <summary>Oldest first. 昭和 1 is 1926, 平成 1 is 1989, 令和 1 is 2019.</summary>
    public static IReadOnlyList<JapaneseEra> All { get; } =
    [
        new("昭和", new DateOnly(1926, 12, 25)),
        new("平成", new DateOnly(1989, 1, 8)),
        new("令和", new DateOnly(2019, 5, 1)),
    ];

    public static JapaneseEra? Named(string name) => All.FirstOrDefault(era => era.Name == name);

    /// <summary>The era in force on that day; null before 昭和.</summary>
    public static JapaneseEra? On(DateOnly date) => All.LastOrDefault(era => era.Start <= date);

    /// <summary>The era's year (1 = 元年) of a day in it.</summary>
    public int YearOf(DateOnly date) => date.Year - Start.Year + 1;
}
