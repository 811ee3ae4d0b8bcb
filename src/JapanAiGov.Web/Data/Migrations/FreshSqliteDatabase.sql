CREATE TABLE IF NOT EXISTS "__EFMigrationsHistory" (
    "MigrationId" TEXT NOT NULL CONSTRAINT "PK___EFMigrationsHistory" PRIMARY KEY,
    "ProductVersion" TEXT NOT NULL
);

BEGIN TRANSACTION;
CREATE TABLE "AspNetRoles" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_AspNetRoles" PRIMARY KEY,
    "Name" TEXT NULL,
    "NormalizedName" TEXT NULL,
    "ConcurrencyStamp" TEXT NULL
);

CREATE TABLE "AspNetUsers" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_AspNetUsers" PRIMARY KEY,
    "DisplayName" TEXT NOT NULL,
    "CreatedAt" INTEGER NOT NULL,
    "UserName" TEXT NULL,
    "NormalizedUserName" TEXT NULL,
    "Email" TEXT NULL,
    "NormalizedEmail" TEXT NULL,
    "EmailConfirmed" INTEGER NOT NULL,
    "PasswordHash" TEXT NULL,
    "SecurityStamp" TEXT NULL,
    "ConcurrencyStamp" TEXT NULL,
    "PhoneNumber" TEXT NULL,
    "PhoneNumberConfirmed" INTEGER NOT NULL,
    "TwoFactorEnabled" INTEGER NOT NULL,
    "LockoutEnd" INTEGER NULL,
    "LockoutEnabled" INTEGER NOT NULL,
    "AccessFailedCount" INTEGER NOT NULL
);

CREATE TABLE "AuditEntries" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_AuditEntries" PRIMARY KEY AUTOINCREMENT,
    "At" INTEGER NOT NULL,
    "UserId" TEXT NULL,
    "UserName" TEXT NOT NULL,
    "Action" TEXT NOT NULL,
    "EntityType" TEXT NOT NULL,
    "EntityKey" TEXT NOT NULL,
    "ItemId" INTEGER NULL,
    "Changes" TEXT NOT NULL
);

CREATE TABLE "DataProtectionKeys" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_DataProtectionKeys" PRIMARY KEY AUTOINCREMENT,
    "FriendlyName" TEXT NULL,
    "Xml" TEXT NULL
);

CREATE TABLE "Items" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Items" PRIMARY KEY AUTOINCREMENT,
    "Slug" TEXT NOT NULL,
    "Title" TEXT NOT NULL,
    "Summary" TEXT NOT NULL,
    "WhatToWatch" TEXT NOT NULL,
    "Topic" TEXT NOT NULL,
    "Jurisdiction" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "StatusChangedAt" INTEGER NOT NULL,
    "LawId" TEXT NULL,
    "CreatedAt" INTEGER NOT NULL,
    "UpdatedAt" INTEGER NOT NULL,
    "Version" INTEGER NOT NULL
);

CREATE TABLE "PollerLeases" (
    "Name" TEXT NOT NULL CONSTRAINT "PK_PollerLeases" PRIMARY KEY,
    "Holder" TEXT NULL,
    "ExpiresAt" INTEGER NOT NULL
);

CREATE TABLE "PollRuns" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_PollRuns" PRIMARY KEY AUTOINCREMENT,
    "StartedAt" INTEGER NOT NULL,
    "FinishedAt" INTEGER NULL,
    "Trigger" TEXT NOT NULL,
    "Outcome" TEXT NOT NULL,
    "Instance" TEXT NULL,
    "LawsChecked" INTEGER NOT NULL,
    "LawsFailed" INTEGER NOT NULL,
    "NewRevisions" INTEGER NOT NULL,
    "UpdatesCreated" INTEGER NOT NULL,
    "Error" TEXT NULL
);

CREATE TABLE "AspNetRoleClaims" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_AspNetRoleClaims" PRIMARY KEY AUTOINCREMENT,
    "RoleId" TEXT NOT NULL,
    "ClaimType" TEXT NULL,
    "ClaimValue" TEXT NULL,
    CONSTRAINT "FK_AspNetRoleClaims_AspNetRoles_RoleId" FOREIGN KEY ("RoleId") REFERENCES "AspNetRoles" ("Id") ON DELETE CASCADE
);

CREATE TABLE "AspNetUserClaims" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_AspNetUserClaims" PRIMARY KEY AUTOINCREMENT,
    "UserId" TEXT NOT NULL,
    "ClaimType" TEXT NULL,
    "ClaimValue" TEXT NULL,
    CONSTRAINT "FK_AspNetUserClaims_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);

CREATE TABLE "AspNetUserLogins" (
    "LoginProvider" TEXT NOT NULL,
    "ProviderKey" TEXT NOT NULL,
    "ProviderDisplayName" TEXT NULL,
    "UserId" TEXT NOT NULL,
    CONSTRAINT "PK_AspNetUserLogins" PRIMARY KEY ("LoginProvider", "ProviderKey"),
    CONSTRAINT "FK_AspNetUserLogins_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);

CREATE TABLE "AspNetUserRoles" (
    "UserId" TEXT NOT NULL,
    "RoleId" TEXT NOT NULL,
    CONSTRAINT "PK_AspNetUserRoles" PRIMARY KEY ("UserId", "RoleId"),
    CONSTRAINT "FK_AspNetUserRoles_AspNetRoles_RoleId" FOREIGN KEY ("RoleId") REFERENCES "AspNetRoles" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_AspNetUserRoles_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);

CREATE TABLE "AspNetUserTokens" (
    "UserId" TEXT NOT NULL,
    "LoginProvider" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "Value" TEXT NULL,
    CONSTRAINT "PK_AspNetUserTokens" PRIMARY KEY ("UserId", "LoginProvider", "Name"),
    CONSTRAINT "FK_AspNetUserTokens_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);

CREATE TABLE "Sources" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Sources" PRIMARY KEY AUTOINCREMENT,
    "ItemId" INTEGER NOT NULL,
    "Publisher" TEXT NOT NULL,
    "Title" TEXT NOT NULL,
    "Url" TEXT NOT NULL,
    "PublishedOn" TEXT NULL,
    "Kind" TEXT NOT NULL,
    CONSTRAINT "FK_Sources_Items_ItemId" FOREIGN KEY ("ItemId") REFERENCES "Items" ("Id") ON DELETE CASCADE
);

CREATE TABLE "StatusChanges" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_StatusChanges" PRIMARY KEY AUTOINCREMENT,
    "ItemId" INTEGER NOT NULL,
    "FromStatus" TEXT NULL,
    "ToStatus" TEXT NOT NULL,
    "Reason" TEXT NOT NULL,
    "EvidenceUrl" TEXT NULL,
    "EffectiveOn" TEXT NULL,
    "ChangedBy" TEXT NOT NULL,
    "ChangedByUserId" TEXT NULL,
    "ChangedAt" INTEGER NOT NULL,
    CONSTRAINT "FK_StatusChanges_Items_ItemId" FOREIGN KEY ("ItemId") REFERENCES "Items" ("Id") ON DELETE CASCADE
);

