using System.Text.Json;

namespace DeepMath.Assignment;

/// <summary>
/// The JSON formats of `deepmath assign` (camelCase, as in the review issue), read and written as
/// streams so that instances of hundreds of megabytes never become one string. Beyond the issue's
/// format, an instance may hold "existingAssignments": [{"reviewer","paper"}], kept on a re-run;
/// unknown properties are ignored.
/// </summary>
public static class AssignmentJson
{
    /// <exception cref="JsonException">The input is not JSON or not an instance.</exception>
    public static AssignmentInstance ReadInstance(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        try
        {
            return new InstanceJsonReader().Read(stream);
        }
        catch (Exception e) when (e is InvalidOperationException or FormatException or OverflowException)
        {
            // Utf8JsonReader reports a value of the wrong type (a string for maxLoad, 2.5 for a bid) this way.
            throw new JsonException($"A value has the wrong type: {e.Message}", e);
        }
    }

    public static void WriteInstance(Stream stream, AssignmentInstance instance)
    {
        using var json = new Utf8JsonWriter(stream);
        json.WriteStartObject();
        json.WriteNumber("reviewsPerPaper", instance.ReviewsPerPaper);
        json.WriteNumber("bidWeight", instance.BidWeight);
        if (instance.TopicWeight != 1 || instance.TextWeight != 0)
        {
            json.WriteNumber("topicWeight", instance.TopicWeight);
            json.WriteNumber("textWeight", instance.TextWeight);
        }
        json.WriteStartArray("papers");
        foreach (var paper in instance.Papers)
        {
            json.WriteStartObject();
            json.WriteString("id", paper.Id);
            WriteStrings(json, "topics", paper.Topics);
            if (paper.AuthorReviewers.Count > 0)
            {
                WriteStrings(json, "authorReviewers", paper.AuthorReviewers);
            }

            if (paper.Text is { } text)
            {
                json.WriteString("text", text);
            }

            json.WriteEndObject();
            FlushIfFull(json);
        }

        json.WriteEndArray();
        json.WriteStartArray("reviewers");
        foreach (var reviewer in instance.Reviewers)
        {
            json.WriteStartObject();
            json.WriteString("id", reviewer.Id);
            WriteStrings(json, "topics", reviewer.Topics);
            json.WriteNumber("maxLoad", reviewer.MaxLoad);
            WriteAttributes(json, reviewer);
            json.WriteEndObject();
            FlushIfFull(json);
        }

        json.WriteEndArray();
        WritePairs(json, "bids", instance.Bids, b => (b.Reviewer, b.Paper), (w, b) => w.WriteNumber("value", b.Value));
        WritePairs(json, "conflicts", instance.Conflicts, c => (c.Reviewer, c.Paper), null);
        if (instance.Affinities is { } affinities)
        {
            WritePairs(json, "affinities", affinities, a => (a.Reviewer, a.Paper), (w, a) => w.WriteNumber("score", a.Score));
        }

        if (instance.ExistingAssignments.Count > 0)
        {
            WritePairs(json, "existingAssignments", instance.ExistingAssignments, a => (a.Reviewer, a.Paper), null);
        }

        json.WriteEndObject();
    }

    /// <summary>
    /// Writes {"assignments":[{"reviewer","paper"}],"assigned":N,"objective":X,"seconds":S,"mode":M, ...}: after
    /// the seconds come the mode's figures (threshold, upperBound and gapPercent, seed, expectedObjective and
    /// maxPairProbability), max-sum's objective to compare, the alternates and the notes.
    /// </summary>
    public static void WriteResult(Stream stream, AssignmentResult result, double seconds)
    {
        using var json = new Utf8JsonWriter(stream);
        json.WriteStartObject();
        WritePairs(json, "assignments", result.Assignments, a => (a.Reviewer, a.Paper), null);
        json.WriteNumber("assigned", result.Assigned);
        json.WriteNumber("objective", Math.Round(result.Objective, 6));
        json.WriteNumber("seconds", Math.Round(seconds, 3));
        if (result.Mode == AssignmentMode.MaxSum && result.MaxSum is null && result.Alternates.Count == 0 && result.Repaired == 0)
        {
            // Plain max-sum keeps the original format exactly.
            json.WriteEndObject();
            return;
        }

        json.WriteString("mode", AssignmentOptions.Name(result.Mode));
        WriteOptional(json, "threshold", result.Threshold);
        WriteOptional(json, "upperBound", result.UpperBound);
        WriteOptional(json, "gapPercent", result.GapPercent);
        WriteOptional(json, "expectedObjective", result.ExpectedObjective);
        WriteOptional(json, "maxPairProbability", result.MaxPairProbability);
        if (result.Seed is { } seed)
        {
            json.WriteNumber("seed", seed);
        }

        if (result.MaxSum is { } maxSum)
        {
            json.WriteNumber("maxSumObjective", Math.Round(maxSum.Objective, 6));
        }

        if (result.Alternates.Count > 0)
        {
            json.WriteStartObject("alternates");
            foreach (var (paper, reviewers) in result.Alternates)
            {
                WriteStrings(json, paper, reviewers);
                FlushIfFull(json);
            }

            json.WriteEndObject();
        }

        WriteStrings(json, "notes", result.Notes);
        json.WriteEndObject();
    }

    private static void WritePairs<T>(
        Utf8JsonWriter json, string name, IReadOnlyList<T> pairs, Func<T, (string Reviewer, string Paper)> ids, Action<Utf8JsonWriter, T>? extra)
    {
        json.WriteStartArray(name);
        foreach (var pair in pairs)
        {
            var (reviewer, paper) = ids(pair);
            json.WriteStartObject();
            json.WriteString("reviewer", reviewer);
            json.WriteString("paper", paper);
            extra?.Invoke(json, pair);
            json.WriteEndObject();
            FlushIfFull(json);
        }

        json.WriteEndArray();
    }

    private static void WriteOptional(Utf8JsonWriter json, string name, double? value)
    {
        if (value is { } number && double.IsFinite(number))
        {
            json.WriteNumber(name, Math.Round(number, 6));
        }
    }

    private static void WriteAttributes(Utf8JsonWriter json, Reviewer reviewer)
    {
        if (reviewer.MinLoad != 0)
        {
            json.WriteNumber("minLoad", reviewer.MinLoad);
        }

        if (reviewer.Senior)
        {
            json.WriteBoolean("senior", true);
        }

        if (reviewer.Institution is { } institution)
        {
            json.WriteString("institution", institution);
        }

        if (reviewer.Country is { } country)
        {
            json.WriteString("country", country);
        }

        if (reviewer.Coauthors.Count > 0)
        {
            WriteStrings(json, "coauthors", reviewer.Coauthors);
        }

        if (reviewer.Expertise is { } expertise)
        {
            json.WriteString("expertise", expertise);
        }
    }

    private static void WriteStrings(Utf8JsonWriter json, string name, IReadOnlyList<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }

    /// <summary>Utf8JsonWriter buffers until flushed; flushing in chunks keeps that buffer small.</summary>
    private static void FlushIfFull(Utf8JsonWriter json)
    {
        if (json.BytesPending > 1 << 16)
        {
            json.Flush();
        }
    }
}
