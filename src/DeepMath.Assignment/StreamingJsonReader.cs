using System.Text.Json;

namespace DeepMath.Assignment;

/// <summary>
/// A <see cref="Utf8JsonReader"/> over a stream through a fixed window that is refilled as tokens are
/// consumed, so a file of hundreds of megabytes is never held in memory as a whole.
/// </summary>
internal ref struct StreamingJsonReader
{
    private readonly Stream _stream;
    private byte[] _buffer;
    private int _length;
    private bool _endOfStream;
    private long _windowStart;
    private Utf8JsonReader _reader;

    public StreamingJsonReader(Stream stream, int bufferSize = 1 << 16)
    {
        _stream = stream;
        _buffer = new byte[bufferSize];
        _length = 0;
        _endOfStream = false;
        _windowStart = 0;
        _reader = default;
        Fill(0);
        _reader = new Utf8JsonReader(_buffer.AsSpan(0, _length), _endOfStream, default);
    }

    public readonly JsonTokenType TokenType => _reader.TokenType;

    public readonly int CurrentDepth => _reader.CurrentDepth;

    /// <summary>Bytes of the stream consumed so far, for error messages.</summary>
    public readonly long Position => _windowStart + _reader.BytesConsumed;

    /// <summary>
    /// A copy of the reader on the current token, for reading its value. The copy sees the current
    /// window only: use it before the next <see cref="Read"/>, which may move the bytes.
    /// </summary>
    public readonly Utf8JsonReader Current => _reader;

    /// <summary>Moves to the next token, refilling the window as needed; false at the end of the input.</summary>
    public bool Read()
    {
        while (!_reader.Read())
        {
            if (_endOfStream)
            {
                return false;
            }

            Refill();
        }

        return true;
    }

    /// <summary>Moves to the next token and fails on a premature end of the input.</summary>
    public void ReadOrThrow()
    {
        if (!Read())
        {
            throw new JsonException("The JSON ends too early.");
        }
    }

    /// <summary>From a property name or the start of a value, moves to the last token of that value.</summary>
    public void Skip()
    {
        if (_reader.TokenType == JsonTokenType.PropertyName)
        {
            ReadOrThrow();
        }

        if (_reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
        {
            var depth = _reader.CurrentDepth;
            do
            {
                ReadOrThrow();
            }
            while (_reader.CurrentDepth > depth || _reader.TokenType is not (JsonTokenType.EndObject or JsonTokenType.EndArray));
        }
    }

    private void Refill()
    {
        var consumed = (int)_reader.BytesConsumed;
        var remaining = _length - consumed;
        _windowStart += consumed;
        if (remaining == _buffer.Length)
        {
            // One token fills the whole window: let the window grow.
            Array.Resize(ref _buffer, _buffer.Length * 2);
        }
        else
        {
            _buffer.AsSpan(consumed, remaining).CopyTo(_buffer);
        }

        Fill(remaining);
        _reader = new Utf8JsonReader(_buffer.AsSpan(0, _length), _endOfStream, _reader.CurrentState);
    }

    private void Fill(int start)
    {
        _length = start;
        while (_length < _buffer.Length)
        {
            var read = _stream.Read(_buffer, _length, _buffer.Length - _length);
            if (read == 0)
            {
                _endOfStream = true;
                break;
            }

            _length += read;
        }
    }
}
