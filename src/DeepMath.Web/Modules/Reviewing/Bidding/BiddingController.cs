using DeepMath.Web.Modules.Events.Contracts;
using DeepMath.Web.Modules.Reviewing.Authorization;
using DeepMath.Web.Modules.Reviewing.Domain;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace DeepMath.Web.Modules.Reviewing.Bidding;

/// <summary>
/// A reviewer reads the blinded list of a call's abstracts and bids on each. The forms post and redirect;
/// wwwroot/js/bidding.js posts the same forms with fetch and asks for JSON instead, so nothing reloads.
/// </summary>
[Authorize]
[Route("calls/{callId:guid}/bidding")]
public sealed class BiddingController(ReviewingAccess access, BiddingQuery query, SaveBidHandler save, DeclareConflictHandler declare) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(Guid callId, string? topic, string? q, CancellationToken cancellationToken) =>
        await access.MembershipAsync(User, callId, cancellationToken) is { } member
            ? View("Bidding", await query.PageAsync(member, topic, q, cancellationToken))
            : NotFound();

    [HttpGet("{submissionId:guid}")]
    public async Task<IActionResult> Show(Guid callId, Guid submissionId, CancellationToken cancellationToken) =>
        await access.MembershipAsync(User, callId, cancellationToken) is { } member
        && await query.RowAsync(member, submissionId, cancellationToken) is { } row
            ? View("BidSubmission", new BidSubmissionPage(member.Call, row))
            : NotFound();

    [HttpPost("{submissionId:guid}")]
    public async Task<IActionResult> Bid(Guid callId, Guid submissionId, string? value, string? topic, string? q, CancellationToken cancellationToken)
    {
        var wantsJson = Request.Headers.Accept.Any(a => a?.Contains("application/json", StringComparison.OrdinalIgnoreCase) == true);
        if (await access.MembershipAsync(User, callId, cancellationToken) is not { } member
            || await query.RowAsync(member, submissionId, cancellationToken) is not { } row)
        {
            return NotFound();
        }
        if (!int.TryParse(value, out var number) || !BidValues.IsDefined(number))
        {
            const string error = "Choose a bid from eager (2) to not willing (−2).";
            if (wantsJson)
            {
                return BadRequest(new { error });
            }
            TempData["Error"] = error;
            return BackTo(callId, topic, q, row.Number);
        }
        var bid = (BidValue)number;
        await save.HandleAsync(member.Reviewer.Id, submissionId, bid, cancellationToken);
        if (wantsJson)
        {
            return Json(new { number = row.Number, value = number, label = BidValues.Label(bid) });
        }
        TempData["Status"] = $"Your bid on submission {row.Number} is {BidValues.Label(bid).ToLowerInvariant()}.";
        return BackTo(callId, topic, q, row.Number);
    }

    [HttpPost("{submissionId:guid}/conflict")]
    public async Task<IActionResult> DeclareConflict(Guid callId, Guid submissionId, string? topic, string? q, CancellationToken cancellationToken)
    {
        if (await access.MembershipAsync(User, callId, cancellationToken) is not { } member
            || await query.RowAsync(member, submissionId, cancellationToken) is not { } row)
        {
            return NotFound();
        }
        await declare.DeclareAsync(member.Reviewer.Id, submissionId, cancellationToken);
        TempData["Status"] = $"You declared a conflict with abstract {row.Number}: it is out of your list, and you will not be assigned it.";
        return BackTo(callId, topic, q, null);
    }

    [HttpPost("{submissionId:guid}/conflict/remove")]
    public async Task<IActionResult> TakeBackConflict(Guid callId, Guid submissionId, CancellationToken cancellationToken)
    {
        if (await access.MembershipAsync(User, callId, cancellationToken) is not { } member)
        {
            return NotFound();
        }
        var result = await declare.TakeBackAsync(member.Reviewer.Id, submissionId, cancellationToken);
        TempData[result.Succeeded ? "Status" : "Error"] = result.Succeeded
            ? "Your declaration is taken back: the abstract is in your list again unless another conflict keeps it out."
            : string.Join(" ", result.Messages);
        return BackTo(callId, null, null, null);
    }

    /// <summary>The list as the reviewer left it (topic and search kept), at the row they acted on.</summary>
    private RedirectToActionResult BackTo(Guid callId, string? topic, string? q, int? number) =>
        RedirectToAction(nameof(Index), null, new { callId, topic = string.IsNullOrWhiteSpace(topic) ? null : topic, q = string.IsNullOrWhiteSpace(q) ? null : q },
            number is null ? null : $"s{number}");
}

public sealed record BidSubmissionPage(CallInfo Call, BidRow Row);
