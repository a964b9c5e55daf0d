namespace DeepMath.Web.Modules.Demo;

/// <summary>
/// Deterministic words for the demo's review-stage abstracts: titles and abstracts of deep-learning theory with
/// some LaTeX, people with names in several scripts, and review comments. The same every run, so pages and
/// tests see the same demo.
/// </summary>
public static class DemoActivityTexts
{
    public const int Count = 30;

    private static readonly string[] Subjects =
    [
        "Gradient flow on two-layer networks", "Implicit regularization of Adam", "Spectral bias of Fourier features", "Random feature ridge regression",
        "Self-attention with $L$ layers", "Overparameterized autoencoders", "Score-based diffusion models", "Residual networks as ODE discretizations",
        "Sparse mixture-of-experts layers", "Low-rank adaptation", "Graph neural networks on $k$-regular graphs", "Physics-informed networks for $-\\Delta u = f$",
        "Stochastic gradient Langevin dynamics", "Normalizing flows on manifolds", "In-context linear regression", "Wide convolutional networks",
    ];

    private static readonly string[] Claims =
    [
        "converge at rate $O(1/\\sqrt{T})$", "generalize with $n \\gtrsim d \\log d$ samples", "learn low-dimensional features", "admit a benign loss landscape",
        "approximate Barron functions", "escape saddle points in polynomial time", "exhibit a double descent curve", "are minimax optimal in $L^2(\\mu)$",
    ];

    private static readonly string[] Methods =
    [
        "a mean-field analysis", "tools from free probability", "a PAC-Bayes argument", "the neural tangent kernel at finite width",
        "a Lyapunov function for the gradient flow", "Rademacher complexity bounds", "optimal transport in the Wasserstein space $\\mathcal{W}_2$", "a random matrix analysis of the Hessian $\\nabla^2 L(\\theta)$",
    ];

    private static readonly (string Name, string Affiliation, string Country)[] People =
    [
        ("Beatriz Lima", "University of São Paulo", "Brazil"), ("Karl Weber", "University of Bonn", "Germany"), ("王芳", "Fudan University", "China"),
        ("Aisha Bello", "University of Ibadan", "Nigeria"), ("Tomás Ruiz", "Universidad de Buenos Aires", "Argentina"), ("Hiroshi Ito", "Kyoto University", "Japan"),
        ("Élodie Martin", "Université Paris-Saclay", "France"), ("Oskar Nilsson", "Lund University", "Sweden"), ("Rania Mansour", "American University of Beirut", "Lebanon"),
        ("Daniel Park", "Seoul National University", "Korea"), ("Anna Kowalska", "Jagiellonian University", "Poland"), ("Sipho Ndlovu", "University of Cape Town", "South Africa"),
        ("Marta Gómez", "Universidad Complutense de Madrid", "Spain"), ("Ivan Horvat", "University of Zagreb", "Croatia"), ("Neha Gupta", "IIT Bombay", "India"),
        ("Lars Eriksen", "Aarhus University", "Denmark"), ("Chloé Dubois", "Université de Montréal", "Canada"), ("Mehmet Yılmaz", "Boğaziçi University", "Türkiye"),
        ("Sofia Papadopoulou", "University of Athens", "Greece"), ("James O'Neill", "University of Edinburgh", "United Kingdom"),
    ];

    public static readonly (string Name, string Email, string Affiliation)[] Reviewers =
    [
        ("Rosa Referee", "reviewer3@deepmath.test", "University of Vienna"), ("Rui Ribeiro", "reviewer4@deepmath.test", "University of Porto"),
        ("Riya Rao", "reviewer5@deepmath.test", "IISc Bangalore"), ("Rolf Richter", "reviewer6@deepmath.test", "University of Heidelberg"),
        ("Reza Rahimi", "reviewer7@deepmath.test", "Sharif University"), ("Rachel Ross", "reviewer8@deepmath.test", "University of Michigan"),
    ];

    public static readonly string[] Comments =
    [
        "A clear contribution. The main theorem is stated precisely and the proof sketch is convincing.\n\nPlease state the dependence of the constants on the depth.",
        "The result is interesting but close to known work on lazy training; the abstract should say what is new.\n\nThe experiments are small.",
        "Well written and relevant. I would like to see the assumption on the data distribution discussed.",
        "The claimed rate seems to need a stronger assumption than stated; please check the second step of the argument.",
    ];

    public static string Title(int i) => $"{Subjects[i % Subjects.Length]} {Claims[(i * 3 + 1) % Claims.Length]}";

    public static string Abstract(int i) =>
        $"We show that {Subjects[i % Subjects.Length].ToLowerInvariant()} {Claims[(i * 3 + 1) % Claims.Length]}, using {Methods[(i * 5) % Methods.Length]}. "
        + $"For a network $f_\\theta$ trained on $n$ samples with loss $L(\\theta) = \\frac{{1}}{{n}}\\sum_{{i=1}}^n \\ell(f_\\theta(x_i), y_i)$ we give matching upper and lower bounds, "
        + "and we confirm the predicted behaviour in experiments on synthetic data.";

    /// <summary>The authors of abstract <paramref name="i"/>: two or three of the generated people, each with a demo address.</summary>
    public static IReadOnlyList<(string Name, string Email, string Affiliation, string Country)> Authors(int i)
    {
        var count = 2 + (i % 2);
        return [.. Enumerable.Range(0, count).Select(k =>
        {
            var index = (i + (k * 7)) % People.Length;
            var (name, affiliation, country) = People[index];
            return (name, $"author{(i * 3) + k + 3}@deepmath.test", affiliation, country);
        })];
    }

    public static (string Name, string Affiliation, string Country) Attendee(int i) => People[i % People.Length];
}
