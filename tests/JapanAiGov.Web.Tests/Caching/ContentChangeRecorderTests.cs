using JapanAiGov.Web.Accounts;
using JapanAiGov.Web.Alerts;
using JapanAiGov.Web.Audit;
using JapanAiGov.Web.Caching;
using JapanAiGov.Web.Items;
using JapanAiGov.Web.Polling;
using JapanAiGov.Web.PublicComments;
using JapanAiGov.Web.Sources;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;

namespace JapanAiGov.Web.Tests.Caching;

public sealed class ContentChangeRecorderTests
{
    [Theory]
    [InlineData(typeof(Delivery))]
    [InlineData(typeof(AlertEvent))]
    [InlineData(typeof(Subscription))]
    [InlineData(typeof(PollerLease))]
    [InlineData(typeof(AuditEntry))]
    [InlineData(typeof(AppUser))]
    [InlineData(typeof(ContentChange))]
    [InlineData(typeof(DataProtectionKey))]
    public void IsPublic_PrivateBookkeeping_NeverDropsTheCache(Type type) => Assert.False(ContentChangeRecorder.IsPublic(type));

    [Theory]
    [InlineData(typeof(RegulatoryItem))]
    [InlineData(typeof(StatusChange))]
    [InlineData(typeof(Source))]
    [InlineData(typeof(LegislativeUpdate))]
    [InlineData(typeof(PollRun))]
    [InlineData(typeof(PublicCommentMatch))]
    public void IsPublic_WhatPagesShow_DropsTheCache(Type type) => Assert.True(ContentChangeRecorder.IsPublic(type));
}
