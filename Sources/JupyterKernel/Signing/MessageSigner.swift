import COpenSSL
import Foundation

/// HMAC-SHA256 over the four JSON frames of a message (header, parent_header, metadata, content),
/// as lowercase hex, computed by OpenSSL. An empty key disables signing: outgoing signatures are
/// empty and incoming ones are not checked.
public struct MessageSigner: Sendable {
    /// The HMAC key from the connection file.
    public let key: [UInt8]

    /// Creates a signer for `key`.
    public init(key: [UInt8]) {
        self.key = key
    }

    /// True when messages are signed and checked.
    public var isEnabled: Bool { !key.isEmpty }

    /// The lowercase-hex HMAC-SHA256 of `parts` concatenated (empty when signing is disabled).
    public func signature(of parts: [Data]) -> Data {
        guard isEnabled else { return Data() }
        var input = Data()
        input.reserveCapacity(parts.reduce(0) { $0 + $1.count })
        for part in parts { input.append(part) }

        var digest = [UInt8](repeating: 0, count: Int(EVP_MAX_MD_SIZE))
        var digestLength: UInt32 = 0
        let produced = key.withUnsafeBytes { keyBytes in
            input.withUnsafeBytes { inputBytes in
                digest.withUnsafeMutableBytes { digestBytes in
                    HMAC(EVP_sha256(), keyBytes.baseAddress, Int32(keyBytes.count),
                         inputBytes.baseAddress?.assumingMemoryBound(to: UInt8.self), inputBytes.count,
                         digestBytes.baseAddress?.assumingMemoryBound(to: UInt8.self), &digestLength)
                }
            }
        }
        // HMAC only fails on allocation failure; an empty signature then fails every check.
        guard produced != nil else { return Data() }
        return Self.lowercaseHex(digest.prefix(Int(digestLength)))
    }

    /// True when `signature` is the HMAC of `parts`, compared in constant time (CRYPTO_memcmp).
    /// Always true when signing is disabled.
    public func isValid(signature: Data, for parts: [Data]) -> Bool {
        guard isEnabled else { return true }
        let expected = self.signature(of: parts)
        guard !expected.isEmpty, expected.count == signature.count else { return false }
        let difference = expected.withUnsafeBytes { expectedBytes in
            signature.withUnsafeBytes { givenBytes in
                CRYPTO_memcmp(expectedBytes.baseAddress, givenBytes.baseAddress, expectedBytes.count)
            }
        }
        return difference == 0
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)

    private static func lowercaseHex(_ bytes: ArraySlice<UInt8>) -> Data {
        var hex = Data(capacity: bytes.count * 2)
        for byte in bytes {
            hex.append(hexDigits[Int(byte >> 4)])
            hex.append(hexDigits[Int(byte & 0x0f)])
        }
        return hex
    }
}
