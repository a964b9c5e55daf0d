namespace DeepMath.Web.Modules.Organisations.Domain;

public enum ApplicationFileKind
{
    Cv = 0,
    SupervisorLetter = 1,
}