CREATE TABLE "Subscriptions" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Subscriptions" PRIMARY KEY AUTOINCREMENT,
    "Email" TEXT NOT NULL,
    "Scope" TEXT NOT NULL,
    "ItemId" INTEGER NULL,
    "Topic" TEXT NULL,
    "ScopeKey" TEXT NOT NULL,
    "Cadence" TEXT NOT NULL,
    "CreatedAt" INTEGER NOT NULL,
    "ConfirmTokenHash" TEXT NULL,
    "ConfirmTokenExpiresAt" INTEGER NULL,
    "ConfirmationSentAt" INTEGER NULL,
    "ConfirmedAt" INTEGER NULL,
    "UnsubscribeTokenHash" TEXT NOT NULL,
    "UnsubscribeTokenProtected" TEXT NOT NULL,
    "UnsubscribedAt" INTEGER NULL,
    CONSTRAINT "FK_Subscriptions_Items_ItemId" FOREIGN KEY ("ItemId") REFERENCES "Items" ("Id") ON DELETE CASCADE
);

CREATE TABLE "WatchedLaws" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_WatchedLaws" PRIMARY KEY AUTOINCREMENT,
    "LawId" TEXT NOT NULL,
    "Title" TEXT NOT NULL,
    "ItemId" INTEGER NULL,
    "AddedAt" INTEGER NOT NULL,
    "RemovedAt" INTEGER NULL,
    "BaselineAt" INTEGER NULL,
    "CurrentLawRevisionId" TEXT NULL,
    "LastCheckedAt" INTEGER NULL,
    "LastSucceededAt" INTEGER NULL,
    "LastError" TEXT NULL,
    CONSTRAINT "FK_WatchedLaws_Items_ItemId" FOREIGN KEY ("ItemId") REFERENCES "Items" ("Id") ON DELETE SET NULL
);

CREATE TABLE "LawRevisions" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_LawRevisions" PRIMARY KEY AUTOINCREMENT,
    "WatchedLawId" INTEGER NOT NULL,
    "LawRevisionId" TEXT NOT NULL,
    "LawTitle" TEXT NULL,
    "AmendmentLawId" TEXT NULL,
    "AmendmentLawTitle" TEXT NULL,
    "AmendmentLawNum" TEXT NULL,
    "PromulgationDate" TEXT NULL,
    "EnforcementDate" TEXT NULL,
    "ScheduledEnforcementDate" TEXT NULL,
    "EnforcementComment" TEXT NULL,
    "ApiStatus" TEXT NULL,
    "AmendmentType" TEXT NULL,
    "EGovUpdatedAt" INTEGER NULL,
    "FirstSeenAt" INTEGER NOT NULL,
    "IsBaseline" INTEGER NOT NULL,
    "TextHash" TEXT NULL,
    "ArticleCount" INTEGER NULL,
    "TextFetchedAt" INTEGER NULL,
    CONSTRAINT "FK_LawRevisions_WatchedLaws_WatchedLawId" FOREIGN KEY ("WatchedLawId") REFERENCES "WatchedLaws" ("Id") ON DELETE CASCADE
);

CREATE TABLE "PollLawResults" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_PollLawResults" PRIMARY KEY AUTOINCREMENT,
    "PollRunId" INTEGER NOT NULL,
    "WatchedLawId" INTEGER NULL,
    "LawId" TEXT NOT NULL,
    "Outcome" TEXT NOT NULL,
    "Baseline" INTEGER NOT NULL,
    "RevisionsSeen" INTEGER NOT NULL,
    "NewRevisions" INTEGER NOT NULL,
    "UpdatesCreated" INTEGER NOT NULL,
    "NowInForce" TEXT NULL,
    "Error" TEXT NULL,
    "DurationMs" INTEGER NOT NULL,
    CONSTRAINT "FK_PollLawResults_PollRuns_PollRunId" FOREIGN KEY ("PollRunId") REFERENCES "PollRuns" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_PollLawResults_WatchedLaws_WatchedLawId" FOREIGN KEY ("WatchedLawId") REFERENCES "WatchedLaws" ("Id") ON DELETE SET NULL
);

CREATE TABLE "LawRevisionTexts" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_LawRevisionTexts" PRIMARY KEY,
    "ArticlesJson" TEXT NOT NULL,
    CONSTRAINT "FK_LawRevisionTexts_LawRevisions_Id" FOREIGN KEY ("Id") REFERENCES "LawRevisions" ("Id") ON DELETE CASCADE
);

CREATE TABLE "LegislativeUpdates" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_LegislativeUpdates" PRIMARY KEY AUTOINCREMENT,
    "WatchedLawId" INTEGER NOT NULL,
    "LawRevisionId" INTEGER NOT NULL,
    "PreviousRevisionId" INTEGER NULL,
    "DetectedAt" INTEGER NOT NULL,
    "State" TEXT NOT NULL,
    "DiffStatus" TEXT NOT NULL,
    "ArticlesAdded" INTEGER NOT NULL,
    "ArticlesRemoved" INTEGER NOT NULL,
    "ArticlesChanged" INTEGER NOT NULL,
    "ChangedArticles" TEXT NULL,
    "AcknowledgedAt" INTEGER NULL,
    "AcknowledgedBy" TEXT NULL,
    "AppliedAt" INTEGER NULL,
    "AppliedBy" TEXT NULL,
    CONSTRAINT "FK_LegislativeUpdates_LawRevisions_LawRevisionId" FOREIGN KEY ("LawRevisionId") REFERENCES "LawRevisions" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_LegislativeUpdates_LawRevisions_PreviousRevisionId" FOREIGN KEY ("PreviousRevisionId") REFERENCES "LawRevisions" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_LegislativeUpdates_WatchedLaws_WatchedLawId" FOREIGN KEY ("WatchedLawId") REFERENCES "WatchedLaws" ("Id") ON DELETE CASCADE
);

CREATE TABLE "AlertEvents" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_AlertEvents" PRIMARY KEY AUTOINCREMENT,
    "Kind" TEXT NOT NULL,
    "ItemId" INTEGER NOT NULL,
    "StatusChangeId" INTEGER NULL,
    "LegislativeUpdateId" INTEGER NULL,
    "CreatedAt" INTEGER NOT NULL,
    "FannedOutAt" INTEGER NULL,
    CONSTRAINT "FK_AlertEvents_Items_ItemId" FOREIGN KEY ("ItemId") REFERENCES "Items" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_AlertEvents_LegislativeUpdates_LegislativeUpdateId" FOREIGN KEY ("LegislativeUpdateId") REFERENCES "LegislativeUpdates" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_AlertEvents_StatusChanges_StatusChangeId" FOREIGN KEY ("StatusChangeId") REFERENCES "StatusChanges" ("Id") ON DELETE CASCADE
);

CREATE TABLE "Deliveries" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Deliveries" PRIMARY KEY AUTOINCREMENT,
    "Kind" TEXT NOT NULL,
    "SubscriptionId" INTEGER NOT NULL,
    "AlertEventId" INTEGER NULL,
    "DigestDate" TEXT NULL,
    "DedupKey" TEXT NOT NULL,
    "MessageId" TEXT NOT NULL,
    "ProtectedToken" TEXT NULL,
    "Status" TEXT NOT NULL,
    "Attempts" INTEGER NOT NULL,
    "NextAttemptAt" INTEGER NOT NULL,
    "LeaseOwner" TEXT NULL,
    "LeaseUntil" INTEGER NULL,
    "LastError" TEXT NULL,
    "CreatedAt" INTEGER NOT NULL,
    "SentAt" INTEGER NULL,
    CONSTRAINT "FK_Deliveries_AlertEvents_AlertEventId" FOREIGN KEY ("AlertEventId") REFERENCES "AlertEvents" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_Deliveries_Subscriptions_SubscriptionId" FOREIGN KEY ("SubscriptionId") REFERENCES "Subscriptions" ("Id") ON DELETE CASCADE
);

INSERT INTO "PollerLeases" ("Name", "ExpiresAt", "Holder")
VALUES ('egov-poller', 1291925127168000000, NULL);
SELECT changes();


