using UglyToad.PdfPig.Filters;
using UglyToad.PdfPig.Tokens;

namespace DeepMath.AbstractFormat.Reading;

/// <summary>Hands PdfPig its usual stream filters, each wrapped so that it spends from one budget.</summary>
internal sealed class BudgetedFilterProvider(DecodeBudget budget) : IFilterProvider
{
    private readonly IFilterProvider _inner = DefaultFilterProvider.Instance;
    private readonly Dictionary<IFilter, IFilter> _wrapped = new(ReferenceEqualityComparer.Instance);

    public IReadOnlyList<IFilter> GetFilters(DictionaryToken dictionary) => Wrap(_inner.GetFilters(dictionary));

    public IReadOnlyList<IFilter> GetNamedFilters(IReadOnlyList<NameToken> names) => Wrap(_inner.GetNamedFilters(names));

    public IReadOnlyList<IFilter> GetAllFilters() => Wrap(_inner.GetAllFilters());

    private IFilter[] Wrap(IReadOnlyList<IFilter> filters)
    {
        var result = new IFilter[filters.Count];
        for (var i = 0; i < filters.Count; i++)
        {
            var filter = filters[i];
            if (!_wrapped.TryGetValue(filter, out var wrapped))
            {
                wrapped = new BudgetedFilter(filter, budget);
                _wrapped[filter] = wrapped;
            }

            result[i] = wrapped;
        }

        return result;
    }
}
