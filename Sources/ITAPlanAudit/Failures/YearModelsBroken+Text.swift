import ITAPlanCore

// The executable prints a broken model file's findings like a compiler; these
// words are for anywhere else the error lands.
extension RepositoryYearModels.Broken: LocalizedFailure {
    public func text(in language: Language) -> String {
        let paths = files.map { SafeText.inline($0.source.path) }.joined(separator: ", ")
        return language.pick(th: "ไฟล์แบบจำลองปีการประเมินมีข้อผิดพลาด: \(paths)",
                             en: "year model files with errors: \(paths)")
    }
}
