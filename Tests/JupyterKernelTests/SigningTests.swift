import Foundation
import Testing
@testable import JupyterKernel

@Suite struct SigningTests {
    @Test func hmacMatchesRFC4231TestCase2OverSplitParts() {
        let signer = MessageSigner(key: Array("Jefe".utf8))
        let parts = ["what do ya", " want ", "for nothing", "?"].map { Data($0.utf8) }
        let expected = "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"
        #expect(String(decoding: signer.signature(of: parts), as: UTF8.self) == expected)
        #expect(signer.isValid(signature: Data(expected.utf8), for: parts))
    }

    @Test func wrongOrTruncatedOrUppercaseSignatureIsRejected() {
        let signer = MessageSigner(key: Array("key".utf8))
        let parts = [Data("a".utf8), Data("b".utf8), Data("c".utf8), Data("d".utf8)]
        let good = signer.signature(of: parts)
        var flipped = good
        flipped[0] = flipped[0] == UInt8(ascii: "0") ? UInt8(ascii: "1") : UInt8(ascii: "0")
        #expect(!signer.isValid(signature: flipped, for: parts))
        #expect(!signer.isValid(signature: good.prefix(63), for: parts))
        #expect(!signer.isValid(signature: Data(), for: parts))
        #expect(!signer.isValid(signature: Data(String(decoding: good, as: UTF8.self).uppercased().utf8), for: parts))
    }

    @Test func emptyKeyDisablesSigning() {
        let signer = MessageSigner(key: [])
        #expect(signer.signature(of: [Data("x".utf8)]).isEmpty)
        #expect(signer.isValid(signature: Data("anything".utf8), for: [Data("x".utf8)]))
    }

    @Test func digestHistoryRejectsRepeatsAndForgetsOldestBeyondCapacity() {
        let history = DigestHistory(capacity: 3)
        #expect(history.insertIfNew(Data("a".utf8)))
        #expect(!history.insertIfNew(Data("a".utf8)))
        #expect(history.insertIfNew(Data("b".utf8)))
        #expect(history.insertIfNew(Data("c".utf8)))
        #expect(history.insertIfNew(Data("d".utf8)))  // evicts a
        #expect(history.count == 3)
        #expect(history.insertIfNew(Data("a".utf8)))
        #expect(!history.insertIfNew(Data("d".utf8)))
    }
}
