using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.Data.Sqlite;

// A minimal Kestrel + Microsoft.Data.Sqlite page over the app's own database: the dashboard's rows (?limit=N, the
// dashboard's page size) and an item page's rows as plain HTML tables. No framework between the query and the bytes,
// so it is what the app is measured against (tests/JapanAiGov.Benchmarks/web-bench.sh).
var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.ClearProviders();
var app = builder.Build();
var connectionString = new SqliteConnectionStringBuilder
{
    DataSource = app.Configuration["Database"] ?? throw new InvalidOperationException("--Database <path to japanaigov.db> is required."),
    Mode = SqliteOpenMode.ReadOnly,
}.ToString();
var encoder = HtmlEncoder.Create(UnicodeRanges.All);

// The very bytes of an app page (saved by web-bench.sh into the --Bytes folder), answered from memory: what a cached page
// is measured against — Kestrel, routing and nothing else.
var sameBytes = new System.Collections.Concurrent.ConcurrentDictionary<string, byte[]>();
app.MapGet("/same-bytes/{name}", (string name) =>
    app.Configuration["Bytes"] is { } folder && Path.GetFileName(name) == name && File.Exists(Path.Combine(folder, name))
        ? Results.Bytes(sameBytes.GetOrAdd(name, n => File.ReadAllBytes(Path.Combine(folder, n))), "text/html; charset=utf-8")
        : Results.NotFound());

app.MapGet("/", async (int? limit, HttpContext context) =>
{
    await using var connection = new SqliteConnection(connectionString);
    await connection.OpenAsync();
    await using var command = connection.CreateCommand();
    command.CommandText = "SELECT Slug, Title, TitleJa, Topic, Status, StatusChangedAt FROM Items ORDER BY StatusChangedAt DESC LIMIT $limit";
    command.Parameters.AddWithValue("$limit", limit ?? -1);
    var html = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Items</title></head><body><table><thead><tr><th>Item</th><th>Topic</th><th>Status</th><th>Last change</th></tr></thead><tbody>");
    await using var reader = await command.ExecuteReaderAsync();
    while (await reader.ReadAsync())
    {
        var title = reader.GetString(1).Length > 0 ? reader.GetString(1) : reader.GetString(2);
        html.Append("<tr><td><a href=\"/items/").Append(encoder.Encode(reader.GetString(0))).Append("\">").Append(encoder.Encode(title))
            .Append("</a></td><td>").Append(encoder.Encode(reader.GetString(3))).Append("</td><td>").Append(encoder.Encode(reader.GetString(4)))
            .Append("</td><td>").Append(encoder.Encode(reader.GetString(5)[..10])).Append("</td></tr>");
    }

    html.Append("</tbody></table></body></html>");
    return Results.Content(html.ToString(), "text/html; charset=utf-8");
});

app.MapGet("/items/{slug}", async (string slug) =>
{
    await using var connection = new SqliteConnection(connectionString);
    await connection.OpenAsync();
    await using var command = connection.CreateCommand();
    command.CommandText = """
        SELECT i.Title, i.TitleJa, i.Summary, i.WhatToWatch, i.Status, i.Topic, i.Id FROM Items i WHERE i.Slug = $slug;
        SELECT s.Publisher, s.Title, s.Url, s.PublishedOn FROM Sources s JOIN Items i ON i.Id = s.ItemId WHERE i.Slug = $slug;
        SELECT c.ToStatus, c.Reason, c.ChangedAt FROM StatusChanges c JOIN Items i ON i.Id = c.ItemId WHERE i.Slug = $slug ORDER BY c.ChangedAt DESC;
        """;
    command.Parameters.AddWithValue("$slug", slug);
    await using var reader = await command.ExecuteReaderAsync();
    if (!await reader.ReadAsync())
    {
        return Results.NotFound();
    }

    var html = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
        .Append(encoder.Encode(reader.GetString(0))).Append("</title></head><body><h1>").Append(encoder.Encode(reader.GetString(0)))
        .Append("</h1><p>").Append(encoder.Encode(reader.GetString(4))).Append(" · ").Append(encoder.Encode(reader.GetString(5)))
        .Append("</p><p>").Append(encoder.Encode(reader.GetString(2))).Append("</p><p>").Append(encoder.Encode(reader.GetString(3))).Append("</p>");
    foreach (var heading in new[] { "Sources", "History" })
    {
        await reader.NextResultAsync();
        html.Append("<h2>").Append(heading).Append("</h2><table><tbody>");
        while (await reader.ReadAsync())
        {
            html.Append("<tr>");
            for (var column = 0; column < reader.FieldCount; column++)
            {
                html.Append("<td>").Append(encoder.Encode(reader.IsDBNull(column) ? string.Empty : reader.GetValue(column).ToString() ?? string.Empty)).Append("</td>");
            }

            html.Append("</tr>");
        }

        html.Append("</tbody></table>");
    }

    return Results.Content(html.Append("</body></html>").ToString(), "text/html; charset=utf-8");
});

await app.RunAsync();