CREATE INDEX "IX_AlertEvents_FannedOutAt" ON "AlertEvents" ("FannedOutAt");

CREATE INDEX "IX_AlertEvents_ItemId" ON "AlertEvents" ("ItemId");

CREATE INDEX "IX_AlertEvents_LegislativeUpdateId" ON "AlertEvents" ("LegislativeUpdateId");

CREATE INDEX "IX_AlertEvents_StatusChangeId" ON "AlertEvents" ("StatusChangeId");

CREATE INDEX "IX_AspNetRoleClaims_RoleId" ON "AspNetRoleClaims" ("RoleId");

CREATE UNIQUE INDEX "RoleNameIndex" ON "AspNetRoles" ("NormalizedName");

CREATE INDEX "IX_AspNetUserClaims_UserId" ON "AspNetUserClaims" ("UserId");

CREATE INDEX "IX_AspNetUserLogins_UserId" ON "AspNetUserLogins" ("UserId");

CREATE INDEX "IX_AspNetUserRoles_RoleId" ON "AspNetUserRoles" ("RoleId");

CREATE INDEX "EmailIndex" ON "AspNetUsers" ("NormalizedEmail");

CREATE UNIQUE INDEX "UserNameIndex" ON "AspNetUsers" ("NormalizedUserName");

CREATE INDEX "IX_AuditEntries_At" ON "AuditEntries" ("At");

CREATE INDEX "IX_AuditEntries_ItemId" ON "AuditEntries" ("ItemId");

CREATE INDEX "IX_AuditEntries_UserId" ON "AuditEntries" ("UserId");

CREATE INDEX "IX_Deliveries_AlertEventId_SubscriptionId" ON "Deliveries" ("AlertEventId", "SubscriptionId");

CREATE UNIQUE INDEX "IX_Deliveries_DedupKey" ON "Deliveries" ("DedupKey");

CREATE INDEX "IX_Deliveries_Kind_DigestDate" ON "Deliveries" ("Kind", "DigestDate");

CREATE INDEX "IX_Deliveries_LeaseOwner" ON "Deliveries" ("LeaseOwner");

CREATE INDEX "IX_Deliveries_Status_NextAttemptAt" ON "Deliveries" ("Status", "NextAttemptAt");

CREATE INDEX "IX_Deliveries_SubscriptionId" ON "Deliveries" ("SubscriptionId");

CREATE UNIQUE INDEX "IX_Items_Slug" ON "Items" ("Slug");

CREATE INDEX "IX_Items_Status" ON "Items" ("Status");

CREATE INDEX "IX_Items_Topic" ON "Items" ("Topic");

CREATE UNIQUE INDEX "IX_LawRevisions_LawRevisionId" ON "LawRevisions" ("LawRevisionId");

CREATE INDEX "IX_LawRevisions_WatchedLawId" ON "LawRevisions" ("WatchedLawId");

CREATE INDEX "IX_LegislativeUpdates_DetectedAt" ON "LegislativeUpdates" ("DetectedAt");

CREATE UNIQUE INDEX "IX_LegislativeUpdates_LawRevisionId" ON "LegislativeUpdates" ("LawRevisionId");

CREATE INDEX "IX_LegislativeUpdates_PreviousRevisionId" ON "LegislativeUpdates" ("PreviousRevisionId");

CREATE INDEX "IX_LegislativeUpdates_State_DetectedAt" ON "LegislativeUpdates" ("State", "DetectedAt");

CREATE INDEX "IX_LegislativeUpdates_WatchedLawId" ON "LegislativeUpdates" ("WatchedLawId");

CREATE INDEX "IX_PollLawResults_PollRunId" ON "PollLawResults" ("PollRunId");

CREATE INDEX "IX_PollLawResults_WatchedLawId" ON "PollLawResults" ("WatchedLawId");

CREATE INDEX "IX_PollRuns_Outcome_FinishedAt" ON "PollRuns" ("Outcome", "FinishedAt");

CREATE INDEX "IX_PollRuns_StartedAt" ON "PollRuns" ("StartedAt");

CREATE INDEX "IX_Sources_ItemId" ON "Sources" ("ItemId");

CREATE INDEX "IX_StatusChanges_ChangedAt" ON "StatusChanges" ("ChangedAt");

CREATE INDEX "IX_StatusChanges_ItemId" ON "StatusChanges" ("ItemId");

CREATE UNIQUE INDEX "IX_Subscriptions_ConfirmTokenHash" ON "Subscriptions" ("ConfirmTokenHash");

CREATE UNIQUE INDEX "IX_Subscriptions_Email_ScopeKey" ON "Subscriptions" ("Email", "ScopeKey");

CREATE INDEX "IX_Subscriptions_ItemId" ON "Subscriptions" ("ItemId");

CREATE INDEX "IX_Subscriptions_Scope_ConfirmedAt" ON "Subscriptions" ("Scope", "ConfirmedAt");

CREATE UNIQUE INDEX "IX_Subscriptions_UnsubscribeTokenHash" ON "Subscriptions" ("UnsubscribeTokenHash");

CREATE INDEX "IX_WatchedLaws_ItemId" ON "WatchedLaws" ("ItemId");

CREATE UNIQUE INDEX "IX_WatchedLaws_LawId" ON "WatchedLaws" ("LawId");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261124174434_InitialCreate', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
CREATE VIRTUAL TABLE "ItemSearch" USING fts5("Title", "Summary", "WhatToWatch", "Sources", tokenize = 'trigram');

CREATE TRIGGER "Items_Search_Insert" AFTER INSERT ON "Items" BEGIN
    INSERT INTO "ItemSearch" (rowid, "Title", "Summary", "WhatToWatch", "Sources")
    VALUES (new."Id", new."Title", new."Summary", new."WhatToWatch", coalesce((SELECT group_concat(s."Publisher" || ' ' || s."Title" || ' ' || s."Url", char(10)) FROM "Sources" AS s WHERE s."ItemId" = new."Id"), ''));
END;

CREATE TRIGGER "Items_Search_Update" AFTER UPDATE OF "Title", "Summary", "WhatToWatch" ON "Items" BEGIN
    UPDATE "ItemSearch" SET "Title" = new."Title", "Summary" = new."Summary", "WhatToWatch" = new."WhatToWatch" WHERE rowid = new."Id";
END;

CREATE TRIGGER "Items_Search_Delete" AFTER DELETE ON "Items" BEGIN
    DELETE FROM "ItemSearch" WHERE rowid = old."Id";
END;

CREATE TRIGGER "Sources_Search_Insert" AFTER INSERT ON "Sources" BEGIN
    UPDATE "ItemSearch" SET "Sources" = coalesce((SELECT group_concat(s."Publisher" || ' ' || s."Title" || ' ' || s."Url", char(10)) FROM "Sources" AS s WHERE s."ItemId" = new."ItemId"), '') WHERE rowid = new."ItemId";
END;

CREATE TRIGGER "Sources_Search_Update" AFTER UPDATE ON "Sources" BEGIN
    UPDATE "ItemSearch" SET "Sources" = coalesce((SELECT group_concat(s."Publisher" || ' ' || s."Title" || ' ' || s."Url", char(10)) FROM "Sources" AS s WHERE s."ItemId" = old."ItemId"), '') WHERE rowid = old."ItemId";
    UPDATE "ItemSearch" SET "Sources" = coalesce((SELECT group_concat(s."Publisher" || ' ' || s."Title" || ' ' || s."Url", char(10)) FROM "Sources" AS s WHERE s."ItemId" = new."ItemId"), '') WHERE rowid = new."ItemId";
END;

