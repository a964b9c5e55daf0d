using System.Text.Json;

namespace DeepMath.Assignment;

/// <summary>Reads the instance format of the `deepmath assign` command token by token.</summary>
internal sealed class InstanceJsonReader
{
    private readonly StringPool _pool = new();

    public AssignmentInstance Read(Stream stream)
    {
        var json = new StreamingJsonReader(stream);
        json.ReadOrThrow();
        Expect(ref json, JsonTokenType.StartObject, "the instance");

        int? reviewsPerPaper = null;
        var bidWeight = AssignmentInstance.DefaultBidWeight;
        double topicWeight = 1, textWeight = 0;
        List<Paper>? papers = null;
        List<Reviewer>? reviewers = null;
        var bids = new List<Bid>();
        var conflicts = new List<Conflict>();
        List<Affinity>? affinities = null;
        var existing = new List<ReviewAssignment>();

        while (NextProperty(ref json))
        {
            var name = json.Current;
            if (name.ValueTextEquals("reviewsPerPaper"u8))
            {
                json.ReadOrThrow();
                reviewsPerPaper = json.Current.GetInt32();
            }
            else if (name.ValueTextEquals("bidWeight"u8))
            {
                json.ReadOrThrow();
                bidWeight = json.Current.GetDouble();
            }
            else if (name.ValueTextEquals("topicWeight"u8))
            {
                json.ReadOrThrow();
                topicWeight = json.Current.GetDouble();
            }
            else if (name.ValueTextEquals("textWeight"u8))
            {
                json.ReadOrThrow();
                textWeight = json.Current.GetDouble();
            }
            else if (name.ValueTextEquals("papers"u8))
            {
                papers = [];
                ReadArray(ref json, "papers", papers, ReadPaper);
            }
            else if (name.ValueTextEquals("reviewers"u8))
            {
                reviewers = [];
                ReadArray(ref json, "reviewers", reviewers, ReadReviewer);
            }
            else if (name.ValueTextEquals("bids"u8))
            {
                ReadArray(ref json, "bids", bids, ReadBid);
            }
            else if (name.ValueTextEquals("conflicts"u8))
            {
                ReadArray(ref json, "conflicts", conflicts, ReadConflict);
            }
            else if (name.ValueTextEquals("affinities"u8))
            {
                affinities = [];
                ReadArray(ref json, "affinities", affinities, ReadAffinity);
            }
            else if (name.ValueTextEquals("existingAssignments"u8))
            {
                ReadArray(ref json, "existingAssignments", existing, ReadAssignment);
            }
            else
            {
                json.Skip();
            }
        }

        return new AssignmentInstance
        {
            ReviewsPerPaper = reviewsPerPaper ?? throw new JsonException("The instance has no \"reviewsPerPaper\"."),
            BidWeight = bidWeight,
            TopicWeight = topicWeight,
            TextWeight = textWeight,
            Papers = papers ?? throw new JsonException("The instance has no \"papers\"."),
            Reviewers = reviewers ?? throw new JsonException("The instance has no \"reviewers\"."),
            Bids = bids,
            Conflicts = conflicts,
            Affinities = affinities,
            ExistingAssignments = existing,
        };
    }

    private delegate T ElementReader<out T>(ref StreamingJsonReader json);

    private static void ReadArray<T>(ref StreamingJsonReader json, string what, List<T> into, ElementReader<T> element)
    {
        json.ReadOrThrow();
        Expect(ref json, JsonTokenType.StartArray, $"\"{what}\"");
        while (true)
        {
            json.ReadOrThrow();
            if (json.TokenType == JsonTokenType.EndArray)
            {
                return;
            }

            Expect(ref json, JsonTokenType.StartObject, $"an element of \"{what}\"");
            into.Add(element(ref json));
        }
    }

    private Paper ReadPaper(ref StreamingJsonReader json)
    {
        string? id = null;
        IReadOnlyList<string> topics = [];
        IReadOnlyList<string> authors = [];
        string? text = null;
        while (NextProperty(ref json))
        {
            var property = Match(json.Current, "id"u8, "topics"u8, "authorReviewers"u8);
            if (property < 0 && json.Current.ValueTextEquals("text"u8))
            {
                property = 3;
            }

            json.ReadOrThrow();
            switch (property)
            {
                case 0: id = _pool.Get(json.Current); break;
                case 1: topics = ReadStrings(ref json); break;
                case 2: authors = ReadStrings(ref json); break;
                case 3: text = json.Current.GetString(); break;
                default: json.Skip(); break;
            }
        }

        return new Paper(Required(id, "id", "a paper", json.Position), topics) { AuthorReviewers = authors, Text = text };
    }

