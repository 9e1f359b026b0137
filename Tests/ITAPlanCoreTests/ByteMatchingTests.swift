@testable import ITAPlanCore
import Testing

/// The byte-level matching the rules use for speed: a prepared site must
/// decide exactly what String's comparison decides, for hosts of every kind,
/// not only the ASCII ones of the bench; the placeholder search is a plain
/// byte search.
@Suite("Byte matching agrees with String")
struct ByteMatchingTests {
    /// Hosts chosen where bytes and characters could part: canonically equal
    /// spellings, a mark joined to the dot before the site (U+0301 extends
    /// the letter before it; U+0600 is a prepended mark that joins the dot),
    /// look-alike domains, Thai and full-width letters.
    static let hosts = [
        "", "facebook.com", "m.facebook.com", "notfacebook.com", "facebook.com.evil.example", "a.b.facebook.com",
        "x\u{301}.facebook.com", "\u{600}.facebook.com", "ｆacebook.com", "fb.com", "line.me", "ตัวอย่าง.line.me",
        "phohak.go.th", "www.phohak.go.th", "a;b", "a\u{37E}b", "\u{212A}", "k", "e\u{301}.go.th", "\u{E9}.go.th",
    ]

    @Test("a prepared site holds a host exactly when the host is it or ends in '.' and it, by String's comparison")
    func siteAgreesWithString() {
        // Plain ASCII sites (matched on bytes) and others (String decides).
        let sites = WebHost.thirdParty + ["phohak.go.th", "go.th", "k", "a;b", "ตัวอย่าง.line.me", "\u{E9}.go.th", "K"]
        for site in sites {
            let prepared = WebHost.Site(site)
            for host in Self.hosts {
                let byString = host == site || host.hasSuffix("." + site)
                #expect(prepared.holds(host) == byString, "host \(host.debugDescription) on site \(site.debugDescription)")
                #expect(WebHost.host(host, isOn: site) == byString)
            }
        }
    }

    @Test("an ASCII host is lower-cased and loses its www. on bytes as the String path does")
    func asciiHosts() {
        #expect(WebHost.of("HTTPS://WWW.Facebook.COM/x") == "facebook.com")
        #expect(WebHost.of("https://wwwx.example.go.th") == "wwwx.example.go.th")
        #expect(WebHost.of("https://www./x") == "www")  // the dot goes first, as a trailing one
        #expect(WebHost.of("https://ÉCOLE.example/x") == "école.example")
    }

    @Test("containsBytes finds a text's bytes in another wherever they are, and never an empty text")
    func containsBytes() {
        let texts = ["", "(", "((แก้ไขข้อความนี้)", "ข้อความ (แก้ไขข้อความนี้)", "(แก้ไขข้อความนี้", "ab(ab(abc",
                     "x(ตัวอย่าง · an example)", "(แก้ไขข้อความนี้)\u{301}"]
        let needles = ["(แก้ไขข้อความนี้)", "(ตัวอย่าง · an example)", "(abc", "(", "ab(abc"]
        for text in texts {
            let bytes = Array(text.utf8)
            for needle in needles {
                let pattern = Array(needle.utf8)
                // The plain definition: some window of the text's bytes is the needle's.
                let expected = bytes.count >= pattern.count
                    && (0...(bytes.count - pattern.count)).contains { Array(bytes[$0..<$0 + pattern.count]) == pattern }
                #expect(text.containsBytes(of: needle) == expected, "\(needle) in \(text)")
            }
            #expect(!text.containsBytes(of: ""))
        }
    }
}
