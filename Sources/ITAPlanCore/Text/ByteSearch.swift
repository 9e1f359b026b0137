#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension String {
    /// Whether the text holds `other`, byte for byte. Both are valid UTF-8,
    /// so a byte match starts and ends on scalar boundaries. Not Foundation's
    /// `contains`, which on Linux folds character clusters through
    /// CFStringFind; the first byte is found with `memchr`, which skips the
    /// long Thai texts of a plan many bytes at a time.
    func containsBytes(of other: String) -> Bool {
        var text = self, other = other
        return text.withUTF8 { haystack in
            other.withUTF8 { needle in
                guard let first = needle.first, needle.count <= haystack.count,
                      let base = haystack.baseAddress, let pattern = needle.baseAddress else { return false }
                let last = haystack.count - needle.count
                var start = 0
                while start <= last, let found = memchr(base + start, Int32(first), last - start + 1) {
                    let offset = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                    if memcmp(base + offset, pattern, needle.count) == 0 { return true }
                    start = offset + 1
                }
                return false
            }
        }
    }
}
