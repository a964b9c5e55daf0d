namespace DeepMath.Web.Modules;

internal static class Marker;
