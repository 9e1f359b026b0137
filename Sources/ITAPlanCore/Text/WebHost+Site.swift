extension WebHost {
    /// A site, prepared once for testing many hosts against it (every
    /// evidence link of a plan against every third-party site).
    ///
    /// A site written only in `a`–`z`, `0`–`9`, `.`, `-` and `_` (nearly
    /// all) is matched on bytes: no other character is canonically equal to
    /// one of those, so when the bytes do not match, String's comparison
    /// would not either. Bytes can say yes where String says no only when
    /// the host holds other characters (one joined to the dot before the
    /// site); String then decides, as it does for any other site.
    struct Site: Sendable {
        let name: String
        /// The site's bytes when it is written in the plain characters above.
        private let plain: [UInt8]?

        init(_ name: String) {
            self.name = name
            let bytes = Array(name.utf8)
            plain = bytes.allSatisfy(Self.isPlain) ? bytes : nil
        }

        /// Whether `host` is this site or one of its subdomains.
        func holds(_ host: String) -> Bool {
            guard let plain else { return onSite(host) }
            var host = host
            let (matches, isASCII) = host.withUTF8 { bytes -> (Bool, Bool) in
                let count = plain.count
                let matches: Bool
                if bytes.count == count {
                    matches = bytes.elementsEqual(plain)
                } else {
                    matches = bytes.count > count && bytes[bytes.count - count - 1] == UInt8(ascii: ".")
                        && bytes[(bytes.count - count)...].elementsEqual(plain)
                }
                return (matches, !matches || bytes.allSatisfy { $0 < 0x80 })
            }
            return matches && (isASCII || onSite(host))
        }

        /// The comparison by characters, for what bytes cannot decide.
        private func onSite(_ host: String) -> Bool {
            host == name || host.hasSuffix("." + name)
        }

        private static func isPlain(_ byte: UInt8) -> Bool {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "."), UInt8(ascii: "-"), UInt8(ascii: "_"):
                return true
            default:
                return false
            }
        }
    }
}
