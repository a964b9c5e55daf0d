namespace DeepMath.Web.Modules.Program.Book.DownloadBook;

public sealed record BookRefusedPage(string EventTitle, string Slug, BookRefusal Refusal, string BookUrl, string StatusUrl);
