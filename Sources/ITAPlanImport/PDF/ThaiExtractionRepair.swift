/// Repairs what PDF text extraction does to Thai. A PDF places each glyph
/// on its own, and Thai marks (above and below vowels, tone marks) are
/// glyphs moved left or up to sit over their consonant, so extraction by
/// position puts them in the wrong order or after a space:
///
/// - a mark after a space: "ดังนี ้" for "ดังนี้", "ตัวชีว้ ัด" for "ตัวชี้วัด";
/// - a tone mark after the final consonant instead of over the vowel of
///   the syllable: "ขัน้" for "ขั้น", "ทัง้" for "ทั้ง", "ชีว้" for "ชี้ว";
/// - a space after a vowel over a tall consonant (ป ฝ ฟ): "เปิ ด", "ปั ญหา";
/// - SARA AM as NIKHAHIT + SARA AA ("ํา"), handled with other cell text.
///
/// Each rule fixes only a sequence Thai spelling does not allow, so correct
/// text passes through unchanged.
enum ThaiExtractionRepair {
    static func isAboveVowel(_ scalar: Unicode.Scalar) -> Bool {
        [0x0E31, 0x0E34, 0x0E35, 0x0E36, 0x0E37, 0x0E47].contains(scalar.value)
    }

    static func isBelowVowel(_ scalar: Unicode.Scalar) -> Bool {
        (0x0E38...0x0E3A).contains(scalar.value)
    }

    static func isToneMark(_ scalar: Unicode.Scalar) -> Bool {
        (0x0E48...0x0E4B).contains(scalar.value)
    }

    /// A mark that sits on a consonant and takes no column of its own.
    static func isMark(_ scalar: Unicode.Scalar) -> Bool {
        isAboveVowel(scalar) || isBelowVowel(scalar) || isToneMark(scalar) || (0x0E4C...0x0E4E).contains(scalar.value)
    }

    static func isConsonant(_ scalar: Unicode.Scalar) -> Bool {
        (0x0E01...0x0E2E).contains(scalar.value)
    }

    /// ป ฝ ฟ: their tall stems push the vowel over them to the right in many fonts.
    static func isTallConsonant(_ scalar: Unicode.Scalar) -> Bool {
        [0x0E1B, 0x0E1D, 0x0E1F].contains(scalar.value)
    }

    static func repair(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { (0x0E01...0x0E5B).contains($0.value) }) else { return text }
        var scalars = Array(text.unicodeScalars)
        scalars = joiningDetachedMarks(scalars)
        scalars = movingTonesToTheirSyllable(scalars)
        return CellText.composingSaraAm(String(String.UnicodeScalarView(scalars)))
    }

    /// "นี ้" → "นี้"; "ปิ ด" → "ปิด": spaces before a mark, and the one
    /// space after a vowel or tone over ป ฝ ฟ, go.
    private static func joiningDetachedMarks(_ scalars: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var result: [Unicode.Scalar] = []
        result.reserveCapacity(scalars.count)
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == " " {
                var next = index
                while next < scalars.count, scalars[next] == " " { next += 1 }
                if next < scalars.count, isMark(scalars[next]), let last = result.last, last != " " {
                    index = next
                    continue
                }
                // "เปิ ด": a mark over a tall consonant, one space, then Thai.
                if next == index + 1, next < scalars.count, isConsonant(scalars[next]) || (0x0E40...0x0E44).contains(scalars[next].value),
                   result.count >= 2, isMark(result[result.count - 1]), isTallConsonant(baseOfMarks(result)) {
                    index = next
                    continue
                }
            }
            result.append(scalar)
            index += 1
        }
        return result
    }

    /// The consonant a run of marks at the end of `scalars` sits on.
    private static func baseOfMarks(_ scalars: [Unicode.Scalar]) -> Unicode.Scalar {
        var index = scalars.count - 1
        while index > 0, isMark(scalars[index]) { index -= 1 }
        return scalars[index]
    }

    /// C1 V C2 T → C1 V T C2, where V is a vowel over C1 and T a tone mark
    /// that extraction put after C2: when C2 is followed by another vowel
    /// over it ("ชีว้ั" → "ชี้วั"), or ends the syllable (a space or the
    /// end: "ขัน้ " → "ขั้น "; after ั, also a consonant: "ทัง้ผู้" → "ทั้งผู้",
    /// since ั is followed by a final consonant, which takes no tone). A
    /// tone mark before a vowel on the same consonant is put after it.
    private static func movingTonesToTheirSyllable(_ scalars: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var result = scalars
        var index = 3
        while index < result.count {
            let tone = result[index]
            guard isToneMark(tone) else {
                index += 1
                continue
            }
            let c2 = result[index - 1], vowel = result[index - 2], c1 = result[index - 3]
            let after = index + 1 < result.count ? result[index + 1] : " "
            let c1HasTone = index >= 4 && isToneMark(result[index - 3])
            if isConsonant(c2), isAboveVowel(vowel), isConsonant(c1), !c1HasTone,
               isAboveVowel(after) || after == " " || index + 1 == result.count
                || (vowel == "\u{0E31}" && isConsonant(after)) {
                // Not "มีน้ำ", "ดีน่า": a vowel after C2 that is not over it means T is C2's own.
                result.swapAt(index - 1, index)
            } else if isAboveVowel(after), isConsonant(result[index - 1]) {
                result.swapAt(index, index + 1)
            }
            index += 1
        }
        return result
    }
}
