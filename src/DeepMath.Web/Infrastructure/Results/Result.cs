namespace DeepMath.Web.Infrastructure.Results;

/// <summary>
/// What every handler returns: success, or errors keyed by form field ("" for the form as a whole), or
/// not found / forbidden. One shape for every use case, so that a controller only maps it to HTTP.
/// </summary>
public class Result
{
    private static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> _noErrors = new Dictionary<string, IReadOnlyList<string>>();

    protected Result(ResultStatus status, IReadOnlyDictionary<string, IReadOnlyList<string>>? errors)
    {
        Status = status;
        Errors = errors ?? _noErrors;
    }

    public ResultStatus Status { get; }

    /// <summary>The messages by field name; the empty key holds those about the whole form.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Errors { get; }

    public bool Succeeded => Status == ResultStatus.Success;

    /// <summary>Every message, field by field, in the order they were added.</summary>
    public IEnumerable<string> Messages => Errors.Values.SelectMany(m => m);

    public static Result Success() => new(ResultStatus.Success, null);

    public static Result<T> Success<T>(T value) => new(value);

    public static Result Invalid(string message) => Invalid(string.Empty, message);

    public static Result Invalid(string field, string message) => new(ResultStatus.Invalid, One(field, message));

    public static Result Invalid(IReadOnlyDictionary<string, IReadOnlyList<string>> errors) => new(ResultStatus.Invalid, errors);

    public static Result NotFound() => new(ResultStatus.NotFound, null);

    public static Result Forbidden() => new(ResultStatus.Forbidden, null);

    /// <summary>Refused for the state things are in now, not for the input (HTTP 409): say what changed and what to do.</summary>
    public static Result Conflict(string message) => new(ResultStatus.Conflict, One(string.Empty, message));

    protected static IReadOnlyDictionary<string, IReadOnlyList<string>> One(string field, string message) =>
        new Dictionary<string, IReadOnlyList<string>> { [field] = [message] };
}

/// <summary>A <see cref="Result"/> that carries a value when it succeeds.</summary>
public sealed class Result<T> : Result
{
    private readonly T? _value;

    internal Result(T value)
        : base(ResultStatus.Success, null) => _value = value;

    private Result(ResultStatus status, IReadOnlyDictionary<string, IReadOnlyList<string>>? errors)
        : base(status, errors)
    {
    }

    /// <summary>The value; reading it from a result that did not succeed is a programming error.</summary>
    public T Value => Succeeded ? _value! : throw new InvalidOperationException($"A {Status} result has no value.");

    public static implicit operator Result<T>(T value) => new(value);

    /// <summary>The same failure, typed for another value (for handlers that pass on a failure from a step).</summary>
    public Result<TOther> As<TOther>() => Succeeded
        ? throw new InvalidOperationException("Only a failed result can change its value type.")
        : Result<TOther>.Failed(Status, Errors);

    public static new Result<T> Invalid(string message) => Invalid(string.Empty, message);

    public static new Result<T> Invalid(string field, string message) => new(ResultStatus.Invalid, One(field, message));

    public static new Result<T> Invalid(IReadOnlyDictionary<string, IReadOnlyList<string>> errors) => new(ResultStatus.Invalid, errors);

    public static new Result<T> NotFound() => new(ResultStatus.NotFound, null);

    public static new Result<T> Forbidden() => new(ResultStatus.Forbidden, null);

    public static new Result<T> Conflict(string message) => new(ResultStatus.Conflict, One(string.Empty, message));

    internal static Result<T> Failed(ResultStatus status, IReadOnlyDictionary<string, IReadOnlyList<string>> errors) => new(status, errors);
}
