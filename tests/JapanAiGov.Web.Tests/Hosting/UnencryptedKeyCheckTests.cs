using JapanAiGov.Web.Hosting;

namespace JapanAiGov.Web.Tests.Hosting;

public sealed class UnencryptedKeyCheckTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 6, 12, 0, 0, TimeSpan.Zero);

    private const string Plain = "<masterKey xmlns:p4=\"http://schemas.asp.net/2015/03/dataProtection\" p4:requiresEncryption=\"true\"><value>c2VjcmV0</value></masterKey>";
    private const string Encrypted = "<encryptedSecret decryptorType=\"System.Security.Cryptography.Xml.EncryptedXmlDecryptor\" xmlns=\"http://schemas.asp.net/2015/03/dataProtection\"><EncryptedData /></encryptedSecret>";

    private static string Key(string id, int activatedDaysAgo, int expiresInDays, string secret, int? createdDaysAgo = null) =>
        $"""
        <key id="{id}" version="1">
          <creationDate>{Now.AddDays(-(createdDaysAgo ?? activatedDaysAgo)):O}</creationDate>
          <activationDate>{Now.AddDays(-activatedDaysAgo):O}</activationDate>
          <expirationDate>{Now.AddDays(expiresInDays):O}</expirationDate>
          <descriptor deserializerType="x"><descriptor><encryption algorithm="AES_256_CBC" /><validation algorithm="HMACSHA256" />{secret}</descriptor></descriptor>
        </key>
        """;

    private static string Revoke(string id, int daysAgo) =>
        $"""<revocation version="1"><revocationDate>{Now.AddDays(-daysAgo):O}</revocationDate><key id="{id}" /><reason>r</reason></revocation>""";

    [Fact]
    public void OnePlainKey_InUse_IsReported() =>
        Assert.True(UnencryptedKeyCheck.DefaultKeyIsUnencrypted([Key("a", 10, 80, Plain)], Now));

    [Fact]
    public void OneEncryptedKey_InUse_IsNot() =>
        Assert.False(UnencryptedKeyCheck.DefaultKeyIsUnencrypted([Key("a", 10, 80, Encrypted)], Now));

    [Fact]
    public void NoKeysOrUnreadableRows_AreNotReported() =>
        Assert.False(UnencryptedKeyCheck.DefaultKeyIsUnencrypted([null, "not xml <", "<other />"], Now));

    [Fact]
    public void PlainKey_ReplacedByANewerEncryptedOne_IsNoLongerInUse() =>
        Assert.False(UnencryptedKeyCheck.DefaultKeyIsUnencrypted([Key("a", 10, 80, Plain), Key("b", 0, 90, Encrypted)], Now));

    [Fact]
    public void EncryptedKey_ActivatingOnlyTomorrow_LeavesThePlainOneInUse() =>
        Assert.True(UnencryptedKeyCheck.DefaultKeyIsUnencrypted([Key("a", 10, 80, Plain), Key("b", -1, 90, Encrypted)], Now));

    [Fact]
    public void NewestKey_Expired_IsNotInUse() =>
        Assert.False(UnencryptedKeyCheck.DefaultKeyIsUnencrypted([Key("a", 100, -1, Plain), Key("b", 200, 10, Encrypted)], Now));

    [Fact]
    public void PlainKey_RevokedById_IsNotInUse() =>
        Assert.False(UnencryptedKeyCheck.DefaultKeyIsUnencrypted([Key("b", 20, 70, Encrypted), Key("a", 10, 80, Plain), Revoke("a", 1)], Now));

    [Fact]
    public void PlainKey_CreatedBeforeARevokeAll_IsNotInUse_ButOneCreatedAfterIs()
    {
        Assert.False(UnencryptedKeyCheck.DefaultKeyIsUnencrypted([Key("a", 10, 80, Plain), Revoke("*", 5)], Now));
        Assert.True(UnencryptedKeyCheck.DefaultKeyIsUnencrypted([Key("a", 2, 80, Plain), Revoke("*", 5)], Now));
    }
}
