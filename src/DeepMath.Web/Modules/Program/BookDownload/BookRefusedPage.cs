namespace DeepMath.Web.Modules.Program.BookDownload;

public sealed record BookRefusedPage(string EventTitle, string Slug, BookRefusal Refusal, string BookUrl, string StatusUrl);
