import ITAPlanCore
import ITAPlanGit

/// Every bundled year model an itaplan build has stored in snapshots, by the
/// git blob id of the file it stores (`ita-years/<year>.yaml`, as
/// `YearModelWriter` writes it).
///
/// Verify holds a snapshot's stored models to its source commit's own files
/// or to a bundled model, because the stored models are the snapshot's own
/// claim (a forged lenient model would otherwise recompute consistently).
/// "Bundled" cannot mean only this build's: when a bundled model is corrected
/// (the NACC confirms a year, a band moves), snapshots made before still hold
/// the old one, honestly. So every model ever shipped is listed here, and a
/// snapshot holding an earlier one verifies with a note naming it, never
/// silently.
///
/// Append only: never remove an id, or the snapshots that hold it stop
/// verifying. `ShippedYearModelsTests` fails until this build's models are
/// listed; the id of a file is `git hash-object` of what `itaplan years show
/// YEAR --format yaml` prints.
enum ShippedYearModels {
    /// By assessment year. First listed: the models of the commit that began
    /// storing them (ebd478b, 1 Dec 2026), unchanged through e284fa1.
    static let blobs: [Int: Set<String>] = [
        2563: ["a59e6583ad6349fa206d825592e381dc53342dd6"],
        2564: ["71017fe3099e76a07c94e1e3faf602f03dfe0b44"],
        2565: ["fa35e17cda0766f7b54064d07543bcdfe9d986aa"],
        2566: ["8a15f2b9557f04275f6a743290b6bc1168434518"],
        2567: ["abb49e6534022cd957ac4011cefb4f1ea6177e5d"],
        2568: ["4c5ab2d15c072f27ea86a3862f42c9d6687cff5a"],
        2569: ["852bcd2afcc7833466f163c938b996d59df8f17f"],
        2570: ["b94e1f4dfc7a7e25c75f44841048219c3e65c725"],
    ]

    /// Whether `blob` is a model itaplan shipped for `year`.
    static func contains(_ blob: ObjectID, year: Int, in list: [Int: Set<String>] = blobs) -> Bool {
        list[year]?.contains(blob.description) ?? false
    }
}
