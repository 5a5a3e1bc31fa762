using System.Collections;
using System.Collections.Immutable;

namespace NewsModel;

/// <summary>
/// An immutable list with value equality, used for every list in the models so that two articles with the same
/// content compare equal (for example after a JSON round trip) and no caller can change a model after it was built.
/// </summary>
/// <typeparam name="T">The element type.</typeparam>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1000:Do not declare static members on generic types", Justification = "Empty and From mirror ImmutableArray<T>.Empty; the non-generic ValueList.From is the usual entry.")]
public sealed class ValueList<T> : IReadOnlyList<T>, IEquatable<ValueList<T>>
{
    private readonly ImmutableArray<T> _items;

    private ValueList(ImmutableArray<T> items) => _items = items;

    /// <summary>The empty list.</summary>
    public static ValueList<T> Empty { get; } = new(ImmutableArray<T>.Empty);

    /// <summary>Copies <paramref name="items"/> into a new list (or returns it when it already is one).</summary>
    /// <param name="items">The elements; <see langword="null"/> gives the empty list.</param>
    /// <returns>An immutable list holding the same elements in the same order.</returns>
    public static ValueList<T> From(IEnumerable<T>? items) => items switch
    {
        null => Empty,
        ValueList<T> list => list,
        _ => Create(items.ToImmutableArray()),
    };

    private static ValueList<T> Create(ImmutableArray<T> items) => items.IsEmpty ? Empty : new ValueList<T>(items);

    /// <inheritdoc />
    public T this[int index] => _items[index];

    /// <inheritdoc />
    public int Count => _items.Length;

    /// <inheritdoc />
    public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)_items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <inheritdoc />
    public bool Equals(ValueList<T>? other)
    {
        if (other is null)
        {
            return false;
        }

        return ReferenceEquals(this, other) || _items.AsSpan().SequenceEqual(other._items.AsSpan(), EqualityComparer<T>.Default);
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ValueList<T> other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var item in _items)
        {
            hash.Add(item);
        }

        return hash.ToHashCode();
    }

    /// <summary>Shows the count and the first items, for debugging.</summary>
    /// <returns>A short description.</returns>
    public override string ToString() => $"[{string.Join(", ", _items.Take(5))}{(_items.Length > 5 ? ", …" : string.Empty)}] ({_items.Length})";
}

/// <summary>Factory helpers for <see cref="ValueList{T}"/>.</summary>
public static class ValueList
{
    /// <summary>Copies <paramref name="items"/> into an immutable, value-equal list.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="items">The elements; <see langword="null"/> gives the empty list.</param>
    /// <returns>The list.</returns>
    public static ValueList<T> From<T>(IEnumerable<T>? items) => ValueList<T>.From(items);
}
