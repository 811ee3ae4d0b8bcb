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
}