CREATE TRIGGER "Sources_Search_Delete" AFTER DELETE ON "Sources" BEGIN
    UPDATE "ItemSearch" SET "Sources" = coalesce((SELECT group_concat(s."Publisher" || ' ' || s."Title" || ' ' || s."Url", char(10)) FROM "Sources" AS s WHERE s."ItemId" = old."ItemId"), '') WHERE rowid = old."ItemId";
END;

INSERT INTO "ItemSearch" (rowid, "Title", "Summary", "WhatToWatch", "Sources")
SELECT i."Id", i."Title", i."Summary", i."WhatToWatch", coalesce((SELECT group_concat(s."Publisher" || ' ' || s."Title" || ' ' || s."Url", char(10)) FROM "Sources" AS s WHERE s."ItemId" = i."Id"), '')
FROM "Items" AS i;

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261124174448_ItemSearchIndex', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
ALTER TABLE "Subscriptions" ADD "Language" TEXT NOT NULL DEFAULT 'en';

ALTER TABLE "Items" ADD "SummaryJa" TEXT NOT NULL DEFAULT '';

ALTER TABLE "Items" ADD "TitleJa" TEXT NOT NULL DEFAULT '';

ALTER TABLE "Items" ADD "WhatToWatchJa" TEXT NOT NULL DEFAULT '';

DROP TRIGGER IF EXISTS "Items_Search_Insert";

DROP TRIGGER IF EXISTS "Items_Search_Update";

CREATE TRIGGER "Items_Search_Insert" AFTER INSERT ON "Items" BEGIN
    INSERT INTO "ItemSearch" (rowid, "Title", "Summary", "WhatToWatch", "Sources")
    VALUES (new."Id", new."Title" || char(10) || new."TitleJa", new."Summary" || char(10) || new."SummaryJa",
        new."WhatToWatch" || char(10) || new."WhatToWatchJa", coalesce((SELECT group_concat(s."Publisher" || ' ' || s."Title" || ' ' || s."Url", char(10)) FROM "Sources" AS s WHERE s."ItemId" = new."Id"), ''));
END;

CREATE TRIGGER "Items_Search_Update" AFTER UPDATE OF "Title", "Summary", "WhatToWatch", "TitleJa", "SummaryJa", "WhatToWatchJa" ON "Items" BEGIN
    UPDATE "ItemSearch" SET "Title" = new."Title" || char(10) || new."TitleJa", "Summary" = new."Summary" || char(10) || new."SummaryJa",
        "WhatToWatch" = new."WhatToWatch" || char(10) || new."WhatToWatchJa" WHERE rowid = new."Id";
END;

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261128102957_BilingualItems', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
ALTER TABLE "AlertEvents" ADD "PublicCommentMatchId" INTEGER NULL;

CREATE TABLE "PublicCommentCases" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_PublicCommentCases" PRIMARY KEY AUTOINCREMENT,
    "CaseId" TEXT NOT NULL,
    "Title" TEXT NOT NULL,
    "Url" TEXT NOT NULL,
    "Office" TEXT NULL,
    "Category" TEXT NULL,
    "PublishedOn" TEXT NULL,
    "Deadline" INTEGER NULL,
    "Description" TEXT NOT NULL,
    "FirstSeenAt" INTEGER NOT NULL,
    "LastSeenAt" INTEGER NOT NULL,
    "SeenAsConsultation" INTEGER NOT NULL
);

CREATE TABLE "PublicCommentRuns" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_PublicCommentRuns" PRIMARY KEY AUTOINCREMENT,
    "Feed" TEXT NOT NULL,
    "StartedAt" INTEGER NOT NULL,
    "FinishedAt" INTEGER NULL,
    "Trigger" TEXT NOT NULL,
    "Outcome" TEXT NOT NULL,
    "Instance" TEXT NULL,
    "EntriesRead" INTEGER NOT NULL,
    "CasesAdded" INTEGER NOT NULL,
    "ResultsAdded" INTEGER NOT NULL,
    "MatchesAdded" INTEGER NOT NULL,
    "Error" TEXT NULL
);

CREATE TABLE "WatchRules" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_WatchRules" PRIMARY KEY AUTOINCREMENT,
    "ItemId" INTEGER NOT NULL,
    "AllTerms" TEXT NOT NULL,
    "AnyTerms" TEXT NOT NULL,
    "Offices" TEXT NOT NULL,
    "CreatedAt" INTEGER NOT NULL,
    "CreatedBy" TEXT NULL,
    CONSTRAINT "FK_WatchRules_Items_ItemId" FOREIGN KEY ("ItemId") REFERENCES "Items" ("Id") ON DELETE CASCADE
);

CREATE TABLE "PublicCommentMatches" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_PublicCommentMatches" PRIMARY KEY AUTOINCREMENT,
    "CaseId" INTEGER NOT NULL,
    "ItemId" INTEGER NOT NULL,
    "MatchedTerms" TEXT NOT NULL,
    "State" TEXT NOT NULL,
    "MatchedAt" INTEGER NOT NULL,
    "DecidedBy" TEXT NULL,
    "DecidedAt" INTEGER NULL,
    "DismissReason" TEXT NULL,
    CONSTRAINT "FK_PublicCommentMatches_Items_ItemId" FOREIGN KEY ("ItemId") REFERENCES "Items" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_PublicCommentMatches_PublicCommentCases_CaseId" FOREIGN KEY ("CaseId") REFERENCES "PublicCommentCases" ("Id") ON DELETE CASCADE
);

CREATE TABLE "PublicCommentResults" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_PublicCommentResults" PRIMARY KEY AUTOINCREMENT,
    "CaseId" INTEGER NOT NULL,
    "Title" TEXT NOT NULL,
    "Url" TEXT NOT NULL,
    "PublishedOn" TEXT NULL,
    "CommentCount" INTEGER NULL,
    "FirstSeenAt" INTEGER NOT NULL,
    "LastSeenAt" INTEGER NOT NULL,
    CONSTRAINT "FK_PublicCommentResults_PublicCommentCases_CaseId" FOREIGN KEY ("CaseId") REFERENCES "PublicCommentCases" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_AlertEvents_PublicCommentMatchId" ON "AlertEvents" ("PublicCommentMatchId");

CREATE UNIQUE INDEX "IX_PublicCommentCases_CaseId" ON "PublicCommentCases" ("CaseId");

CREATE INDEX "IX_PublicCommentCases_FirstSeenAt" ON "PublicCommentCases" ("FirstSeenAt");

CREATE UNIQUE INDEX "IX_PublicCommentMatches_CaseId_ItemId" ON "PublicCommentMatches" ("CaseId", "ItemId");

CREATE INDEX "IX_PublicCommentMatches_ItemId_State" ON "PublicCommentMatches" ("ItemId", "State");

CREATE INDEX "IX_PublicCommentMatches_State_MatchedAt" ON "PublicCommentMatches" ("State", "MatchedAt");

CREATE UNIQUE INDEX "IX_PublicCommentResults_CaseId" ON "PublicCommentResults" ("CaseId");

CREATE INDEX "IX_PublicCommentRuns_StartedAt" ON "PublicCommentRuns" ("StartedAt");

CREATE INDEX "IX_WatchRules_ItemId" ON "WatchRules" ("ItemId");

UPDATE "Sources"
SET "Url" = 'https://www.theregister.com/2026/04/08/japan_privacy_law_changes_ai/',
    "Title" = 'Japan relaxes privacy laws to make itself the ''easiest country to develop AI''',
    "PublishedOn" = '2026-04-08'