    private Reviewer ReadReviewer(ref StreamingJsonReader json)
    {
        string? id = null;
        IReadOnlyList<string> topics = [];
        IReadOnlyList<string> coauthors = [];
        int? maxLoad = null;
        var minLoad = 0;
        var senior = false;
        string? institution = null, country = null, expertise = null;
        while (NextProperty(ref json))
        {
            var property = Match(json.Current, "id"u8, "topics"u8, "maxLoad"u8);
            property = property >= 0 ? property
                : json.Current.ValueTextEquals("minLoad"u8) ? 3
                : json.Current.ValueTextEquals("senior"u8) ? 4
                : json.Current.ValueTextEquals("institution"u8) ? 5
                : json.Current.ValueTextEquals("country"u8) ? 6
                : json.Current.ValueTextEquals("coauthors"u8) ? 7
                : json.Current.ValueTextEquals("expertise"u8) ? 8
                : -1;
            json.ReadOrThrow();
            switch (property)
            {
                case 0: id = _pool.Get(json.Current); break;
                case 1: topics = ReadStrings(ref json); break;
                case 2: maxLoad = json.Current.GetInt32(); break;
                case 3: minLoad = json.Current.GetInt32(); break;
                case 4: senior = json.Current.GetBoolean(); break;
                case 5: institution = json.Current.TokenType == JsonTokenType.Null ? null : _pool.Get(json.Current); break;
                case 6: country = json.Current.TokenType == JsonTokenType.Null ? null : _pool.Get(json.Current); break;
                case 7: coauthors = ReadStrings(ref json); break;
                case 8: expertise = json.Current.GetString(); break;
                default: json.Skip(); break;
            }
        }

        var reviewerId = Required(id, "id", "a reviewer", json.Position);
        return new Reviewer(reviewerId, topics, maxLoad ?? throw new JsonException($"Reviewer \"{reviewerId}\" has no \"maxLoad\"."))
        {
            MinLoad = minLoad, Senior = senior, Institution = institution, Country = country, Coauthors = coauthors, Expertise = expertise,
        };
    }

    private Bid ReadBid(ref StreamingJsonReader json)
    {
        var (reviewer, paper, value) = ReadPair(ref json, "value"u8, "a bid");
        return new Bid(reviewer, paper, checked((int)(value ?? throw new JsonException($"The bid of \"{reviewer}\" on \"{paper}\" has no \"value\"."))));
    }

    private Conflict ReadConflict(ref StreamingJsonReader json)
    {
        var (reviewer, paper, _) = ReadPair(ref json, default, "a conflict");
        return new Conflict(reviewer, paper);
    }

    private Affinity ReadAffinity(ref StreamingJsonReader json)
    {
        var (reviewer, paper, score) = ReadPair(ref json, "score"u8, "an affinity");
        return new Affinity(reviewer, paper, score ?? throw new JsonException($"The affinity of \"{reviewer}\" and \"{paper}\" has no \"score\"."));
    }

    private ReviewAssignment ReadAssignment(ref StreamingJsonReader json)
    {
        var (reviewer, paper, _) = ReadPair(ref json, default, "an existing assignment");
        return new ReviewAssignment(reviewer, paper);
    }

    /// <summary>Reads {"reviewer":..,"paper":..} with an optional numeric property named <paramref name="number"/>.</summary>
    private (string Reviewer, string Paper, double? Number) ReadPair(ref StreamingJsonReader json, ReadOnlySpan<byte> number, string what)
    {
        string? reviewer = null;
        string? paper = null;
        double? value = null;
        while (NextProperty(ref json))
        {
            var property = Match(json.Current, "reviewer"u8, "paper"u8, number);
            json.ReadOrThrow();
            if (property == 0)
            {
                reviewer = _pool.Get(json.Current);
            }
            else if (property == 1)
            {
                paper = _pool.Get(json.Current);
            }
            else if (property == 2)
            {
                value = json.Current.GetDouble();
            }
            else
            {
                json.Skip();
            }
        }

        return (Required(reviewer, "reviewer", what, json.Position), Required(paper, "paper", what, json.Position), value);
    }

    private string[] ReadStrings(ref StreamingJsonReader json)
    {
        Expect(ref json, JsonTokenType.StartArray, "a list of topics");
        var strings = new List<string>();
        while (true)
        {
            json.ReadOrThrow();
            if (json.TokenType == JsonTokenType.EndArray)
            {
                return [.. strings];
            }

            strings.Add(_pool.Get(json.Current));
        }
    }

    /// <summary>
    /// Which of up to three names the current property has (-1 for none). It must be decided before
    /// reading on: moving to the value may refill the window under the name's bytes.
    /// </summary>
    private static int Match(Utf8JsonReader name, ReadOnlySpan<byte> first, ReadOnlySpan<byte> second, ReadOnlySpan<byte> third) =>
        name.ValueTextEquals(first) ? 0
        : name.ValueTextEquals(second) ? 1
        : !third.IsEmpty && name.ValueTextEquals(third) ? 2
        : -1;

    /// <summary>Moves to the next property name of the current object; false at its end.</summary>
    private static bool NextProperty(ref StreamingJsonReader json)
    {
        json.ReadOrThrow();
        return json.TokenType == JsonTokenType.PropertyName;
    }

    private static void Expect(ref StreamingJsonReader json, JsonTokenType type, string what)
    {
        if (json.TokenType != type)
        {
            throw new JsonException($"Expected {what} to be {(type == JsonTokenType.StartArray ? "an array" : "an object")}, found {json.TokenType} (byte {json.Position}).");
        }
    }

    private static string Required(string? value, string property, string what, long position) =>
        value ?? throw new JsonException($"{char.ToUpperInvariant(what[0])}{what[1..]} lacks \"{property}\" (near byte {position}).");
}
