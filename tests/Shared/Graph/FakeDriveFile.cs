namespace OfficeGovernance.Tests.Shared.Graph;

/// <summary>One file as the fake stores it.</summary>
public sealed record FakeDriveFile(byte[] Content, string ETag, string Name);
