namespace Kamiyama.Domain.Rules;

/// <summary>
/// An append-only list kept in small fixed-size chunks. A large run makes thousands of findings and outcomes; one
/// growing array would land on the large object heap, and every such allocation brings a full collection closer.
/// </summary>
/// <typeparam name="T">The item type.</typeparam>
internal sealed class ChunkedList<T>
{
    private const int ChunkSize = 256;
    private readonly List<T[]> _chunks = [];

    public int Count { get; private set; }

    public T this[int index] => _chunks[index / ChunkSize][index % ChunkSize];

    public void Add(T item)
    {
        var offset = Count % ChunkSize;
        if (offset == 0)
        {
            _chunks.Add(new T[ChunkSize]);
        }

        _chunks[^1][offset] = item;
        Count++;
    }

    public T[] ToArray()
    {
        var items = new T[Count];
        for (var i = 0; i < Count; i++)
        {
            items[i] = this[i];
        }

        return items;
    }
}
