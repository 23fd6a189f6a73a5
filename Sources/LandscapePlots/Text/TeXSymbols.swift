/// The TeX commands the math-text converter knows, mapped to Unicode.
enum TeXSymbols {
    static let symbols: [String: String] = [
        "alpha": "α", "beta": "β", "gamma": "γ", "delta": "δ", "epsilon": "ϵ", "varepsilon": "ε", "zeta": "ζ",
        "eta": "η", "theta": "θ", "vartheta": "ϑ", "iota": "ι", "kappa": "κ", "lambda": "λ", "mu": "μ", "nu": "ν",
        "xi": "ξ", "pi": "π", "rho": "ρ", "sigma": "σ", "tau": "τ", "upsilon": "υ", "phi": "ϕ", "varphi": "φ",
        "chi": "χ", "psi": "ψ", "omega": "ω",
        "Gamma": "Γ", "Delta": "Δ", "Theta": "Θ", "Lambda": "Λ", "Xi": "Ξ", "Pi": "Π", "Sigma": "Σ",
        "Upsilon": "Υ", "Phi": "Φ", "Psi": "Ψ", "Omega": "Ω",
        "cdot": "·", "times": "×", "div": "÷", "pm": "±", "mp": "∓", "le": "≤", "leq": "≤", "ge": "≥",
        "geq": "≥", "ne": "≠", "neq": "≠", "approx": "≈", "sim": "∼", "simeq": "≃", "equiv": "≡",
        "propto": "∝", "infty": "∞", "nabla": "∇", "partial": "∂", "sum": "∑", "prod": "∏", "int": "∫",
        "to": "→", "rightarrow": "→", "leftarrow": "←", "Rightarrow": "⇒", "mapsto": "↦", "in": "∈",
        "notin": "∉", "subset": "⊂", "cup": "∪", "cap": "∩", "forall": "∀", "exists": "∃", "ell": "ℓ",
        "langle": "⟨", "rangle": "⟩", "lVert": "‖", "rVert": "‖", "Vert": "‖", "vert": "|", "lvert": "|",
        "rvert": "|", "|": "‖", "top": "ᵀ", "intercal": "ᵀ", "dagger": "†", "star": "⋆", "ast": "∗",
        "circ": "∘", "otimes": "⊗", "oplus": "⊕", "odot": "⊙", "cdots": "⋯", "ldots": "…", "dots": "…",
        "prime": "′", "lbrace": "{", "rbrace": "}", "{": "{", "}": "}", "_": "_", "%": "%", "$": "$",
        "&": "&", "#": "#", ",": "\u{2009}", ";": "\u{2005}", ":": "\u{2005}", "!": "", " ": " ",
        "quad": "\u{2003}", "qquad": "\u{2003}\u{2003}", "log": "log", "ln": "ln", "exp": "exp",
        "max": "max", "min": "min", "sup": "sup", "inf": "inf", "det": "det", "tr": "tr", "lim": "lim",
        "arg": "arg", "sin": "sin", "cos": "cos", "tanh": "tanh", "sqrt": "√", "backslash": "\\",
    ]

    /// Combining marks for accent commands.
    static let accents: [String: String] = [
        "hat": "\u{0302}", "widehat": "\u{0302}", "tilde": "\u{0303}", "widetilde": "\u{0303}",
        "bar": "\u{0304}", "overline": "\u{0305}", "dot": "\u{0307}", "ddot": "\u{0308}", "vec": "\u{20D7}",
        "check": "\u{030C}", "breve": "\u{0306}",
    ]

    /// Letter styles that have Unicode forms in the Basic Multilingual Plane.
    static let calligraphic: [Character: String] = [
        "B": "ℬ", "E": "ℰ", "F": "ℱ", "H": "ℋ", "I": "ℐ", "L": "ℒ", "M": "ℳ", "R": "ℛ", "e": "ℯ", "g": "ℊ", "o": "ℴ",
    ]
    static let blackboard: [Character: String] = [
        "C": "ℂ", "H": "ℍ", "N": "ℕ", "P": "ℙ", "Q": "ℚ", "R": "ℝ", "Z": "ℤ", "E": "𝔼", "1": "𝟙",
    ]

    /// Commands whose argument is kept as plain letters (font styles we cannot show).
    static let plainStyles: Set<String> = [
        "mathrm", "mathit", "mathbf", "boldsymbol", "bm", "text", "textrm", "textbf", "textit", "mathsf",
        "operatorname", "mbox", "mathnormal",
    ]
}
