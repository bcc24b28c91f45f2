using System.Text;
using System.Text.RegularExpressions;

namespace OfficeGovernance.Infrastructure.DecisionLog.TableStorage;

/// <summary>
/// The multipart/mixed body of an entity group transaction (one changeset; Insert is POST to the table, Replace is
/// PUT to the entity with If-Match) and the reading of its answer, whose parts each hold an HTTP status line.
/// </summary>
internal static partial class TableBatch
{
    public const int MaxOperations = 100;

    /// <exception cref="ArgumentException">No operations, more than 100, several partitions, or a Replace without ETag.</exception>
    public static void Check(IReadOnlyList<TableOperation> operations)
    {
        ArgumentNullException.ThrowIfNull(operations);
        if (operations.Count is 0 or > MaxOperations)
        {
            throw new ArgumentException("A transaction holds 1 to 100 operations.", nameof(operations));
        }

        var partition = operations[0].Entity.PartitionKey;
        foreach (var operation in operations)
        {
            TableAddress.CheckKey(operation.Entity.PartitionKey, nameof(operations));
            TableAddress.CheckKey(operation.Entity.RowKey, nameof(operations));
            if (!string.Equals(operation.Entity.PartitionKey, partition, StringComparison.Ordinal))
            {
                throw new ArgumentException("All operations of a transaction must share one partition.", nameof(operations));
            }

            if (operation.Kind == TableOperationKind.Replace && string.IsNullOrEmpty(operation.Entity.ETag))
            {
                throw new ArgumentException(
                    $"Replace of '{operation.Entity.RowKey}' needs the entity's ETag.", nameof(operations));
            }
        }
    }

    /// <summary>The body; <paramref name="batchBoundary"/> goes into the request's Content-Type.</summary>
    public static byte[] Body(
        Uri endpoint, string table, IReadOnlyList<TableOperation> operations, string batchBoundary, string changesetBoundary)
    {
        var body = new StringBuilder()
            .Append("--").Append(batchBoundary).Append("\r\n")
            .Append("Content-Type: multipart/mixed; boundary=").Append(changesetBoundary).Append("\r\n\r\n");
        foreach (var operation in operations)
        {
            var entity = operation.Entity;
            var (method, uri) = operation.Kind == TableOperationKind.Insert
                ? ("POST", TableAddress.Table(endpoint, table))
                : ("PUT", TableAddress.Entity(endpoint, table, entity.PartitionKey, entity.RowKey));
            body.Append("--").Append(changesetBoundary).Append("\r\n")
                .Append("Content-Type: application/http\r\nContent-Transfer-Encoding: binary\r\n\r\n")
                .Append(method).Append(' ').Append(uri.AbsoluteUri).Append(" HTTP/1.1\r\n")
                .Append("Accept: ").Append(TableProtocol.NoMetadata).Append("\r\n")
                .Append("Content-Type: ").Append(TableProtocol.Json).Append("\r\n")
                .Append("Prefer: return-no-content\r\n")
                .Append("DataServiceVersion: ").Append(TableProtocol.DataServiceVersion).Append("\r\n");
            if (operation.Kind == TableOperationKind.Replace)
            {
                body.Append("If-Match: ").Append(entity.ETag).Append("\r\n");
            }

            body.Append("\r\n").Append(Encoding.UTF8.GetString(TableEntityJson.Write(entity))).Append("\r\n");
        }

        body.Append("--").Append(changesetBoundary).Append("--\r\n")
            .Append("--").Append(batchBoundary).Append("--\r\n");
        return Encoding.UTF8.GetBytes(body.ToString());
    }

    /// <summary>
    /// Reads the answer of an accepted (202) batch: succeeds when every operation answered 2xx, else throws the first
    /// failed part's status and error code.
    /// </summary>
    /// <exception cref="TableRequestFailedException">A changeset operation failed.</exception>
    /// <exception cref="InvalidDataException">The answer holds no readable part for each operation.</exception>
    public static void ReadAnswer(string body, int operationCount, string what)
    {
        var statuses = StatusLine().Matches(body);
        foreach (Match status in statuses)
        {
            var code = int.Parse(status.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            if (code is < 200 or > 299)
            {
                var (errorCode, message) = TableFailure.ParseError(PartBody(body, status.Index));
                throw TableFailure.Create(code, errorCode, message, what);
            }
        }

        if (statuses.Count != operationCount)
        {
            throw new InvalidDataException(
                $"{what}: the batch answer holds {statuses.Count} results for {operationCount} operations.");
        }
    }

    /// <summary>The body of the part whose status line starts at <paramref name="start"/>: after its blank line, up to the next boundary.</summary>
    private static string PartBody(string body, int start)
    {
        var blank = body.IndexOf("\r\n\r\n", start, StringComparison.Ordinal);
        if (blank < 0)
        {
            return string.Empty;
        }

        var from = blank + 4;
        var end = body.IndexOf("\r\n--", from, StringComparison.Ordinal);
        return (end < 0 ? body[from..] : body[from..end]).Trim();
    }

    [GeneratedRegex(@"^HTTP/1\.1 (\d{3})", RegexOptions.Multiline)]
    private static partial Regex StatusLine();
}
