namespace DeepMath.Web.Modules.Events.EventFields;

/// <summary>A time-zone field: its form name, its label and the chosen zone.</summary>
public sealed record ZonePickerModel(string Name, string Label, string? Value);
