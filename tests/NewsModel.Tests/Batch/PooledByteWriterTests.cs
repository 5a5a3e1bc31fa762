using System.Text;
using System.Text.Json;
using NewsModel.Batch;

namespace NewsModel.Tests.Batch;

public class PooledByteWriterTests
{
    [Fact]
    public void Bytes_written_across_several_growths_come_back_in_order()
    {
        using var writer = new PooledByteWriter(16);
        var expected = new List<byte>();
        for (var i = 0; i < 5000; i++)
        {
            var span = writer.GetSpan(3);
            span[0] = (byte)i;
            span[1] = (byte)(i >> 8);
            span[2] = 0xAB;
            writer.Advance(3);
            expected.AddRange([(byte)i, (byte)(i >> 8), 0xAB]);
        }

        writer.WrittenSpan.ToArray().Should().Equal(expected);
    }

    [Fact]
    public void A_json_writer_on_it_writes_what_it_writes_on_a_plain_buffer()
    {
        var text = string.Concat(Enumerable.Repeat("متن خبر با نیم‌فاصله و \"نقل قول\" ", 4000));
        using var pooled = new PooledByteWriter(64);
        using (var json = new Utf8JsonWriter(pooled))
        {
            json.WriteStartObject();
            json.WriteString("text", text);
            json.WriteEndObject();
        }

        var plain = new System.Buffers.ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(plain))
        {
            json.WriteStartObject();
            json.WriteString("text", text);
            json.WriteEndObject();
        }

        Encoding.UTF8.GetString(pooled.WrittenSpan).Should().Be(Encoding.UTF8.GetString(plain.WrittenSpan));
        pooled.WrittenSpan.Length.Should().BeGreaterThan(100_000);
    }

    [Fact]
    public void Advancing_past_the_requested_space_is_refused()
    {
        using var writer = new PooledByteWriter(16);
        var room = writer.GetSpan(4).Length;

        var act = () => writer.Advance(room + 1);

        act.Should().Throw<InvalidOperationException>();
        writer.WrittenSpan.Length.Should().Be(0);
    }
}
