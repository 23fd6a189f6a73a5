import Foundation
import Testing
@testable import JupyterKernel

@Suite struct WireCodecTests {
    let codec = WireCodec(signer: MessageSigner(key: Array("k".utf8)), history: DigestHistory(), session: "s")

    func validFrames(identities: [Data] = [Data("id".utf8)]) throws -> [Data] {
        try codec.encode(messageType: "kernel_info_request", content: [:], parentHeader: [:], identities: identities)
    }

    @Test func roundTripKeepsIdentitiesAndHeader() throws {
        let reader = WireCodec(signer: codec.signer, history: DigestHistory(), session: "r")
        let message = try reader.decode(try validFrames(identities: [Data("a".utf8), Data("b".utf8)]))
        #expect(message.identities == [Data("a".utf8), Data("b".utf8)])
        #expect(message.messageType == "kernel_info_request")
        #expect(message.header["version"] == "5.5")
        #expect(message.header["session"] == "s")
    }

    @Test func everyOutgoingMessageHasAFreshID() throws {
        let first = try validFrames(), second = try validFrames()
        #expect(first[3] != second[3])
        #expect(first[2] != second[2])
    }

    func expectDrop(_ frames: [Data], _ expected: WireFormatError) {
        let reader = WireCodec(signer: codec.signer, history: DigestHistory(), session: "r")
        #expect(throws: expected) { try reader.decode(frames) }
    }

    func resigned(_ parts: [Data]) -> [Data] {
        [WireCodec.delimiter, codec.signer.signature(of: parts)] + parts
    }

    @Test func malformedMessagesAreDroppedWithReasons() throws {
        let frames = try validFrames(identities: [])
        expectDrop([Data("garbage".utf8)], .missingDelimiter(frameCount: 1))
        expectDrop(Array(frames.prefix(4)), .tooFewFrames(afterDelimiter: 3))
        var badSignature = frames
        badSignature[1] = Data(repeating: UInt8(ascii: "a"), count: 64)
        expectDrop(badSignature, .badSignature)
        expectDrop(resigned([Data("{".utf8), Data("{}".utf8), Data("{}".utf8), Data("{}".utf8)]),
                   .invalidJSON(part: "header"))
        expectDrop(resigned([Data("{}".utf8), Data("{}".utf8), Data("{}".utf8), Data([0x22, 0xff, 0x22])]),
                   .invalidJSON(part: "content"))
        expectDrop(resigned([Data("[]".utf8), Data("{}".utf8), Data("{}".utf8), Data("{}".utf8)]),
                   .notAnObject(part: "header"))
        expectDrop(resigned([Data(#"{"msg_type": 3, "msg_id": "x"}"#.utf8), Data("{}".utf8), Data("{}".utf8),
                             Data("{}".utf8)]), .badHeaderField("msg_type"))
    }

    @Test func replayIsDropped() throws {
        let reader = WireCodec(signer: codec.signer, history: DigestHistory(), session: "r")
        let frames = try validFrames()
        _ = try reader.decode(frames)
        #expect(throws: WireFormatError.replayedSignature) { try reader.decode(frames) }
    }

    @Test func jsonValueRoundTripAndNonFiniteNumbers() throws {
        let value: JSONValue = ["a": [1, 2.5, "x", true, nil], "b": ["c": "/"]]
        #expect(try JSONValue.parse(value.serialized()) == value)
        #expect(try JSONValue.parse(JSONValue.number(.nan).serialized()) == .null)
        #expect(try JSONValue.parse(Data("1e20".utf8)) == .number(1e20))
        #expect(try JSONValue.parse(Data("3".utf8)) == .integer(3))
    }
}

@Suite struct ISODateTests {
    @Test func parsesHeaderDates() throws {
        let zulu = try #require(ISODate.parse("2024-05-01T12:00:00.250000Z"))
        #expect(zulu.timeIntervalSince1970 == 1_714_564_800.25)
        let offset = try #require(ISODate.parse("2024-05-01T14:00:00+02:00"))
        #expect(offset.timeIntervalSince1970 == 1_714_564_800)
        #expect(ISODate.parse("2024-05-01 12:00:00.5+00:00")?.timeIntervalSince1970 == 1_714_564_800.5)
        #expect(ISODate.parse(WireCodec.timestamp(Date(timeIntervalSince1970: 1_714_564_800.5)))?
            .timeIntervalSince1970 == 1_714_564_800.5)
        for bad in ["", "yesterday", "2024-13-01T00:00:00Z", "2024-05-01T12:00:00.Z", "2024-05-01T12:00:00Zjunk"] {
            #expect(ISODate.parse(bad) == nil, "\(bad)")
        }
    }
}