WHERE "Publisher" = 'The Register'
  AND "Url" = 'https://www.theregister.com/'
  AND "Title" = 'Report: Japan''s Cabinet approves PIPA changes easing consent for AI development'
  AND "PublishedOn" = '2026-04-07'
  AND "Kind" = 'Press'
  AND "ItemId" IN (SELECT "Id" FROM "Items" WHERE "Slug" = 'pipa-amendment-ai-training');

INSERT INTO "Sources" ("ItemId", "Publisher", "Title", "Url", "PublishedOn", "Kind")
SELECT i."Id", 'TJS', 'AI brief: Japan relaxes privacy rules for AI training and adds profit-based penalties',
       'https://techjacksolutions.com/ai-brief/japan-relaxes-privacy-rules-for-ai-training-and-adds-profit/', NULL, 'Analysis'
FROM "Items" i
WHERE i."Slug" IN ('pipa-amendment-ai-training', 'profit-based-penalties', 'high-impact-frontier-models')
  AND NOT EXISTS (SELECT 1 FROM "Sources" s WHERE s."ItemId" = i."Id"
                  AND s."Url" = 'https://techjacksolutions.com/ai-brief/japan-relaxes-privacy-rules-for-ai-training-and-adds-profit/');

INSERT INTO "WatchRules" ("ItemId", "AllTerms", "AnyTerms", "Offices", "CreatedAt", "CreatedBy")
SELECT i."Id", '', '高影響' || char(10) || 'フロンティア', '', 1309315497984000000, 'JapanAiGov editors'
FROM "Items" i WHERE i."Slug" = 'high-impact-frontier-models';
INSERT INTO "WatchRules" ("ItemId", "AllTerms", "AnyTerms", "Offices", "CreatedAt", "CreatedBy")
SELECT i."Id", '個人情報', '低リスク' || char(10) || '研究' || char(10) || '人工知能' || char(10) || 'AI' || char(10) || '学習', '', 1309315497984000000, 'JapanAiGov editors'
FROM "Items" i WHERE i."Slug" = 'pipa-amendment-ai-training';

CREATE TABLE "ef_temp_AlertEvents" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_AlertEvents" PRIMARY KEY AUTOINCREMENT,
    "CreatedAt" INTEGER NOT NULL,
    "FannedOutAt" INTEGER NULL,
    "ItemId" INTEGER NOT NULL,
    "Kind" TEXT NOT NULL,
    "LegislativeUpdateId" INTEGER NULL,
    "PublicCommentMatchId" INTEGER NULL,
    "StatusChangeId" INTEGER NULL,
    CONSTRAINT "FK_AlertEvents_Items_ItemId" FOREIGN KEY ("ItemId") REFERENCES "Items" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_AlertEvents_LegislativeUpdates_LegislativeUpdateId" FOREIGN KEY ("LegislativeUpdateId") REFERENCES "LegislativeUpdates" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_AlertEvents_PublicCommentMatches_PublicCommentMatchId" FOREIGN KEY ("PublicCommentMatchId") REFERENCES "PublicCommentMatches" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_AlertEvents_StatusChanges_StatusChangeId" FOREIGN KEY ("StatusChangeId") REFERENCES "StatusChanges" ("Id") ON DELETE CASCADE
);

INSERT INTO "ef_temp_AlertEvents" ("Id", "CreatedAt", "FannedOutAt", "ItemId", "Kind", "LegislativeUpdateId", "PublicCommentMatchId", "StatusChangeId")
SELECT "Id", "CreatedAt", "FannedOutAt", "ItemId", "Kind", "LegislativeUpdateId", "PublicCommentMatchId", "StatusChangeId"
FROM "AlertEvents";

COMMIT;

PRAGMA foreign_keys = 0;

BEGIN TRANSACTION;
DROP TABLE "AlertEvents";

ALTER TABLE "ef_temp_AlertEvents" RENAME TO "AlertEvents";

COMMIT;

PRAGMA foreign_keys = 1;

BEGIN TRANSACTION;
CREATE INDEX "IX_AlertEvents_FannedOutAt" ON "AlertEvents" ("FannedOutAt");

CREATE INDEX "IX_AlertEvents_ItemId" ON "AlertEvents" ("ItemId");

CREATE INDEX "IX_AlertEvents_LegislativeUpdateId" ON "AlertEvents" ("LegislativeUpdateId");

CREATE INDEX "IX_AlertEvents_PublicCommentMatchId" ON "AlertEvents" ("PublicCommentMatchId");

CREATE INDEX "IX_AlertEvents_StatusChangeId" ON "AlertEvents" ("StatusChangeId");

COMMIT;

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261128111022_PublicComments', '10.0.15');

BEGIN TRANSACTION;
CREATE TABLE "ContentChanges" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_ContentChanges" PRIMARY KEY AUTOINCREMENT,
    "ChangedAt" INTEGER NOT NULL
);

CREATE INDEX "IX_ContentChanges_ChangedAt" ON "ContentChanges" ("ChangedAt");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261128141358_OutputCache', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
DROP INDEX "IX_Items_Status";

CREATE INDEX "IX_Items_DashboardOrder" ON "Items" ("StatusChangedAt" DESC, "Title", "Id");

CREATE INDEX "IX_Items_Status_Topic" ON "Items" ("Status", "Topic");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261128182338_DashboardIndexes', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
ALTER TABLE "Subscriptions" ADD "Channel" TEXT NOT NULL DEFAULT 'Email';

ALTER TABLE "Deliveries" ADD "Channel" TEXT NOT NULL DEFAULT 'Email';

CREATE TABLE "ef_temp_Deliveries" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Deliveries" PRIMARY KEY AUTOINCREMENT,
    "AlertEventId" INTEGER NULL,
    "Attempts" INTEGER NOT NULL,
    "Channel" TEXT NOT NULL,
    "CreatedAt" INTEGER NOT NULL,
    "DedupKey" TEXT NOT NULL,
    "DigestDate" TEXT NULL,
    "Kind" TEXT NOT NULL,
    "LastError" TEXT NULL,
    "LeaseOwner" TEXT NULL,
    "LeaseUntil" INTEGER NULL,
    "NextAttemptAt" INTEGER NOT NULL,
    "ProtectedToken" TEXT NULL,
    "SentAt" INTEGER NULL,
    "Status" TEXT NOT NULL,
    "SubscriptionId" INTEGER NOT NULL,
    CONSTRAINT "FK_Deliveries_AlertEvents_AlertEventId" FOREIGN KEY ("AlertEventId") REFERENCES "AlertEvents" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_Deliveries_Subscriptions_SubscriptionId" FOREIGN KEY ("SubscriptionId") REFERENCES "Subscriptions" ("Id") ON DELETE CASCADE
);

INSERT INTO "ef_temp_Deliveries" ("Id", "AlertEventId", "Attempts", "Channel", "CreatedAt", "DedupKey", "DigestDate", "Kind", "LastError", "LeaseOwner", "LeaseUntil", "NextAttemptAt", "ProtectedToken", "SentAt", "Status", "SubscriptionId")
SELECT "Id", "AlertEventId", "Attempts", "Channel", "CreatedAt", "DedupKey", "DigestDate", "Kind", "LastError", "LeaseOwner", "LeaseUntil", "NextAttemptAt", "ProtectedToken", "SentAt", "Status", "SubscriptionId"
FROM "Deliveries";

COMMIT;

PRAGMA foreign_keys = 0;

BEGIN TRANSACTION;
DROP TABLE "Deliveries";

ALTER TABLE "ef_temp_Deliveries" RENAME TO "Deliveries";

COMMIT;

PRAGMA foreign_keys = 1;

