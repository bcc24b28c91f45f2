using System.Text;
using Microsoft.AspNetCore.Http;
using OfficeGovernance.Functions.Http;

namespace OfficeGovernance.Functions.Tests.Http;

/// <summary>
/// <see cref="LargeBodyGate"/> under a hostile caller (docs/rules.md#request-bounds): a large body sent slowly must not
/// hold the gate that lets one large body at a time be parsed, or one caller could stall every large review.
/// </summary>
public sealed class LargeBodyGateTests
{
    // Guards the test against hanging if the gate were held; it is not a timing assertion.
    private static readonly TimeSpan Hang = TimeSpan.FromMinutes(1);

    [Fact]
    public async Task EnterAsync_LargeBodyStalledMidSend_AnotherLargeBodyEntersMeanwhile()
    {
        var stalled = new StalledStream(Encoding.UTF8.GetBytes(new string('x', 1000)));
        var slow = LargeRequest(stalled, declaredLength: null);
        var complete = LargeRequest(new MemoryStream(new byte[LargeBodyGate.LargeBodyBytes]), LargeBodyGate.LargeBodyBytes);

        var slowEntry = LargeBodyGate.EnterAsync(slow, CancellationToken.None);
        await stalled.Stalled.Task.WaitAsync(Hang);
        using (await LargeBodyGate.EnterAsync(complete, CancellationToken.None).WaitAsync(Hang))
        {
            Assert.False(slowEntry.IsCompleted);
        }
        stalled.Release.SetResult();
        using var entered = await slowEntry.WaitAsync(Hang);

        Assert.Equal(new string('x', 1000) + "end", await new StreamReader(slow.Body).ReadToEndAsync());
    }

    [Fact]
    public async Task EnterAsync_SmallDeclaredBody_NeitherReadsNorWaits()
    {
        var body = new MemoryStream(Encoding.UTF8.GetBytes("{}"));
        var request = LargeRequest(body, declaredLength: 2);

        using var entered = await LargeBodyGate.EnterAsync(request, CancellationToken.None);

        Assert.Equal(0, body.Position);
    }

    private static HttpRequest LargeRequest(Stream body, long? declaredLength)
    {
        var context = new DefaultHttpContext();
        context.Request.Body = body;
        context.Request.ContentLength = declaredLength;
        return context.Request;
    }

    /// <summary>A body that gives its first bytes, then waits for <see cref="Release"/> before giving "end".</summary>
    private sealed class StalledStream(byte[] first) : Stream
    {
        private int _stage;

        public TaskCompletionSource Stalled { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource Release { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            switch (_stage++)
            {
                case 0:
                    first.CopyTo(buffer);
                    return first.Length;
                case 1:
                    Stalled.SetResult();
                    await Release.Task;
                    "end"u8.CopyTo(buffer.Span);
                    return 3;
                default:
                    return 0;
            }
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException("The body is read asynchronously.");

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
