namespace DeepMath.Web.Infrastructure.Results;

/// <summary>Collects a handler's errors by field, in order, and turns them into an invalid result.</summary>
public sealed class ErrorList
{
    private readonly Dictionary<string, List<string>> _byField = [];

    public bool Any => _byField.Count > 0;

    public void Add(string message) => Add(string.Empty, message);

    public void Add(string field, string message)
    {
        if (!_byField.TryGetValue(field, out var messages))
        {
            _byField[field] = messages = [];
        }
        messages.Add(message);
    }

    public IReadOnlyDictionary<string, IReadOnlyList<string>> ToDictionary() =>
        _byField.ToDictionary(p => p.Key, p => (IReadOnlyList<string>)p.Value);

    public Result ToResult() => Any ? Result.Invalid(ToDictionary()) : Result.Success();

    public Result<T> ToResult<T>(T value) => Any ? Result<T>.Invalid(ToDictionary()) : value;
}