BEGIN TRANSACTION;
CREATE INDEX "IX_Deliveries_AlertEventId_SubscriptionId" ON "Deliveries" ("AlertEventId", "SubscriptionId");

CREATE UNIQUE INDEX "IX_Deliveries_DedupKey" ON "Deliveries" ("DedupKey");

CREATE INDEX "IX_Deliveries_Kind_DigestDate" ON "Deliveries" ("Kind", "DigestDate");

CREATE INDEX "IX_Deliveries_LeaseOwner" ON "Deliveries" ("LeaseOwner");

CREATE INDEX "IX_Deliveries_Status_NextAttemptAt" ON "Deliveries" ("Status", "NextAttemptAt");

CREATE INDEX "IX_Deliveries_SubscriptionId" ON "Deliveries" ("SubscriptionId");

COMMIT;

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261206075848_AlertChannels', '10.0.15');

BEGIN TRANSACTION;
ALTER TABLE "WatchRules" ADD "CoversDietBills" INTEGER NOT NULL DEFAULT 0;

ALTER TABLE "WatchRules" ADD "CoversPublicComments" INTEGER NOT NULL DEFAULT 1;

ALTER TABLE "AlertEvents" ADD "DietBillStepId" INTEGER NULL;

CREATE TABLE "DietBills" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_DietBills" PRIMARY KEY AUTOINCREMENT,
    "Kind" TEXT NOT NULL,
    "Session" INTEGER NOT NULL,
    "Number" INTEGER NOT NULL,
    "Title" TEXT NOT NULL,
    "StatusText" TEXT NOT NULL,
    "Stage" TEXT NOT NULL,
    "ProgressUrl" TEXT NULL,
    "FactsJson" TEXT NOT NULL,
    "FirstSeenAt" INTEGER NOT NULL,
    "LastSeenAt" INTEGER NOT NULL,
    "CheckedAt" INTEGER NULL,
    "Problem" TEXT NULL,
    "HasChangedFacts" INTEGER NOT NULL
);

CREATE TABLE "DietRuns" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_DietRuns" PRIMARY KEY AUTOINCREMENT,
    "StartedAt" INTEGER NOT NULL,
    "FinishedAt" INTEGER NULL,
    "Trigger" TEXT NOT NULL,
    "Outcome" TEXT NOT NULL,
    "Instance" TEXT NULL,
    "PagesRead" INTEGER NOT NULL,
    "BillsListed" INTEGER NOT NULL,
    "BillsMatched" INTEGER NOT NULL,
    "StagesRecorded" INTEGER NOT NULL,
    "Error" TEXT NULL
);

CREATE TABLE "DietBillMatches" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_DietBillMatches" PRIMARY KEY AUTOINCREMENT,
    "BillId" INTEGER NOT NULL,
    "ItemId" INTEGER NOT NULL,
    "MatchedTerms" TEXT NOT NULL,
    "State" TEXT NOT NULL,
    "MatchedAt" INTEGER NOT NULL,
    "DecidedBy" TEXT NULL,
    "DecidedAt" INTEGER NULL,
    CONSTRAINT "FK_DietBillMatches_DietBills_BillId" FOREIGN KEY ("BillId") REFERENCES "DietBills" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_DietBillMatches_Items_ItemId" FOREIGN KEY ("ItemId") REFERENCES "Items" ("Id") ON DELETE CASCADE
);

CREATE TABLE "DietBillSteps" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_DietBillSteps" PRIMARY KEY AUTOINCREMENT,
    "MatchId" INTEGER NOT NULL,
    "Stage" TEXT NOT NULL,
    "OccurredOn" TEXT NULL,
    "RecordedAt" INTEGER NOT NULL,
    CONSTRAINT "FK_DietBillSteps_DietBillMatches_MatchId" FOREIGN KEY ("MatchId") REFERENCES "DietBillMatches" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_AlertEvents_DietBillStepId" ON "AlertEvents" ("DietBillStepId");

CREATE UNIQUE INDEX "IX_DietBillMatches_BillId_ItemId" ON "DietBillMatches" ("BillId", "ItemId");

CREATE INDEX "IX_DietBillMatches_ItemId" ON "DietBillMatches" ("ItemId");

CREATE INDEX "IX_DietBillMatches_State_MatchedAt" ON "DietBillMatches" ("State", "MatchedAt");

CREATE UNIQUE INDEX "IX_DietBills_Kind_Session_Number" ON "DietBills" ("Kind", "Session", "Number");

CREATE UNIQUE INDEX "IX_DietBillSteps_MatchId_Stage" ON "DietBillSteps" ("MatchId", "Stage");

CREATE INDEX "IX_DietBillSteps_RecordedAt_Id" ON "DietBillSteps" ("RecordedAt", "Id");

CREATE INDEX "IX_DietRuns_StartedAt" ON "DietRuns" ("StartedAt");

INSERT INTO "WatchRules" ("ItemId", "AllTerms", "AnyTerms", "Offices", "CoversPublicComments", "CoversDietBills", "CreatedAt", "CreatedBy")
SELECT i."Id", '個人情報の保護に関する法律' || char(10) || '改正', '', '', 0, 1, 1309329653760000000, 'JapanAiGov editors'
FROM "Items" i WHERE i."Slug" = 'pipa-amendment-ai-training';
INSERT INTO "WatchRules" ("ItemId", "AllTerms", "AnyTerms", "Offices", "CoversPublicComments", "CoversDietBills", "CreatedAt", "CreatedBy")
SELECT i."Id", '人工知能関連技術', '', '', 0, 1, 1309329653760000000, 'JapanAiGov editors'
FROM "Items" i WHERE i."Slug" = 'ai-promotion-act';

CREATE TABLE "ef_temp_AlertEvents" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_AlertEvents" PRIMARY KEY AUTOINCREMENT,
    "CreatedAt" INTEGER NOT NULL,
    "DietBillStepId" INTEGER NULL,
    "FannedOutAt" INTEGER NULL,
    "ItemId" INTEGER NOT NULL,
    "Kind" TEXT NOT NULL,
    "LegislativeUpdateId" INTEGER NULL,
    "PublicCommentMatchId" INTEGER NULL,
    "StatusChangeId" INTEGER NULL,
    CONSTRAINT "FK_AlertEvents_DietBillSteps_DietBillStepId" FOREIGN KEY ("DietBillStepId") REFERENCES "DietBillSteps" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_AlertEvents_Items_ItemId" FOREIGN KEY ("ItemId") REFERENCES "Items" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_AlertEvents_LegislativeUpdates_LegislativeUpdateId" FOREIGN KEY ("LegislativeUpdateId") REFERENCES "LegislativeUpdates" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_AlertEvents_PublicCommentMatches_PublicCommentMatchId" FOREIGN KEY ("PublicCommentMatchId") REFERENCES "PublicCommentMatches" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_AlertEvents_StatusChanges_StatusChangeId" FOREIGN KEY ("StatusChangeId") REFERENCES "StatusChanges" ("Id") ON DELETE CASCADE
);

INSERT INTO "ef_temp_AlertEvents" ("Id", "CreatedAt", "DietBillStepId", "FannedOutAt", "ItemId", "Kind", "LegislativeUpdateId", "PublicCommentMatchId", "StatusChangeId")
SELECT "Id", "CreatedAt", "DietBillStepId", "FannedOutAt", "ItemId", "Kind", "LegislativeUpdateId", "PublicCommentMatchId", "StatusChangeId"
FROM "AlertEvents";

COMMIT;

PRAGMA foreign_keys = 0;

BEGIN TRANSACTION;
DROP TABLE "AlertEvents";

ALTER TABLE "ef_temp_AlertEvents" RENAME TO "AlertEvents";

