namespace DeepMath.Web.Modules.Registration.Domain;

public enum CareerStage
{
    Student = 0,
    Postdoc = 1,
    Faculty = 2,
    Industry = 3,
    Other = 4,
}
