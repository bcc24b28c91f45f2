using System.Globalization;
using Parquet;
using Parquet.Schema;

namespace OfficeGovernance.Infrastructure.CostImport;

/// <summary>
/// Reads a FOCUS Parquet export with Parquet.Net, one row group at a time and only the columns the import uses, each
/// value as invariant text (decimals and doubles round-trip, dates and times as ISO 8601 UTC), so CSV and Parquet
/// charges go through the same parser. Memory follows the largest row group, not the file.
/// </summary>
internal static class FocusParquetSource
{
    /// <summary>Reads the schema, then hands each row to the callback <paramref name="start"/> returns, rows numbered from 1.</summary>
    public static async Task ReadAsync(Stream stream, Func<IReadOnlyList<string?>, (int[] Wanted, Action<Func<int, string?>, long> Record)> start)
    {
        await using var reader = await ParquetReader.CreateAsync(stream, leaveStreamOpen: true);
        var fields = reader.Schema.DataFields;
        var (wanted, record) = start(fields.Select(f => (string?)f.Name).ToArray());
        long row = 0;
        for (var g = 0; g < reader.RowGroupCount; g++)
        {
            using var group = reader.OpenRowGroupReader(g);
            var count = checked((int)group.RowCount);
            var columns = new string?[fields.Length][];
            foreach (var index in wanted.Where(i => i >= 0).Distinct())
            {
                columns[index] = await ReadColumnAsync(group, fields[index], count);
            }
            for (var r = 0; r < count; r++)
            {
                record(i => i >= 0 && columns[i] is { } column ? column[r] : null, ++row);
            }
        }
    }

    private static async Task<string?[]> ReadColumnAsync(ParquetRowGroupReader group, DataField field, int count)
    {
        var type = field.ClrType;
        if (type == typeof(string) || type == typeof(ReadOnlyMemory<char>))
        {
            var text = new string?[count];
            await group.ReadAsync(field, text.AsMemory());
            return text;
        }
        return type switch
        {
            _ when type == typeof(decimal) => await ValuesAsync<decimal>(group, field, count, v => v.ToString(CultureInfo.InvariantCulture)),
            _ when type == typeof(double) => await ValuesAsync<double>(group, field, count, v => v.ToString("R", CultureInfo.InvariantCulture)),
            _ when type == typeof(float) => await ValuesAsync<float>(group, field, count, v => v.ToString("R", CultureInfo.InvariantCulture)),
            _ when type == typeof(long) => await ValuesAsync<long>(group, field, count, v => v.ToString(CultureInfo.InvariantCulture)),
            _ when type == typeof(int) => await ValuesAsync<int>(group, field, count, v => v.ToString(CultureInfo.InvariantCulture)),
            _ when type == typeof(DateTime) => await ValuesAsync<DateTime>(group, field, count, Iso),
            _ when type == typeof(DateTimeOffset) => await ValuesAsync<DateTimeOffset>(group, field, count, v => Iso(v.UtcDateTime)),
            _ when type == typeof(bool) => await ValuesAsync<bool>(group, field, count, v => v ? "true" : "false"),
            _ => throw new FormatException($"the Parquet column {field.Name} holds {type.Name} values, which a FOCUS column never does"),
        };
    }

    private static string Iso(DateTime value) =>
        DateTime.SpecifyKind(value, value.Kind == DateTimeKind.Unspecified ? DateTimeKind.Utc : value.Kind)
            .ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture);

    private static async Task<string?[]> ValuesAsync<T>(ParquetRowGroupReader group, DataField field, int count, Func<T, string> text)
        where T : struct
    {
        var result = new string?[count];
        if (field.IsNullable)
        {
            var values = new T?[count];
            await group.ReadAsync<T>(field, values.AsMemory());
            for (var i = 0; i < count; i++)
            {
                result[i] = values[i] is { } v ? text(v) : null;
            }
        }
        else
        {
            var values = new T[count];
            await group.ReadAsync<T>(field, values.AsMemory());
            for (var i = 0; i < count; i++)
            {
                result[i] = text(values[i]);
            }
        }
        return result;
    }
}
