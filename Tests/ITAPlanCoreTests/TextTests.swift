import ITAPlanCore
import Testing

@Suite("Thai text utilities")
struct TextTests {
    @Test("Thai digits both ways")
    func digits() {
        #expect(ThaiDigits.toArabic("๖๙.๕๘ คะแนน") == "69.58 คะแนน")
        #expect(ThaiDigits.toThai("31 มี.ค. 2564") == "๓๑ มี.ค. ๒๕๖๔")
        #expect(ThaiDigits.toArabic("no digits") == "no digits")
    }

    @Test("display width: Thai marks take no column, wide characters take two")
    func displayWidth() {
        #expect(DisplayWidth.of("abc") == 3)
        // น + ้ (tone mark) + ำ: the tone mark combines; ำ is a spacing vowel.
        #expect(DisplayWidth.of("น้ำ") == 2)
        #expect(DisplayWidth.of("ปีงบประมาณ") == 9)
        #expect(DisplayWidth.of("ที่") == 1)
        #expect(DisplayWidth.of("漢字") == 4)
        #expect(DisplayWidth.padded("ที่", to: 3) == "ที่  ")
    }

    @Test("a caret under Thai text is indented by display width, tabs kept")
    func caretIndent() {
        // "ที่ตั้ง" is seven characters but three columns wide.
        #expect(DisplayWidth.caretIndent(line: "ที่ตั้ง: x", column: 8) == "   ")
        #expect(DisplayWidth.caretIndent(line: "ที่ตั้ง: x", column: 10) == "     ")
        #expect(DisplayWidth.caretIndent(line: "\tx: y", column: 3) == "\t ")
    }

    @Test("suggestions: close misspellings only")
    func suggestions() {
        #expect(Suggestion.closest(to: "socre", among: ["score", "number", "tool"]) == "score")
        #expect(Suggestion.closest(to: "Tool", among: ["score", "number", "tool"]) == "tool")
        #expect(Suggestion.closest(to: "responsable", among: ["responsible", "results"]) == "responsible")
        #expect(Suggestion.closest(to: "xyz", among: ["score", "number", "tool"]) == nil)
    }

    @Test("decimal text rounds half away from zero, with no locale")
    func decimals() {
        #expect(DecimalText.format(69.5852, places: 4) == "69.5852")
        #expect(DecimalText.format(69.5852, places: 2) == "69.59")
        #expect(DecimalText.format(83, places: 2) == "83.00")
        #expect(DecimalText.format(-0.004, places: 2) == "0.00")
        #expect(DecimalText.trimmed(0.30) == "0.3")
    }

    @Test("the language comes from LC_ALL, then LC_MESSAGES, then LANG")
    func language() {
        #expect(Language(localeEnvironment: ["LANG": "th_TH.UTF-8"]) == .thai)
        #expect(Language(localeEnvironment: ["LC_ALL": "en_US.UTF-8", "LANG": "th_TH.UTF-8"]) == .english)
        #expect(Language(localeEnvironment: ["LC_ALL": "", "LC_MESSAGES": "th", "LANG": "C"]) == .thai)
        #expect(Language(localeEnvironment: [:]) == .english)
    }
}