COMMIT;

PRAGMA foreign_keys = 1;

BEGIN TRANSACTION;
CREATE INDEX "IX_AlertEvents_DietBillStepId" ON "AlertEvents" ("DietBillStepId");

CREATE INDEX "IX_AlertEvents_FannedOutAt" ON "AlertEvents" ("FannedOutAt");

CREATE INDEX "IX_AlertEvents_ItemId" ON "AlertEvents" ("ItemId");

CREATE INDEX "IX_AlertEvents_LegislativeUpdateId" ON "AlertEvents" ("LegislativeUpdateId");

CREATE INDEX "IX_AlertEvents_PublicCommentMatchId" ON "AlertEvents" ("PublicCommentMatchId");

CREATE INDEX "IX_AlertEvents_StatusChangeId" ON "AlertEvents" ("StatusChangeId");

COMMIT;

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261206084303_DietBills', '10.0.15');

BEGIN TRANSACTION;
UPDATE "AlertEvents" SET "PublicCommentMatchId" = NULL
WHERE "PublicCommentMatchId" IS NOT NULL
  AND "Id" > (SELECT MIN(e2."Id") FROM "AlertEvents" AS e2 WHERE e2."PublicCommentMatchId" = "AlertEvents"."PublicCommentMatchId");

DROP INDEX "IX_AlertEvents_PublicCommentMatchId";

DROP INDEX "IX_AlertEvents_StatusChangeId";

ALTER TABLE "StatusChanges" ADD "RetractedAt" INTEGER NULL;

ALTER TABLE "StatusChanges" ADD "RetractedBy" TEXT NULL;

ALTER TABLE "StatusChanges" ADD "RetractedByUserId" TEXT NULL;

ALTER TABLE "StatusChanges" ADD "RetractionReason" TEXT NULL;

ALTER TABLE "Items" ADD "WithdrawalReason" TEXT NULL;

ALTER TABLE "Items" ADD "WithdrawnAt" INTEGER NULL;

ALTER TABLE "AlertEvents" ADD "ItemWithdrawalId" INTEGER NULL;

CREATE TABLE "ItemWithdrawals" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_ItemWithdrawals" PRIMARY KEY AUTOINCREMENT,
    "ItemId" INTEGER NOT NULL,
    "Withdrawn" INTEGER NOT NULL,
    "Reason" TEXT NOT NULL,
    "EvidenceUrl" TEXT NULL,
    "ChangedBy" TEXT NOT NULL,
    "ChangedByUserId" TEXT NULL,
    "ChangedAt" INTEGER NOT NULL,
    CONSTRAINT "FK_ItemWithdrawals_Items_ItemId" FOREIGN KEY ("ItemId") REFERENCES "Items" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_StatusChanges_RetractedAt" ON "StatusChanges" ("RetractedAt");

CREATE INDEX "IX_AlertEvents_ItemWithdrawalId" ON "AlertEvents" ("ItemWithdrawalId");

CREATE UNIQUE INDEX "IX_AlertEvents_PublicCommentMatchId" ON "AlertEvents" ("PublicCommentMatchId");

CREATE UNIQUE INDEX "IX_AlertEvents_StatusChangeId_Kind" ON "AlertEvents" ("StatusChangeId", "Kind");

CREATE INDEX "IX_ItemWithdrawals_ChangedAt" ON "ItemWithdrawals" ("ChangedAt");

CREATE INDEX "IX_ItemWithdrawals_ItemId" ON "ItemWithdrawals" ("ItemId");

CREATE TABLE "ef_temp_AlertEvents" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_AlertEvents" PRIMARY KEY AUTOINCREMENT,
    "CreatedAt" INTEGER NOT NULL,
    "DietBillStepId" INTEGER NULL,
    "FannedOutAt" INTEGER NULL,
    "ItemId" INTEGER NOT NULL,
    "ItemWithdrawalId" INTEGER NULL,
    "Kind" TEXT NOT NULL,
    "LegislativeUpdateId" INTEGER NULL,
    "PublicCommentMatchId" INTEGER NULL,
    "StatusChangeId" INTEGER NULL,
    CONSTRAINT "FK_AlertEvents_DietBillSteps_DietBillStepId" FOREIGN KEY ("DietBillStepId") REFERENCES "DietBillSteps" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_AlertEvents_ItemWithdrawals_ItemWithdrawalId" FOREIGN KEY ("ItemWithdrawalId") REFERENCES "ItemWithdrawals" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_AlertEvents_Items_ItemId" FOREIGN KEY ("ItemId") REFERENCES "Items" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_AlertEvents_LegislativeUpdates_LegislativeUpdateId" FOREIGN KEY ("LegislativeUpdateId") REFERENCES "LegislativeUpdates" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_AlertEvents_PublicCommentMatches_PublicCommentMatchId" FOREIGN KEY ("PublicCommentMatchId") REFERENCES "PublicCommentMatches" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_AlertEvents_StatusChanges_StatusChangeId" FOREIGN KEY ("StatusChangeId") REFERENCES "StatusChanges" ("Id") ON DELETE CASCADE
);

INSERT INTO "ef_temp_AlertEvents" ("Id", "CreatedAt", "DietBillStepId", "FannedOutAt", "ItemId", "ItemWithdrawalId", "Kind", "LegislativeUpdateId", "PublicCommentMatchId", "StatusChangeId")
SELECT "Id", "CreatedAt", "DietBillStepId", "FannedOutAt", "ItemId", "ItemWithdrawalId", "Kind", "LegislativeUpdateId", "PublicCommentMatchId", "StatusChangeId"
FROM "AlertEvents";

COMMIT;

PRAGMA foreign_keys = 0;

BEGIN TRANSACTION;
DROP TABLE "AlertEvents";

ALTER TABLE "ef_temp_AlertEvents" RENAME TO "AlertEvents";

COMMIT;

PRAGMA foreign_keys = 1;

BEGIN TRANSACTION;
CREATE INDEX "IX_AlertEvents_DietBillStepId" ON "AlertEvents" ("DietBillStepId");

CREATE INDEX "IX_AlertEvents_FannedOutAt" ON "AlertEvents" ("FannedOutAt");

CREATE INDEX "IX_AlertEvents_ItemId" ON "AlertEvents" ("ItemId");

CREATE INDEX "IX_AlertEvents_ItemWithdrawalId" ON "AlertEvents" ("ItemWithdrawalId");

CREATE INDEX "IX_AlertEvents_LegislativeUpdateId" ON "AlertEvents" ("LegislativeUpdateId");

CREATE UNIQUE INDEX "IX_AlertEvents_PublicCommentMatchId" ON "AlertEvents" ("PublicCommentMatchId");

CREATE UNIQUE INDEX "IX_AlertEvents_StatusChangeId_Kind" ON "AlertEvents" ("StatusChangeId", "Kind");

COMMIT;

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261206113326_CorrectionsAndWithdrawals', '10.0.15');

BEGIN TRANSACTION;
CREATE TABLE "ChannelDestinations" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_ChannelDestinations" PRIMARY KEY AUTOINCREMENT,
    "SubscriptionId" INTEGER NOT NULL,
    "Kind" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "UrlProtected" TEXT NOT NULL,
    "UrlDisplay" TEXT NOT NULL,
    "SecretProtected" TEXT NULL,
    "PreviousSecretProtected" TEXT NULL,
    "PreviousSecretExpiresAt" INTEGER NULL,
    "Enabled" INTEGER NOT NULL,
    "DisabledReason" TEXT NULL,
    "CreatedAt" INTEGER NOT NULL,
    "CreatedBy" TEXT NOT NULL,
    CONSTRAINT "FK_ChannelDestinations_Subscriptions_SubscriptionId" FOREIGN KEY ("SubscriptionId") REFERENCES "Subscriptions" ("Id") ON DELETE CASCADE
);

