namespace DeepMath.Web.Modules.Demo;

/// <summary>
/// The generated accepted abstracts of the demo's program: titles (some with math, as mathematicians write
/// them), presenting authors with names in several scripts, topics. Talks first, then posters.
/// </summary>
public static class DemoAbstracts
{
    public const int Talks = 23;

    public static readonly (string Title, string Topic)[] Titles =
    [
        ("Approximation rates of deep ReLU networks on $[0,1]^d$", "Expressivity"),
        ("Implicit bias of gradient descent towards max-margin solutions", "Optimization"),
        ("Benign overfitting in two-layer networks with $\\ell_2$ regularization", "Generalization"),
        ("Depth separation for radial functions in $\\mathbb{R}^d$", "Expressivity"),
        ("Neural tangent kernels beyond the lazy regime", "Optimization"),
        ("PAC-Bayes bounds of order $O(n^{-1/2})$ for compressed networks", "Generalization"),
        ("Feature learning in the mean-field limit", "Representations"),
        ("The loss landscape of deep linear networks is benign", "Optimization"),
        ("Transformers as in-context gradient descent", "Network architectures"),
        ("Sharp phase transitions in random features regression", "Generalization"),
        ("Memory capacity of recurrent networks with $\\tanh$ units", "Recurrent networks"),
        ("Sobolev training and the spectral bias of networks in $H^s(\\mathbb{R}^d)$", "Representations"),
        ("Complexity of training ReLU networks is $\\exists\\mathbb{R}$-complete", "Computation"),
        ("Edge of stability in full-batch gradient descent", "Optimization"),
        ("Equivariant networks on homogeneous spaces", "Network architectures"),
        ("Grokking as a phase transition in representation learning", "Representations"),
        ("Long-range memory in state-space models", "Recurrent networks"),
        ("Scaling laws from a kernel perspective", "Generalization"),
        ("Lipschitz bounds for residual networks", "Expressivity"),
        ("Stochastic gradient noise is heavy-tailed: consequences for generalization", "Optimization"),
        ("Minimum-norm interpolation in $\\mathcal{F}_1$ spaces", "Expressivity"),
        ("Rank collapse in deep attention networks", "Network architectures"),
        ("A spectral theory of weight decay", "Optimization"),
        ("Provable robustness of $\\ell_\\infty$-certified networks", "Generalization"),
        ("Neural collapse under class imbalance", "Representations"),
        ("Counting linear regions of networks with $n$ neurons", "Expressivity"),
        ("Turing completeness of finite-precision transformers", "Computation"),
        ("Mode connectivity and the geometry of minima", "Optimization"),
        ("Learning parities with SGD takes $n^{\\Omega(k)}$ steps", "Computation"),
        ("Dynamical isometry in gated recurrent networks", "Recurrent networks"),
        ("Wasserstein gradient flows of infinitely wide networks", "Optimization"),
        ("Generalization of graph neural networks on random graphs", "Generalization"),
        ("Sparse coding in the visual cortex and in deep networks", "Representations"),
        ("Tropical geometry of piecewise linear networks", "Expressivity"),
        ("Information bottleneck revisited", "Representations"),
        ("Width versus depth for approximating $C^k$ functions", "Expressivity"),
        ("Optimal transport for domain adaptation bounds", "Generalization"),
        ("Backpropagation-free learning rules with local errors", "Computation"),
        ("Random matrix theory of Hessians at initialization", "Optimization"),
        ("Attention as kernel smoothing on $\\mathbb{S}^{d-1}$", "Network architectures"),
    ];

    public static readonly (string Name, string Affiliation)[] Presenters =
    [
        ("Alan Author", "University of Bergen"), ("Zoë Müller", "ETH Zürich"), ("Jiří Novák", "Charles University"), ("李娜", "Peking University"),
        ("Søren Østergaard", "University of Copenhagen"), ("Nguyễn Văn An", "VinAI Research"), ("Amira Haddad", "EPFL"), ("Mateo García", "Universidad de Chile"),
        ("Priya Raman", "IISc Bangalore"), ("Yuki Tanaka", "RIKEN AIP"), ("Olu Adeyemi", "University of Lagos"), ("Hannah Schmidt", "TU Berlin"),
        ("Lucas Moreau", "ENS Paris"), ("Elena Petrova", "Skoltech"), ("David Cohen", "Weizmann Institute"), ("Sara Lindqvist", "KTH Stockholm"),
        ("Marco Rossi", "Bocconi University"), ("Chen Wei", "Tsinghua University"), ("Fatima Zahra", "Mohammed VI Polytechnic"), ("Jonas Berg", "University of Oslo"),
        ("Ana Souza", "IMPA"), ("Tom Walsh", "Trinity College Dublin"), ("Leila Karimi", "University of Toronto"), ("Kenji Sato", "University of Tokyo"),
        ("Ingrid Solberg", "NTNU"), ("Pedro Alves", "University of Lisbon"), ("Maya Levi", "Tel Aviv University"), ("Hugo Lefèvre", "Inria"),
        ("Grace Kim", "KAIST"), ("Ravi Menon", "Princeton University"), ("Julia Nowak", "University of Warsaw"), ("Samuel Okafor", "Columbia University"),
        ("Emma Johansson", "Chalmers"), ("Ahmed Salah", "Cairo University"), ("Laura Bianchi", "SISSA"), ("Noah Fischer", "MPI Leipzig"),
        ("Irene Costa", "Politecnico di Milano"), ("Ben Carter", "University of Cambridge"), ("Mei Lin", "NUS"), ("Diego Herrera", "UNAM"),
    ];

    public static string Abstract(string title) =>
        $"We study {title.TrimEnd('.')}. Our main result gives matching upper and lower bounds, proved with tools from approximation theory " +
        "and probability, and we confirm the rates in experiments on synthetic and real data.";
}
