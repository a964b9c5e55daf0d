using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;
using MimeKit;

namespace DeepMath.IntegrationTests.Support;

/// <summary>
/// A real SMTP server on a loopback port, speaking enough of RFC 5321 for MailKit: EHLO/HELO, MAIL,
/// RCPT, DATA, RSET, NOOP, QUIT. It can refuse the first N transactions with a 451, to prove that
/// the sender retries and still delivers each message exactly once. It answers XSEEN &lt;message-id&gt; with
/// 250 when it accepted that message and 550 when not, the check a sender makes before resending a
/// message whose earlier attempt ended without an answer.
/// </summary>
public sealed class SmtpListener : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly ConcurrentQueue<MimeMessage> _messages = new();
    private readonly ConcurrentDictionary<string, int> _accepted = new(StringComparer.Ordinal);

    // By recipient, so that a thousand simulated authors polling for their own mail do not each scan every
    // message (that scan, not the app, was what used the benchmark machine's cores).
    private readonly ConcurrentDictionary<string, ConcurrentQueue<MimeMessage>> _byRecipient = new(StringComparer.OrdinalIgnoreCase);
    private readonly Task _acceptLoop;
    private int _refuseRemaining;

    public SmtpListener()
    {
        _listener.Start();
        _acceptLoop = AcceptAsync();
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    public IReadOnlyList<MimeMessage> Messages => [.. _messages];

    public int RefusedCount { get; private set; }

    /// <summary>Message-IDs accepted more than once since the last <see cref="Clear"/>.</summary>
    public IReadOnlyList<string> DuplicateMessageIds => [.. _accepted.Where(p => p.Value > 1).Select(p => p.Key)];

    /// <summary>Offer PIPELINING (RFC 2920) in the EHLO answer, as most real servers do; the benchmarks turn it on.</summary>
    public bool Pipelining { get; set; }

    /// <summary>How many connections clients opened since the last <see cref="Clear"/>.</summary>
    public int ConnectionCount => _connections;

    private int _connections;

    /// <summary>The next <paramref name="count"/> mail transactions get "451 try again later".</summary>
    public void RefuseNext(int count) => Interlocked.Exchange(ref _refuseRemaining, count);

    /// <summary>Forgets the messages and the refusals, so that each test counts its own.</summary>
    public void Clear()
    {
        _messages.Clear();
        _byRecipient.Clear();
        _accepted.Clear();
        RefusedCount = 0;
        Interlocked.Exchange(ref _connections, 0);
    }

    public IReadOnlyList<MimeMessage> To(string address) =>
        _byRecipient.TryGetValue(address, out var messages) ? [.. messages] : [];

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (Exception) when (_stop.IsCancellationRequested)
            {
                return;
            }
            Interlocked.Increment(ref _connections);
            _ = Task.Run(() => ServeAsync(client));
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using var _ = client;
        // Replies go out at once, as a real server's do: with Nagle's algorithm on, the second of two pipelined
        // replies waits for the client's delayed ACK (~40 ms a message), which measured the listener, not DeepMath.
        client.NoDelay = true;
        var stream = client.GetStream();
        using var reader = new StreamReader(stream, Encoding.ASCII, false, 8192, leaveOpen: true);
        await using var writer = new StreamWriter(stream, Encoding.ASCII, 8192, leaveOpen: true) { NewLine = "\r\n", AutoFlush = true };
        await writer.WriteLineAsync("220 localhost DeepMath test SMTP");
        var refuseThis = false;
        while (await reader.ReadLineAsync() is { } line)
        {
            var verb = line.Split(' ', 2)[0].ToUpperInvariant();
            switch (verb)
            {
                case "EHLO":
                    await writer.WriteLineAsync("250-localhost");
                    await writer.WriteLineAsync("250-8BITMIME");
                    await writer.WriteLineAsync("250-XSEEN");
                    if (Pipelining)
                    {
                        await writer.WriteLineAsync("250-PIPELINING");
                    }
                    await writer.WriteLineAsync("250 SIZE 52428800");
                    break;
                case "HELO":
                    await writer.WriteLineAsync("250 localhost");
                    break;
                case "MAIL":
                    refuseThis = Interlocked.Decrement(ref _refuseRemaining) >= 0;
                    if (refuseThis)
                    {
                        RefusedCount++;
                        await writer.WriteLineAsync("451 4.3.0 Try again later");
                    }
                    else
                    {
                        await writer.WriteLineAsync("250 OK");
                    }
                    break;
                case "RCPT":
                    await writer.WriteLineAsync(refuseThis ? "503 5.5.1 No sender" : "250 OK");
                    break;
                case "DATA":
                    await writer.WriteLineAsync("354 End data with <CR><LF>.<CR><LF>");
                    var data = new StringBuilder();
                    while (await reader.ReadLineAsync() is { } dataLine && dataLine != ".")
                    {
                        data.Append(dataLine.StartsWith("..", StringComparison.Ordinal) ? dataLine[1..] : dataLine).Append("\r\n");
                    }
                    using (var raw = new MemoryStream(Encoding.UTF8.GetBytes(data.ToString())))
                    {
                        var message = await MimeMessage.LoadAsync(raw);
                        _messages.Enqueue(message);
                        foreach (var mailbox in message.To.Mailboxes.DistinctBy(b => b.Address, StringComparer.OrdinalIgnoreCase))
                        {
                            _byRecipient.GetOrAdd(mailbox.Address, _ => new ConcurrentQueue<MimeMessage>()).Enqueue(message);
                        }
                        _accepted.AddOrUpdate(message.MessageId ?? string.Empty, 1, (_, n) => n + 1);
                    }
                    await writer.WriteLineAsync("250 OK queued");
                    break;
                case "XSEEN":
                    var id = line.Split(' ', 2) is [_, var arg] ? arg.Trim().Trim('<', '>') : string.Empty;
                    await writer.WriteLineAsync(_accepted.ContainsKey(id) ? "250 2.0.0 Accepted before" : "550 5.1.0 Not seen");
                    break;
                case "RSET" or "NOOP":
                    await writer.WriteLineAsync("250 OK");
                    break;
                case "QUIT":
                    await writer.WriteLineAsync("221 Bye");
                    return;
                default:
                    await writer.WriteLineAsync("502 5.5.2 Command not recognized");
                    break;
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        try
        {
            await _acceptLoop;
        }
        catch (OperationCanceledException)
        {
            // Stopping.
        }
        _stop.Dispose();
    }
}
