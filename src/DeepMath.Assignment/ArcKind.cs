namespace DeepMath.Assignment;

internal enum ArcKind : byte
{
    Plain,
    Pair,
    SeniorBonus,
    LoadBonus,
}
