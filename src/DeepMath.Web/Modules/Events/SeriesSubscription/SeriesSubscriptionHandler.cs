using System.Net.Mail;
using DeepMath.Web.Infrastructure.Email;
using DeepMath.Web.Infrastructure.Results;
using DeepMath.Web.Modules.Events.Data;
using DeepMath.Web.Modules.Events.Domain;
using DeepMath.Web.Modules.Events.Emails;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Modules.Events.SeriesSubscription;

/// <summary>
/// E-mail subscriptions to a series' new talks, without an account: subscribe (a confirmation mail), confirm
/// and unsubscribe by the token of that mail. Subscribing answers the same whatever the address's state, so
/// the form tells no one who is subscribed.
/// </summary>
public sealed class SeriesSubscriptionHandler(IEventsData db, IOutbox outbox, LinkBuilder links, TimeProvider clock)
{
    public async Task<Result<string>> SubscribeAsync(string slug, string? email, CancellationToken cancellationToken)
    {
        var series = await db.Series.AsNoTracking().SingleOrDefaultAsync(s => s.Slug == slug, cancellationToken);
        if (series is null)
        {
            return Result<string>.NotFound();
        }
        var address = (email ?? string.Empty).Trim().ToLowerInvariant();
        if (address.Length is 0 or > SeriesSubscriber.EmailMaxLength || !MailAddress.TryCreate(address, out var parsed) || parsed.Address != address)
        {
            return Result<string>.Invalid("email", $"'{email}' is not an e-mail address. Type it as name@example.org and subscribe again.");
        }
        var now = clock.GetUtcNow();
        var subscriber = await db.SeriesSubscribers.SingleOrDefaultAsync(s => s.SeriesId == series.Id && s.Email == address, cancellationToken);
        if (subscriber is null)
        {
            subscriber = new SeriesSubscriber { SeriesId = series.Id, Email = address, Token = SeriesSubscriber.NewToken(), RequestedAt = now };
            db.SeriesSubscribers.Add(subscriber);
        }
        else if (subscriber.IsActive)
        {
            return CheckYourMail(address);
        }
        else
        {
            // Pending again or subscribing after leaving: a new token, so that any older link stops working.
            subscriber.Token = SeriesSubscriber.NewToken();
            subscriber.RequestedAt = now;
            subscriber.ConfirmedAt = null;
            subscriber.UnsubscribedAt = null;
        }
        var mail = SeriesConfirmEmail.Create(address, series.Name, ConfirmUrl(subscriber.Token), UnsubscribeUrl(links, subscriber.Token));
        await outbox.QueueAsync(mail, $"series-confirm:{subscriber.Id:N}:{now.ToUnixTimeMilliseconds()}", cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return CheckYourMail(address);
    }

    /// <summary>The subscription the token names, for the page that asks to confirm or leave; null when none does.</summary>
    public async Task<SubscriptionView?> FindAsync(string? token, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(token))
        {
            return null;
        }
        return await (from s in db.SeriesSubscribers.AsNoTracking()
                      where s.Token == token
                      join series in db.Series on s.SeriesId equals series.Id
                      select new SubscriptionView(token, s.Email, series.Name, series.Slug, s.ConfirmedAt != null, s.UnsubscribedAt != null))
            .SingleOrDefaultAsync(cancellationToken);
    }

    public async Task<Result<string>> ConfirmAsync(string? token, CancellationToken cancellationToken)
    {
        var subscriber = await FindTrackedAsync(token, cancellationToken);
        if (subscriber is null)
        {
            return Result<string>.NotFound();
        }
        if (subscriber.UnsubscribedAt is not null)
        {
            return Result<string>.Invalid("This subscription was ended. Subscribe again on the series page if you want the e-mails back.");
        }
        subscriber.ConfirmedAt ??= clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        return Result.Success($"{subscriber.Email} is subscribed: you will get an e-mail for each new talk.");
    }

    public async Task<Result<string>> UnsubscribeAsync(string? token, CancellationToken cancellationToken)
    {
        var subscriber = await FindTrackedAsync(token, cancellationToken);
        if (subscriber is null)
        {
            return Result<string>.NotFound();
        }
        subscriber.UnsubscribedAt ??= clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        return Result.Success($"{subscriber.Email} is unsubscribed: you will get no more e-mails about this series.");
    }

    public static string UnsubscribeUrl(LinkBuilder links, string token) =>
        links.Action<SeriesSubscriptionController>(nameof(SeriesSubscriptionController.Unsubscribe), new { token });

    private string ConfirmUrl(string token) => links.Action<SeriesSubscriptionController>(nameof(SeriesSubscriptionController.Confirm), new { token });

    private async Task<SeriesSubscriber?> FindTrackedAsync(string? token, CancellationToken cancellationToken) =>
        string.IsNullOrEmpty(token) ? null : await db.SeriesSubscribers.SingleOrDefaultAsync(s => s.Token == token, cancellationToken);

    private static Result<string> CheckYourMail(string address) =>
        Result.Success($"Check your e-mail: we sent a link to {address}. The subscription starts when you follow it.");
}

public sealed record SubscriptionView(string Token, string Email, string SeriesName, string SeriesSlug, bool Confirmed, bool Unsubscribed);
