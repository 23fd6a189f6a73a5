@testable import CellLanguage
import Testing

/// `UInt8` … `Int64` and `UInt` in cells: Swift's arithmetic on each type (overflow an error, `&+`
/// wrapping, smart shifts), literals taking the type around them, conversions that trap where
/// Swift's do, and types that do not mix without a conversion.
@Suite struct SizedIntegerTests {
    @Test func arithmeticIsTheTypesOwn() {
        let notebook = Notebook()
        #expect(notebook.value("UInt8.max &+ 1") == "0")
        #expect(notebook.value("Int8.min &- 1") == "127")
        #expect(notebook.value("Int16(200) &* 200") == "-25536")
        #expect(notebook.value("~UInt8(0b00001111)") == "240")
        #expect(notebook.value("UInt8(4) << 5") == "128")
        #expect(notebook.value("UInt8(4) << 6") == "0")
        #expect(notebook.value("Int8(-8) >> 1") == "-4")
        #expect(notebook.value("type(of: UInt32(7) & 0xFF)") == "UInt32")
        #expect(notebook.value("UInt.max") == "18446744073709551615")
        #expect(notebook.value("Int32.min") == "-2147483648")
    }

    @Test func overflowAndBadConversionsAreSwiftsTraps() {
        let notebook = Notebook()
        #expect(notebook.value("UInt8(250) + 10").hasPrefix("error: arithmetic overflow: 250 + 10 is outside the range of UInt8"))
        #expect(notebook.value("let n = 300\nUInt8(n)") == "error: Not enough bits to represent the passed value")
        #expect(notebook.value("Int8(-3.9)") == "-3")
        #expect(notebook.value("UInt8(-1.0)").hasPrefix("error: Double value cannot be converted to UInt8"))
        #expect(notebook.value("UInt8(exactly: 256) == nil") == "true")
        #expect(notebook.value("UInt8(truncatingIfNeeded: 300)") == "44")
        #expect(notebook.value("let x: UInt8 = 256").hasPrefix("error: integer literal '256' overflows when stored into 'UInt8'"))
    }

    @Test func typesDoNotMixWithoutAConversion() {
        let notebook = Notebook()
        notebook.run("let twoThousand: UInt16 = 2_000\nlet one: UInt8 = 1")
        #expect(notebook.value("twoThousand + one")
                    == "error: binary operator '+' cannot be applied to operands of type 'UInt16' and 'UInt8'")
        #expect(notebook.value("twoThousand + UInt16(one)") == "2001")
        #expect(notebook.value("Int(one) + 41") == "42")
        #expect(notebook.value("Double(twoThousand) / 8") == "250.0")
    }

    @Test func valuesSortHashAndMatchPatterns() {
        let notebook = Notebook()
        notebook.run("var bytes: [UInt8] = [250, 3, 17]\nbytes.append(0)\nvar total: UInt8 = 0\nfor b in bytes { total &+= b }")
        #expect(notebook.value("bytes.sorted()") == "[0, 3, 17, 250]")
        #expect(notebook.value("total") == "14")
        #expect(notebook.value("bytes.map { $0 / 2 }.reduce(0, +)") == "134")
        #expect(notebook.value("Set(bytes).contains(17)") == "true")
        notebook.run("func size(_ b: UInt8) -> String {\n switch b { case 0...9: return \"small\"\n case 200..<255: return \"big\"\n default: return \"other\" }\n}")
        #expect(notebook.value("bytes.map(size)") == "[\"big\", \"small\", \"other\", \"small\"]")
        #expect(notebook.value("String(UInt8(255), radix: 2)") == "\"11111111\"")
    }
}

/// `Float` in cells: literals become `Float`s where one is expected, arithmetic and printing are
/// `Float`'s own, and a `Double` value does not pass for a `Float` without a conversion.
@Suite struct FloatTests {
    @Test func floatIsComputedAndPrintedAsFloat() {
        let notebook = Notebook()
        notebook.run("let third: Float = 1.0 / 3.0\nvar g: Float = 2\ng += 0.5")
        #expect(notebook.value("third") == "0.33333334")
        #expect(notebook.value("Double(third)") == "0.3333333432674408")
        #expect(notebook.value("g * 2") == "5.0")
        #expect(notebook.value("type(of: g)") == "Float")
        #expect(notebook.value("sqrt(g) == g.squareRoot()") == "true")
        #expect(notebook.value("Float(0.1) + Float(0.2)") == "0.3")
        #expect(notebook.value("[third, 2].sorted()") == "[0.33333334, 2.0]")
    }

    @Test func doublesDoNotPassForFloats() {
        let notebook = Notebook()
        notebook.run("let d = 0.5\nlet f: Float = 0.5")
        #expect(notebook.value("let x: Float = d").hasPrefix("error: cannot convert value of type 'Double' to specified type 'Float'"))
        #expect(notebook.value("f + d") == "error: binary operator '+' cannot be applied to operands of type 'Float' and 'Double'")
        #expect(notebook.value("f + Float(d)") == "1.0")
    }
}
