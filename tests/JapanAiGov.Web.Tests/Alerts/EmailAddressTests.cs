using JapanAiGov.Web.Alerts;

namespace JapanAiGov.Web.Tests.Alerts;

public sealed class EmailAddressTests
{
    [Theory]
    [InlineData("reader@example.org", "reader@example.org")]
    [InlineData("  Reader.Name+alerts@Example.ORG ", "reader.name+alerts@example.org")]
    [InlineData("team@例え.jp", "team@xn--r8jz45g.jp")]
    [InlineData("o'brien@sub.example.co.jp", "o'brien@sub.example.co.jp")]
    [InlineData("reader@example.org.", "reader@example.org")]
    public void TryNormalize_ValidAddress_IsNormalised(string input, string expected)
    {
        Assert.True(EmailAddress.TryNormalize(input, out var normalized));
        Assert.Equal(expected, normalized);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("reader")]
    [InlineData("@example.org")]
    [InlineData("reader@")]
    [InlineData("reader@localhost")]
    [InlineData("reader@example.org\r\nBcc: victim@example.org")]
    [InlineData("reader@example.org\nBcc: victim@example.org")]
    [InlineData("reader\r@example.org")]
    [InlineData("Reader <reader@example.org>")]
    [InlineData("two words@example.org")]
    [InlineData(".reader@example.org")]
    [InlineData("re..ader@example.org")]
    [InlineData("reader@-example.org")]
    [InlineData("reader@exa_mple.org")]
    [InlineData("\"quoted\"@example.org")]
    public void TryNormalize_InvalidOrHeaderInjectingAddress_IsRefused(string? input)
    {
        Assert.False(EmailAddress.TryNormalize(input, out _));
    }

    [Fact]
    public void TryNormalize_TooLongAddress_IsRefused()
    {
        Assert.False(EmailAddress.TryNormalize(new string('a', 65) + "@example.org", out _));
        Assert.False(EmailAddress.TryNormalize("a@" + string.Join('.', Enumerable.Repeat(new string('b', 60), 5)) + ".org", out _));
    }

    [Fact]
    public void Mask_KeepsFirstLetterAndDomainOnly()
    {
        Assert.Equal("r***@example.org", EmailAddress.Mask("reader@example.org"));
    }

    [Theory]
    [InlineData("5.1.1 <bounce@example.org>: Recipient address rejected", "5.1.1 <b***@example.org>: Recipient address rejected")]
    [InlineData("Mailbox reader.one+tag@mail.example.co.jp is full; also ann@example.org", "Mailbox r***@mail.example.co.jp is full; also a***@example.org")]
    [InlineData("4.7.0 Try again later", "4.7.0 Try again later")]
    [InlineData("", "")]
    public void MaskAll_MasksEveryAddressInAServerReply(string reply, string expected)
    {
        Assert.Equal(expected, EmailAddress.MaskAll(reply));
    }

    [Theory]
    [InlineData("a@b.co", "a@b.co")]
    [InlineData("x@example.org", "x@example.org")]
    [InlineData("!#$%&'*+/=?^_`{|}~-@example.org", "!#$%&'*+/=?^_`{|}~-@example.org")]
    [InlineData("first.last@example.org", "first.last@example.org")]
    [InlineData("Reader@EXAMPLE.org...", "reader@example.org")]
    [InlineData("reader@my-host.example.org", "reader@my-host.example.org")]
    [InlineData("reader@a1.b2", "reader@a1.b2")]
    public void TryNormalize_EdgeOfTheRules_IsAccepted(string input, string expected)
    {
        Assert.True(EmailAddress.TryNormalize(input, out var normalized));
        Assert.Equal(expected, normalized);
    }

    [Theory]
    [InlineData("   ")]
    [InlineData("reader.@example.org")]
    [InlineData("read\ter@example.org")]
    [InlineData("read\u3000er@example.org")]
    [InlineData("read\u0001er@example.org")]
    [InlineData("rëader@example.org")]
    [InlineData("read(er)@example.org")]
    [InlineData("reader@example")]
    [InlineData("reader@.example.org")]
    [InlineData("reader@example..org")]
    [InlineData("reader@example-.org")]
    [InlineData("reader@example.-org")]
    [InlineData("reader@exa mple.org")]
    [InlineData("a@b@example.org")]
    [InlineData("reader@.")]
    [InlineData("reader@..")]
    public void TryNormalize_JustOutsideTheRules_IsRefused(string input)
    {
        Assert.False(EmailAddress.TryNormalize(input, out var normalized));
        Assert.Equal(string.Empty, normalized);
    }

    [Fact]
    public void TryNormalize_LocalPart_IsAtMost64Characters()
    {
        Assert.True(EmailAddress.TryNormalize(new string('a', 64) + "@example.org", out var normalized));
        Assert.Equal(new string('a', 64) + "@example.org", normalized);
        Assert.False(EmailAddress.TryNormalize(new string('a', 65) + "@example.org", out _));
    }

    [Fact]
    public void TryNormalize_DomainLabel_IsAtMost63Characters()
    {
        Assert.True(EmailAddress.TryNormalize("a@" + new string('b', 63) + ".org", out _));
        Assert.False(EmailAddress.TryNormalize("a@" + new string('b', 64) + ".org", out _));
    }

    [Fact]
    public void TryNormalize_WholeAddress_IsAtMost254Characters_BeforeAndAfterConversion()
    {
        // 64 + 1 + 189 = 254: the longest address accepted; one more character and it is refused.
        var longest = new string('a', 64) + "@" + new string('d', 62) + "." + new string('d', 62) + "." + new string('d', 59) + ".org";
        Assert.Equal(254, longest.Length);
        Assert.True(EmailAddress.TryNormalize(longest, out var normalized));
        Assert.Equal(254, normalized.Length);
        Assert.False(EmailAddress.TryNormalize("a" + longest[1..] + "x", out _));

        // Short enough typed in Unicode, too long once converted to ASCII (punycode).
        var unicode = new string('a', 64) + "@" + string.Join('.', Enumerable.Repeat("例え例え例え例え例え例え例え", 8)) + ".jp";
        Assert.True(unicode.Length <= 254);
        Assert.False(EmailAddress.TryNormalize(unicode, out _));
    }

    [Theory]
    [InlineData("@example.org", "***")]
    [InlineData("plain", "***")]
    [InlineData("a@b@example.org", "a***@example.org")]
    [InlineData("ab@x.y", "a***@x.y")]
    public void Mask_WithoutALocalPart_HidesEverything_AndUsesTheLastAt(string email, string expected)
    {
        Assert.Equal(expected, EmailAddress.Mask(email));
    }
}
