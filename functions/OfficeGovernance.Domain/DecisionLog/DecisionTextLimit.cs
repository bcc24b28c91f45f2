namespace OfficeGovernance.Domain.DecisionLog;

/// <summary>
/// The length limit of a decision's text fields (Why, WhatChanged, RiskNote, RequestedBy; docs/rules.md#idempotent-writes: a few
/// thousand characters), so one request cannot grow the log by megabytes (issue 23, finding 2).
/// </summary>
public static class DecisionTextLimit
{
    /// <summary>The default limit, in UTF-16 characters: 4,000.</summary>
    public const int DefaultMaxLength = 4_000;

    /// <summary>The problem with <paramref name="text"/> as <paramref name="field"/>, or null when it fits.</summary>
    public static string? ProblemOf(string field, string? text, int maxLength = DefaultMaxLength) =>
        text is not null && text.Length > maxLength
            ? $"{field}: {text.Length:N0} characters; at most {maxLength:N0} are kept in the decision log."
            : null;
}
