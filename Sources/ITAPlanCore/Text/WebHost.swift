/// The host of a link or a written site ("https://www.phohak.go.th/x",
/// "phohak.go.th"), lower-cased, without `www.`, port or user. Parsed by
/// hand because Foundation's URL refuses the Thai paths real evidence links
/// carry.
public enum WebHost {
    public static func of(_ text: String) -> String? {
        // On bytes, and only the host lower-cased: links carry long Thai
        // paths, and Foundation's `range(of:)` over them was most of the check.
        let bytes = Array(text.trimmed.utf8)
        var start = 0
        if let scheme = (0..<max(bytes.count - 2, 0)).first(where: {
            bytes[$0] == UInt8(ascii: ":") && bytes[$0 + 1] == UInt8(ascii: "/") && bytes[$0 + 2] == UInt8(ascii: "/")
        }) {
            start = scheme + 3
        }
        var end = start
        while end < bytes.count, ![UInt8(ascii: "/"), UInt8(ascii: "?"), UInt8(ascii: "#")].contains(bytes[end]) { end += 1 }
        var host = bytes[start..<end]
        if let at = host.lastIndex(of: UInt8(ascii: "@")) { host = host[(at + 1)...] }
        if let colon = host.firstIndex(of: UInt8(ascii: ":")) { host = host[..<colon] }
        while host.last == UInt8(ascii: ".") { host = host.dropLast() }
        var name = Substring(String(decoding: host, as: UTF8.self).lowercased())
        if name.hasPrefix("www.") { name = name.dropFirst(4) }
        return name.isEmpty ? nil : String(name)
    }

    /// Whether `host` is `site` or one of its subdomains.
    public static func host(_ host: String, isOn site: String) -> Bool {
        if host == site { return true }
        // Every link is tried against every third-party site: decide the
        // usual "no" on bytes, without building "." + site each time. For
        // an ASCII site the bytes must end in "." + site whenever the
        // characters do (no other character equals an ASCII one), so only
        // a byte match is left for String's own comparison to confirm.
        if site.utf8.allSatisfy({ $0 < 0x80 }), !endsWithSubdomain(host.utf8, of: site.utf8) { return false }
        return host.hasSuffix("." + site)
    }

    /// Whether `host` ends with `.` and then `site`, byte for byte.
    private static func endsWithSubdomain(_ host: String.UTF8View, of site: String.UTF8View) -> Bool {
        guard host.count > site.count, host.suffix(site.count).elementsEqual(site) else { return false }
        return host[host.index(host.endIndex, offsetBy: -site.count - 1)] == UInt8(ascii: ".")
    }

    /// Sites an agency's evidence is often put on and that are never the
    /// agency's own: checked when the plan states no website of its own.
    public static let thirdParty = [
        "facebook.com", "fb.com", "fb.watch", "line.me", "youtube.com", "youtu.be", "instagram.com",
        "tiktok.com", "twitter.com", "x.com", "drive.google.com", "docs.google.com", "sites.google.com",
        "forms.gle", "bit.ly", "dropbox.com", "onedrive.live.com", "1drv.ms",
    ]
}
