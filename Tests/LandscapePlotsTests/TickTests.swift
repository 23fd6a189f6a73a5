import Testing
@testable import LandscapePlots

@Suite("Ticks of known ranges")
struct TickTests {
    @Test func linearUnitRange() {
        let ticks = AxisTicks.make(scale: .linear, lower: 0, upper: 1, targetCount: 5)
        #expect(ticks.major.map(\.label) == ["0.0", "0.2", "0.4", "0.6", "0.8", "1.0"])
    }

    @Test func linearSampleSizeRange() {
        let ticks = AxisTicks.make(scale: .linear, lower: -500, upper: 10_500, targetCount: 6)
        #expect(ticks.major.map(\.label) == ["0", "2000", "4000", "6000", "8000", "10000"])
    }

    @Test func linearNegativeUsesMinusSign() {
        let ticks = AxisTicks.make(scale: .linear, lower: -1, upper: 1, targetCount: 4)
        #expect(ticks.major.map(\.label) == ["−1.0", "−0.5", "0.0", "0.5", "1.0"])
    }

    @Test func linearTinyValuesAreScientific() {
        let ticks = AxisTicks.make(scale: .linear, lower: 0, upper: 3e-5, targetCount: 3)
        #expect(ticks.major.map(\.label) == ["0", "10⁻⁵", "2×10⁻⁵", "3×10⁻⁵"])
    }

    @Test func niceStepsAreOneTwoFive() {
        #expect(LinearTicks.niceStep(span: 10, targetCount: 5) == 2)
        #expect(LinearTicks.niceStep(span: 0.9, targetCount: 2) == 0.5)
        #expect(LinearTicks.niceStep(span: 70, targetCount: 7) == 10)
    }

    @Test func logDecadesWithMinorTicks() {
        let ticks = AxisTicks.make(scale: .log, lower: 2e-5, upper: 0.6, targetCount: 8)
        #expect(ticks.major.map(\.label) == ["10⁻⁴", "10⁻³", "10⁻²", "10⁻¹"])
        #expect(ticks.minor.count == 4 * 8 + 5)  // 2…9 × 10⁻⁵…10⁻², then 2…6 × 10⁻¹
        #expect(ticks.minor.allSatisfy { $0 >= 2e-5 * (1 - 1e-9) && $0 <= 0.6 * (1 + 1e-9) })
    }

    @Test func logManyDecadesAreStrided() {
        let ticks = AxisTicks.make(scale: .log, lower: 1e-12, upper: 1, targetCount: 4)
        #expect(ticks.major.map(\.label) == ["10⁻¹²", "10⁻⁸", "10⁻⁴", "10⁰"])
    }

    @Test func logWithinOneDecadeLabelsTwoAndFive() {
        let ticks = AxisTicks.make(scale: .log, lower: 0.15, upper: 0.9, targetCount: 6)
        #expect(ticks.major.map(\.label) == ["2×10⁻¹", "5×10⁻¹"])
    }

    @Test func symlogShowsZeroAndSignedDecades() {
        let ticks = AxisTicks.make(scale: .symlog(threshold: 1), lower: -100, upper: 100, targetCount: 8)
        #expect(ticks.major.map(\.label) == ["−10²", "−10", "−1", "0", "1", "10", "10²"])
    }

    @Test func numberLabels() {
        #expect(NumberLabels.power(-3) == "10⁻³")
        #expect(NumberLabels.fixed(-0.0001, decimals: 2) == "0.00")
        #expect(NumberLabels.scientific(2.5e7, significant: 2) == "2.5×10⁷")
        #expect(NumberLabels.general(0.125) == "0.125")
    }
}
