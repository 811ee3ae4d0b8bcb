using System.Buffers;
using System.IO.Pipelines;
using Microsoft.AspNetCore.Http.Features;

namespace JapanAiGov.Web.Caching;

/// <summary>
/// A response body that passes every byte on to the server at once, as it is written, and keeps a copy of up to
/// <c>limit</c> bytes (<see cref="PublicPageShortcut"/>). Writes through its <see cref="Stream"/> (Razor, the output
/// cache storing a page) and through its <see cref="Writer"/> (the output cache serving one) are both copied.
/// </summary>
internal sealed class CopyingResponseBody : IHttpResponseBodyFeature, IDisposable
{
    private readonly IHttpResponseBodyFeature _inner;
    private readonly int _limit;
    private readonly ArrayBufferWriter<byte> _copy = new();
    private readonly CopyingStream _stream;
    private readonly CopyingWriter _writer;
    private bool _tooLong;

    public CopyingResponseBody(IHttpResponseBodyFeature inner, int limit)
    {
        _inner = inner;
        _limit = limit;
        _stream = new CopyingStream(this);
        _writer = new CopyingWriter(this);
    }

    public Stream Stream => _stream;

    public PipeWriter Writer => _writer;

    /// <summary>The bytes written, or null when there were more than the limit.</summary>
    public byte[]? Copy() => _tooLong ? null : _copy.WrittenSpan.ToArray();

    public void DisableBuffering() => _inner.DisableBuffering();

    public Task StartAsync(CancellationToken cancellationToken = default) => _inner.StartAsync(cancellationToken);

    public Task SendFileAsync(string path, long offset, long? count, CancellationToken cancellationToken = default) =>
        SendFileFallback.SendFileAsync(_stream, path, offset, count, cancellationToken);

    public Task CompleteAsync() => _inner.CompleteAsync();

    public void Dispose() => _copy.Clear();

    private void Keep(ReadOnlySpan<byte> bytes)
    {
        if (_tooLong)
        {
            return;
        }

        if (_copy.WrittenCount + bytes.Length > _limit)
        {
            _tooLong = true;
            _copy.Clear();
            return;
        }

        _copy.Write(bytes);
    }

    private sealed class CopyingStream(CopyingResponseBody body) : Stream
    {
        private Stream Inner => body._inner.Stream;

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override void Flush() => Inner.Flush();

        public override Task FlushAsync(CancellationToken cancellationToken) => Inner.FlushAsync(cancellationToken);

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            body.Keep(buffer);
            Inner.Write(buffer);
        }

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            body.Keep(buffer.Span);
            return Inner.WriteAsync(buffer, cancellationToken);
        }
    }

    private sealed class CopyingWriter(CopyingResponseBody body) : PipeWriter
    {
        private Memory<byte> _lent;

        private PipeWriter Inner => body._inner.Writer;

        public override void Advance(int bytes)
        {
            body.Keep(_lent.Span[..bytes]);
            _lent = default;
            Inner.Advance(bytes);
        }

        public override Memory<byte> GetMemory(int sizeHint = 0) => _lent = Inner.GetMemory(sizeHint);

        public override Span<byte> GetSpan(int sizeHint = 0) => GetMemory(sizeHint).Span;

        public override void CancelPendingFlush() => Inner.CancelPendingFlush();

        public override void Complete(Exception? exception = null) => Inner.Complete(exception);

        public override ValueTask<FlushResult> FlushAsync(CancellationToken cancellationToken = default) => Inner.FlushAsync(cancellationToken);
    }
}
