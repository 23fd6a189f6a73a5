import Testing
@testable import LandscapePlots

@Suite("TeX-like math to Unicode")
struct MathTextTests {
    @Test func paperYLabelWithoutDollars() {
        #expect(MathText.unicode("|\\mathcal{L}_{k+1}(\\hat\\theta) - \\mathcal{L}_k(\\hat\\theta)|") == "|ℒₖ₊₁(θ̂) − ℒₖ(θ̂)|")
    }

    @Test func paperYLabelAsInTheReferenceCode() {
        let label = "$\\left| \\mathcal{L}_{k+1}(\\hat{\\theta}) - \\mathcal{L}_k(\\hat{\\theta}) \\right|$"
        #expect(MathText.unicode(label) == "|ℒₖ₊₁(θ̂)\u{2005}−\u{2005}ℒₖ(θ̂)|")
    }

    @Test func dollarsDelimitMath() {
        #expect(MathText.unicode("$h$ = 4, $L$ = 5") == "h = 4, L = 5")
        #expect(MathText.unicode("Sample size, $k$") == "Sample size, k")
    }

    @Test func identifiersKeepTheirUnderscores() {
        #expect(MathText.unicode("train_loss") == "train_loss")
        #expect(MathText.unicode("x_1 and a_{ij}") == "x₁ and aᵢⱼ")
    }

    @Test func superscriptsGreekAndNorms() {
        #expect(MathText.unicode("$\\theta^*$") == "θ*")
        #expect(MathText.unicode("$\\|H\\|_2 \\le \\lambda_{max}$") == "‖H‖₂\u{2005}≤\u{2005}λₘₐₓ")
        #expect(MathText.unicode("10^{-3}") == "10⁻³")
        #expect(MathText.unicode("$e^{-\\lambda t}$") == "e^{−λt}")
    }

    @Test func operatorNamesAreSpacedLikeTeX() {
        #expect(MathText.unicode("$2\\cos t$") == "2\u{2009}cos\u{2009}t")
        #expect(MathText.unicode("$\\log(x)$") == "log(x)")
        #expect(MathText.unicode("$\\lambda_{\\max}$") == "λₘₐₓ")
    }

    @Test func scriptsWithoutUnicodeFormsBecomeShiftedRuns() {
        let runs = MathText.runs("$x^{q}$")
        #expect(runs == [TextRun(text: "x", shift: .baseline), TextRun(text: "q", shift: .raised)])
    }

    @Test func aLoneDollarIsADollarSign() {
        #expect(MathText.unicode("cost in $ per item") == "cost in $ per item")
        #expect(MathText.unicode("\\$5 and $x_1$") == "$5 and x₁")
    }

    @Test func lineBreaksReadAsSpaces() {
        #expect(MathText.unicode("value\nsecond\tline") == "value second line")
    }

    @Test func unicodePassesThrough() {
        #expect(MathText.unicode("|L₍ₖ₊₁₎(θ̂) − Lₖ(θ̂)|") == "|L₍ₖ₊₁₎(θ̂) − Lₖ(θ̂)|")
    }

    @Test func malformedInputNeverTraps() {
        for text in ["\\", "_", "^", "{", "}", "$", "\\hat", "a_{", "x^", "\\left", "\\frac{1}", "$$$", "\\mathcal"] {
            _ = MathText.unicode(text)
        }
        #expect(MathText.unicode("\\frac{a}{b}") == "a/b")
    }
}
