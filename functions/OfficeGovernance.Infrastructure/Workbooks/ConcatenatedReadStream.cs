namespace OfficeGovernance.Infrastructure.Workbooks;

/// <summary>
/// A forward-only stream over byte ranges read one after another, so a piece of a worksheet part can be read as one
/// document (the sheet's opening, the piece's rows, the closing tags) without copying the rows.
/// </summary>
/// <param name="segments">The ranges, in order; they must not change while the stream is read.</param>
internal sealed class ConcatenatedReadStream(params ReadOnlyMemory<byte>[] segments) : Stream
{
    private int _segment;
    private int _offset;

    /// <inheritdoc />
    public override bool CanRead => true;

    /// <inheritdoc />
    public override bool CanSeek => false;

    /// <inheritdoc />
    public override bool CanWrite => false;

    /// <inheritdoc />
    public override long Length => throw new NotSupportedException();

    /// <inheritdoc />
    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    /// <inheritdoc />
    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    /// <inheritdoc />
    public override int Read(Span<byte> buffer)
    {
        while (_segment < segments.Length)
        {
            var remaining = segments[_segment].Span[_offset..];
            if (remaining.IsEmpty)
            {
                _segment++;
                _offset = 0;
                continue;
            }
            var count = Math.Min(remaining.Length, buffer.Length);
            remaining[..count].CopyTo(buffer);
            _offset += count;
            return count;
        }
        return 0;
    }

    /// <inheritdoc />
    public override void Flush()
    {
    }

    /// <inheritdoc />
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    /// <inheritdoc />
    public override void SetLength(long value) => throw new NotSupportedException();

    /// <inheritdoc />
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
