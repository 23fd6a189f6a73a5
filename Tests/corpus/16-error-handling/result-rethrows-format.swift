import Foundation
enum MathError: Error, CustomStringConvertible {
    case negative(Double)
    var description: String { switch self { case .negative(let v): return "negative input \(v)" } }
}
func safeSqrt(_ x: Double) throws -> Double {
    if x < 0 { throw MathError.negative(x) }
    return sqrt(x)
}
do { print(try safeSqrt(16)); print(try safeSqrt(-4)) } catch { print("error:", error) }
let r = Result { try safeSqrt(-1) }
switch r { case .success(let v): print(v); case .failure(let e): print("failed", e) }
print((try? safeSqrt(-1)) as Any, (try? safeSqrt(9)) as Any)
func process(_ values: [Double], _ f: (Double) throws -> Double) rethrows -> [Double] { try values.map(f) }
print(try process([1, 4], safeSqrt))
struct ParseError: Error { let line: Int }
do { throw ParseError(line: 3) } catch let e as ParseError { print("line", e.line) } catch { print("other") }
print(String(format: "%5d|%.2f|%e|%x|%%", 42, 3.14159, 1234.5, 255))
print(String(format: "%03d %g %g", 7, 0.0001, 1e10))
print(pow(2.0, 10.0), sqrt(2.0), floor(-1.5), ceil(1.2), round(2.5), (2.5).rounded(), log2(8.0), log10(1000.0))
print(abs(-3), max(1, 5, 3), min(2.0, 1.0), exp(0.0), sin(0.0), Double.pi)
let f: Float = 1.1
print(f, f * 3, Double(f), Float(1) / 3)