CREATE TABLE "ChannelDeliveryAttempts" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_ChannelDeliveryAttempts" PRIMARY KEY AUTOINCREMENT,
    "DestinationId" INTEGER NOT NULL,
    "DeliveryKey" TEXT NOT NULL,
    "At" INTEGER NOT NULL,
    "Attempt" INTEGER NOT NULL,
    "StatusCode" INTEGER NULL,
    "Outcome" TEXT NOT NULL,
    "Answer" TEXT NULL,
    CONSTRAINT "FK_ChannelDeliveryAttempts_ChannelDestinations_DestinationId" FOREIGN KEY ("DestinationId") REFERENCES "ChannelDestinations" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_ChannelDeliveryAttempts_DestinationId_DeliveryKey" ON "ChannelDeliveryAttempts" ("DestinationId", "DeliveryKey");

CREATE UNIQUE INDEX "IX_ChannelDestinations_SubscriptionId" ON "ChannelDestinations" ("SubscriptionId");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261206114757_AlertDestinations', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
ALTER TABLE "Subscriptions" ADD "Follows" TEXT NOT NULL DEFAULT '';

ALTER TABLE "Items" ADD "Action" TEXT NOT NULL DEFAULT '';

ALTER TABLE "Items" ADD "ActionChangedAt" INTEGER NULL;

ALTER TABLE "Items" ADD "ActionDueLabel" TEXT NOT NULL DEFAULT '';

ALTER TABLE "Items" ADD "ActionDueLabelJa" TEXT NOT NULL DEFAULT '';

ALTER TABLE "Items" ADD "ActionDueOn" TEXT NULL;

ALTER TABLE "Items" ADD "ActionReason" TEXT NOT NULL DEFAULT '';

ALTER TABLE "Items" ADD "ActionReasonJa" TEXT NOT NULL DEFAULT '';

ALTER TABLE "Items" ADD "ActionTrigger" TEXT NOT NULL DEFAULT '';

ALTER TABLE "Items" ADD "ActionTriggerJa" TEXT NOT NULL DEFAULT '';

ALTER TABLE "AlertEvents" ADD "ActionChangeId" INTEGER NULL;

CREATE TABLE "ActionChanges" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_ActionChanges" PRIMARY KEY AUTOINCREMENT,
    "ItemId" INTEGER NOT NULL,
    "FromLevel" TEXT NULL,
    "ToLevel" TEXT NOT NULL,
    "Reason" TEXT NOT NULL,
    "ReasonJa" TEXT NOT NULL,
    "Trigger" TEXT NOT NULL,
    "TriggerJa" TEXT NOT NULL,
    "DueOn" TEXT NULL,
    "DueLabel" TEXT NOT NULL,
    "DueLabelJa" TEXT NOT NULL,
    "ChangedBy" TEXT NOT NULL,
    "ChangedByUserId" TEXT NULL,
    "ChangedAt" INTEGER NOT NULL,
    CONSTRAINT "FK_ActionChanges_Items_ItemId" FOREIGN KEY ("ItemId") REFERENCES "Items" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_Items_Action" ON "Items" ("Action");

CREATE INDEX "IX_AlertEvents_ActionChangeId" ON "AlertEvents" ("ActionChangeId");

CREATE INDEX "IX_ActionChanges_ChangedAt" ON "ActionChanges" ("ChangedAt");

CREATE INDEX "IX_ActionChanges_ItemId" ON "ActionChanges" ("ItemId");

CREATE TABLE "ef_temp_AlertEvents" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_AlertEvents" PRIMARY KEY AUTOINCREMENT,
    "ActionChangeId" INTEGER NULL,
    "CreatedAt" INTEGER NOT NULL,
    "DietBillStepId" INTEGER NULL,
    "FannedOutAt" INTEGER NULL,
    "ItemId" INTEGER NOT NULL,
    "ItemWithdrawalId" INTEGER NULL,
    "Kind" TEXT NOT NULL,
    "LegislativeUpdateId" INTEGER NULL,
    "PublicCommentMatchId" INTEGER NULL,
    "StatusChangeId" INTEGER NULL,
    CONSTRAINT "FK_AlertEvents_ActionChanges_ActionChangeId" FOREIGN KEY ("ActionChangeId") REFERENCES "ActionChanges" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_AlertEvents_DietBillSteps_DietBillStepId" FOREIGN KEY ("DietBillStepId") REFERENCES "DietBillSteps" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_AlertEvents_ItemWithdrawals_ItemWithdrawalId" FOREIGN KEY ("ItemWithdrawalId") REFERENCES "ItemWithdrawals" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_AlertEvents_Items_ItemId" FOREIGN KEY ("ItemId") REFERENCES "Items" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_AlertEvents_LegislativeUpdates_LegislativeUpdateId" FOREIGN KEY ("LegislativeUpdateId") REFERENCES "LegislativeUpdates" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_AlertEvents_PublicCommentMatches_PublicCommentMatchId" FOREIGN KEY ("PublicCommentMatchId") REFERENCES "PublicCommentMatches" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_AlertEvents_StatusChanges_StatusChangeId" FOREIGN KEY ("StatusChangeId") REFERENCES "StatusChanges" ("Id") ON DELETE CASCADE
);

INSERT INTO "ef_temp_AlertEvents" ("Id", "ActionChangeId", "CreatedAt", "DietBillStepId", "FannedOutAt", "ItemId", "ItemWithdrawalId", "Kind", "LegislativeUpdateId", "PublicCommentMatchId", "StatusChangeId")
SELECT "Id", "ActionChangeId", "CreatedAt", "DietBillStepId", "FannedOutAt", "ItemId", "ItemWithdrawalId", "Kind", "LegislativeUpdateId", "PublicCommentMatchId", "StatusChangeId"
FROM "AlertEvents";

COMMIT;

PRAGMA foreign_keys = 0;

BEGIN TRANSACTION;
DROP TABLE "AlertEvents";

ALTER TABLE "ef_temp_AlertEvents" RENAME TO "AlertEvents";

COMMIT;

PRAGMA foreign_keys = 1;

BEGIN TRANSACTION;
CREATE INDEX "IX_AlertEvents_ActionChangeId" ON "AlertEvents" ("ActionChangeId");

CREATE INDEX "IX_AlertEvents_DietBillStepId" ON "AlertEvents" ("DietBillStepId");

CREATE INDEX "IX_AlertEvents_FannedOutAt" ON "AlertEvents" ("FannedOutAt");

CREATE INDEX "IX_AlertEvents_ItemId" ON "AlertEvents" ("ItemId");

CREATE INDEX "IX_AlertEvents_ItemWithdrawalId" ON "AlertEvents" ("ItemWithdrawalId");

CREATE INDEX "IX_AlertEvents_LegislativeUpdateId" ON "AlertEvents" ("LegislativeUpdateId");

CREATE UNIQUE INDEX "IX_AlertEvents_PublicCommentMatchId" ON "AlertEvents" ("PublicCommentMatchId");

CREATE UNIQUE INDEX "IX_AlertEvents_StatusChangeId_Kind" ON "AlertEvents" ("StatusChangeId", "Kind");

COMMIT;

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261206115606_ActionLevels', '10.0.15');

BEGIN TRANSACTION;
ALTER TABLE "WatchedLaws" ADD "LawNum" TEXT NULL;

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261206140830_JapaneseForms', '10.0.15');

COMMIT;

