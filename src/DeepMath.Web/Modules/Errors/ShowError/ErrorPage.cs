namespace DeepMath.Web.Modules.Errors.ShowError;

public sealed record ErrorPage(int StatusCode, string Title, string Message);
