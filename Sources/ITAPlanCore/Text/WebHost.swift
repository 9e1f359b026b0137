/// The host of a link or a written site ("https://www.phohak.go.th/x",
/// "phohak.go.th"), lower-cased, without `www.`, port or user. Parsed by
/// hand because Foundation's URL refuses the Thai paths real evidence links
/// carry.
public enum WebHost {
    public static func of(_ text: String) -> String? {
        var rest = Substring(text.trimmed.lowercased())
        if let scheme = rest.range(of: "://") { rest = rest[scheme.upperBound...] }
        if let end = rest.firstIndex(where: { "/?#".contains($0) }) { rest = rest[..<end] }
        if let at = rest.lastIndex(of: "@") { rest = rest[rest.index(after: at)...] }
        if let colon = rest.firstIndex(of: ":") { rest = rest[..<colon] }
        while rest.hasSuffix(".") { rest = rest.dropLast() }
        if rest.hasPrefix("www.") { rest = rest.dropFirst(4) }
        return rest.isEmpty ? nil : String(rest)
    }

    /// Whether `host` is `site` or one of its subdomains.
    public static func host(_ host: String, isOn site: String) -> Bool {
        host == site || host.hasSuffix("." + site)
    }

    /// Sites an agency's evidence is often put on and that are never the
    /// agency's own: checked when the plan states no website of its own.
    public static let thirdParty = [
        "facebook.com", "fb.com", "fb.watch", "line.me", "youtube.com", "youtu.be", "instagram.com",
        "tiktok.com", "twitter.com", "x.com", "drive.google.com", "docs.google.com", "sites.google.com",
        "forms.gle", "bit.ly", "dropbox.com", "onedrive.live.com", "1drv.ms",
    ]
}
