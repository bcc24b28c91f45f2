using System.Text;
using OfficeGovernance.Infrastructure.Workbooks;

namespace OfficeGovernance.Infrastructure.Tests.Workbooks;

public sealed class ConcatenatedReadStreamTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(64)]
    public void Read_AnyBufferSize_GivesTheSegmentsInOrderThenEnds(int bufferSize)
    {
        var stream = new ConcatenatedReadStream(
            Encoding.UTF8.GetBytes("<a>"), ReadOnlyMemory<byte>.Empty, Encoding.UTF8.GetBytes("<b/><c/>"), Encoding.UTF8.GetBytes("</a>"));
        var read = new MemoryStream();
        var buffer = new byte[bufferSize];

        int count;
        while ((count = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            read.Write(buffer, 0, count);
        }

        Assert.Equal("<a><b/><c/></a>", Encoding.UTF8.GetString(read.ToArray()));
        Assert.Equal(0, stream.Read(buffer, 0, buffer.Length));
    }

    [Fact]
    public void Seek_ForwardOnlyStream_IsNotSupported()
    {
        var stream = new ConcatenatedReadStream(new byte[] { 1, 2 });

        Assert.False(stream.CanSeek);
        Assert.Throws<NotSupportedException>(() => stream.Length);
        Assert.Throws<NotSupportedException>(() => stream.Seek(0, SeekOrigin.Begin));
    }
}
