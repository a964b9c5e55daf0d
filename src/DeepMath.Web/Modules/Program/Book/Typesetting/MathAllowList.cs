namespace DeepMath.Web.Modules.Program.Book.Typesetting;

/// <summary>
/// The only control sequences and environments an author's math may use: typesetting commands of LaTeX,
/// amsmath and amssymb that read no file, write nothing, define nothing and change no category code.
/// Anything else (\input, \write, \def, \catcode, \csname, \directlua …) is refused by name, so the list is
/// what must be extended when a harmless command is missing, never the other way round.
/// </summary>
public static class MathAllowList
{
    public static readonly IReadOnlySet<string> Commands = new HashSet<string>(StringComparer.Ordinal)
    {
        // Greek
        "alpha", "beta", "gamma", "delta", "epsilon", "varepsilon", "zeta", "eta", "theta", "vartheta", "iota", "kappa",
        "varkappa", "lambda", "mu", "nu", "xi", "pi", "varpi", "rho", "varrho", "sigma", "varsigma", "tau", "upsilon", "phi",
        "varphi", "chi", "psi", "omega", "Gamma", "Delta", "Theta", "Lambda", "Xi", "Pi", "Sigma", "Upsilon", "Phi", "Psi",
        "Omega", "digamma",
        // Structures
        "frac", "dfrac", "tfrac", "cfrac", "sqrt", "binom", "dbinom", "tbinom", "overline", "underline", "overbrace",
        "underbrace", "overset", "underset", "stackrel", "substack", "boxed", "xrightarrow", "xleftarrow",
        // Accents
        "hat", "widehat", "tilde", "widetilde", "bar", "vec", "dot", "ddot", "dddot", "acute", "grave", "check", "breve",
        "mathring", "overrightarrow", "overleftarrow",
        // Fonts and text
        "mathbb", "mathcal", "mathfrak", "mathrm", "mathbf", "mathit", "mathsf", "mathtt", "mathnormal",
        "boldsymbol", "text", "textrm", "textit", "textbf", "textsf", "texttt", "textup", "mbox", "operatorname",
        "displaystyle", "textstyle", "scriptstyle", "scriptscriptstyle",
        // Delimiters
        "left", "right", "middle", "big", "Big", "bigg", "Bigg", "bigl", "bigr", "Bigl", "Bigr", "biggl", "biggr", "Biggl",
        "Biggr", "bigm", "Bigm", "langle", "rangle", "lceil", "rceil", "lfloor", "rfloor", "lvert", "rvert", "lVert", "rVert",
        "vert", "Vert", "lbrace", "rbrace", "backslash", "ulcorner", "urcorner", "llcorner", "lrcorner",
        // Big operators and limits
        "sum", "prod", "coprod", "int", "iint", "iiint", "oint", "bigcup", "bigcap", "bigoplus", "bigotimes", "bigodot",
        "biguplus", "bigsqcup", "bigvee", "bigwedge", "limits", "nolimits",
        // Named operators
        "sin", "cos", "tan", "cot", "sec", "csc", "arcsin", "arccos", "arctan", "sinh", "cosh", "tanh", "coth", "log", "ln",
        "lg", "exp", "lim", "liminf", "limsup", "sup", "inf", "max", "min", "arg", "argmax", "argmin", "det", "dim", "ker",
        "deg", "gcd", "hom", "Pr", "mod", "bmod", "pmod", "pod", "injlim", "projlim", "varliminf", "varlimsup",
        // Binary operators
        "pm", "mp", "times", "div", "cdot", "circ", "ast", "star", "bullet", "oplus", "ominus", "otimes", "oslash", "odot",
        "cup", "cap", "sqcup", "sqcap", "uplus", "setminus", "smallsetminus", "wedge", "vee", "land", "lor", "dagger",
        "ddagger", "amalg", "diamond", "triangleleft", "triangleright", "wr", "boxplus", "boxminus", "boxtimes", "boxdot",
        "ltimes", "rtimes", "centerdot", "dotplus",
        // Relations
        "le", "leq", "ge", "geq", "leqslant", "geqslant", "ne", "neq", "approx", "approxeq", "sim", "simeq", "cong", "equiv",
        "propto", "subset", "subseteq", "subsetneq", "supset", "supseteq", "supsetneq", "in", "notin", "ni", "ll", "gg",
        "prec", "preceq", "succ", "succeq", "perp", "parallel", "mid", "nmid", "models", "vdash", "dashv", "asymp", "doteq",
        "lesssim", "gtrsim", "not", "triangleq", "sqsubseteq", "sqsupseteq", "nsubseteq",
        "trianglelefteq", "trianglerighteq", "lneq", "gneq", "ncong", "nsim",
        // Arrows
        "to", "gets", "rightarrow", "leftarrow", "leftrightarrow", "Rightarrow", "Leftarrow", "Leftrightarrow", "mapsto",
        "longrightarrow", "longleftarrow", "longleftrightarrow", "Longrightarrow", "Longleftarrow", "Longleftrightarrow",
        "longmapsto", "implies", "impliedby", "iff", "uparrow", "downarrow", "updownarrow", "Uparrow", "Downarrow",
        "nearrow", "searrow", "swarrow", "nwarrow", "hookrightarrow", "hookleftarrow", "rightharpoonup", "leftharpoonup",
        "rightleftharpoons", "twoheadrightarrow", "rightrightarrows", "leadsto", "nrightarrow", "nRightarrow",
        // Symbols
        "infty", "partial", "nabla", "forall", "exists", "nexists", "neg", "lnot", "emptyset", "varnothing", "ell", "hbar",
        "hslash", "Re", "Im", "wp", "aleph", "beth", "top", "bot", "angle", "measuredangle", "prime", "backprime", "surd",
        "flat", "natural", "sharp", "clubsuit", "diamondsuit", "heartsuit", "spadesuit", "triangle", "square", "blacksquare",
        "Box", "checkmark", "complement", "imath", "jmath", "colon", "vdots", "cdots", "ldots", "dots", "ddots", "dotsc",
        "dotsb", "dotsm", "dotsi", "therefore", "because", "S", "P", "dag", "ddag", "lozenge", "circledR", "mho", "Bbbk",
        // Spacing
        "quad", "qquad", "enspace", "thinspace", "medspace", "thickspace", "negthinspace", "hfill", "phantom", "hphantom",
        "vphantom", "smash",
        // Alignment inside the environments below
        "begin", "end", "hline", "cr", "tag", "notag", "nonumber",
    };

    public static readonly IReadOnlySet<string> Environments = new HashSet<string>(StringComparer.Ordinal)
    {
        "matrix", "pmatrix", "bmatrix", "Bmatrix", "vmatrix", "Vmatrix", "smallmatrix", "cases", "aligned",
        "alignedat", "gathered", "split", "array", "subarray",
    };

    /// <summary>
    /// Control symbols (a backslash and one non-letter): spacing, escaped specials and the row separator.
    /// Absent on purpose: \( \) \[ \] (delimiters are the parser's) and \^ (the start of ^^ tricks in some engines).
    /// </summary>
    public const string Symbols = ",;:! {}|\\#%&_$-/";
}
