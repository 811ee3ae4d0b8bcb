using CsCheck;
using JapanAiGov.Web.Diet;

namespace JapanAiGov.Web.Tests.Diet;

public sealed class DietBillKeyTests
{
    [Fact]
    public void ToString_Key_IsKindSessionNumber() =>
        Assert.Equal("閣法-221-54", new DietBillKey("閣法", 221, 54).ToString());

    [Theory]
    [InlineData("閣法-221-54", "閣法", 221, 54)]
    [InlineData("決算その他-220-1", "決算その他", 220, 1)]
    [InlineData("a-b-1-2", "a-b", 1, 2)]
    public void TryParse_TextForm_IsRead(string text, string kind, int session, int number)
    {
        Assert.True(DietBillKey.TryParse(text, out var key));
        Assert.Equal(new DietBillKey(kind, session, number), key);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("閣法-221")]
    [InlineData("-221-54")]
    [InlineData("閣法--54")]
    [InlineData("閣法-221-")]
    [InlineData("閣法-0221-54")]
    [InlineData("閣法-221-0")]
    [InlineData("閣法-２２１-54")]
    [InlineData("閣法-221-+54")]
    [InlineData("閣 法-221-54")]
    [InlineData("閣法-221-9999999999")]
    public void TryParse_AnythingElse_IsFalse(string? text)
    {
        Assert.False(DietBillKey.TryParse(text, out var key));
        Assert.Null(key);
    }

    [Theory]
    [InlineData("承諾", 213, null)]
    [InlineData("閣法", null, 1)]
    [InlineData("", 221, 1)]
    [InlineData("閣法", 0, 1)]
    public void TryCreate_PartMissingOrInvalid_IsFalse(string? kind, int? session, int? number) =>
        Assert.False(DietBillKey.TryCreate(kind, session, number, out _));

    [Fact]
    public void Constructor_InvalidParts_Throw()
    {
        Assert.Throws<ArgumentException>(() => new DietBillKey(" ", 1, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => new DietBillKey("閣法", 0, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => new DietBillKey("閣法", 1, -1));
    }

    [Fact]
    public void TryParse_AnyKeysText_RoundTrips() =>
        Gen.Select(Gen.String["閣衆参法予算条約承認諾決その他議-"].Where(k => k.Length is > 0 and <= 20), Gen.Int[1, 999], Gen.Int[1, 99_999], (kind, session, number) => new DietBillKey(kind, session, number))
            .Sample(key =>
            {
                Assert.True(DietBillKey.TryParse(key.ToString(), out var parsed));
                Assert.Equal(key, parsed);
            });

    [Fact]
    public void TryParse_AnyText_NeverThrowsAndWhatItReadsWritesBackTheSame() =>
        Gen.OneOf(Gen.String, Gen.String["閣法-0123456789９"]).Sample(text =>
        {
            if (DietBillKey.TryParse(text, out var key))
            {
                Assert.Equal(text, key.ToString());
            }
        });
}
