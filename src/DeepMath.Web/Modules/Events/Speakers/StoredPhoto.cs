namespace DeepMath.Web.Modules.Events.Speakers;

/// <summary>A speaker's photo as stored: the bytes and their PNG or JPEG content type.</summary>
public sealed record StoredPhoto(byte[] Bytes, string ContentType);
