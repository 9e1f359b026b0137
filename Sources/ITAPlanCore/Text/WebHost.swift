/// The host of a link or a written site ("https://www.phohak.go.th/x",
/// "phohak.go.th"), lower-cased, without `www.`, port or user. Parsed by
/// hand because Foundation's URL refuses the Thai paths real evidence links
/// carry.
public enum WebHost {
    public static func of(_ text: String) -> String? {
        // On bytes, and only the host lower-cased: links carry long Thai
        // paths, and Foundation's `range(of:)` over them was most of the check.
        var text = text.trimmed
        return text.withUTF8 { bytes in
            var start = 0
            if let scheme = (0..<max(bytes.count - 2, 0)).first(where: {
                bytes[$0] == UInt8(ascii: ":") && bytes[$0 + 1] == UInt8(ascii: "/") && bytes[$0 + 2] == UInt8(ascii: "/")
            }) {
                start = scheme + 3
            }
            var end = start
            while end < bytes.count, !endsHost(bytes[end]) { end += 1 }
            var host = bytes[start..<end]
            if let at = host.lastIndex(of: UInt8(ascii: "@")) { host = host[(at + 1)...] }
            if let colon = host.firstIndex(of: UInt8(ascii: ":")) { host = host[..<colon] }
            while host.last == UInt8(ascii: ".") { host = host.dropLast() }
            if host.allSatisfy({ $0 < 0x80 }) {
                // Nearly every host: lower-cased and without `www.` on its
                // bytes, which for ASCII is what the String calls below do.
                var name = host.map { (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains($0) ? $0 | 0x20 : $0 }
                if name.starts(with: "www.".utf8) { name.removeFirst(4) }
                return name.isEmpty ? nil : String(decoding: name, as: UTF8.self)
            }
            var name = Substring(String(decoding: host, as: UTF8.self).lowercased())
            if name.hasPrefix("www.") { name = name.dropFirst(4) }
            return name.isEmpty ? nil : String(name)
        }
    }

    /// `/`, `?` and `#` end the host part of a link.
    private static func endsHost(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "/") || byte == UInt8(ascii: "?") || byte == UInt8(ascii: "#")
    }

    /// Whether `host` is `site` or one of its subdomains.
    public static func host(_ host: String, isOn site: String) -> Bool {
        Site(site).holds(host)
    }

    /// Sites an agency's evidence is often put on and that are never the
    /// agency's own: checked when the plan states no website of its own.
    public static let thirdParty = [
        "facebook.com", "fb.com", "fb.watch", "line.me", "youtube.com", "youtu.be", "instagram.com",
        "tiktok.com", "twitter.com", "x.com", "drive.google.com", "docs.google.com", "sites.google.com",
        "forms.gle", "bit.ly", "dropbox.com", "onedrive.live.com", "1drv.ms",
    ]

    /// `thirdParty`, ready for matching.
    static let thirdPartySites = thirdParty.map(Site.init)
}
