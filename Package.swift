// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "itaplan",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "itaplan", targets: ["itaplan"]),
        .library(name: "ITAPlanCore", targets: ["ITAPlanCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        // The Word document (report --format docx): its zip container, and its XML from typed values.
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        .package(url: "https://github.com/CoreOffice/XMLCoder", from: "0.18.2"),
    ],
    targets: [
        // System libraries, found by pkg-config (Debian: libyaml-dev, libgit2-dev).
        .systemLibrary(name: "CLibYAML", pkgConfig: "yaml-0.1", providers: [.apt(["libyaml-dev"])]),
        .systemLibrary(name: "CLibGit2", pkgConfig: "libgit2", providers: [.apt(["libgit2-dev"])]),
        // For writing pack files: libdeflate (Debian: libdeflate-dev) and mbed TLS's
        // SHA-1 (libmbedtls-dev, which libgit2-dev brings).
        .systemLibrary(name: "CLibDeflate", pkgConfig: "libdeflate", providers: [.apt(["libdeflate-dev"])]),
        .systemLibrary(name: "CMbedCrypto", providers: [.apt(["libmbedtls-dev"])]),

        // YAML as located, untyped nodes, and the bounds on hostile input.
        .target(name: "ITAPlanYAML", dependencies: ["CLibYAML"]),
        // The domain: plan model, ITA scoring, the Thai fiscal calendar, validation.
        .target(name: "ITAPlanCore", dependencies: ["ITAPlanYAML"], exclude: ["Resources"],
                plugins: ["EmbedResources"]),

        // A small, safe layer over libgit2: one owner per handle, one error path.
        .target(name: "ITAPlanGit", dependencies: ["CLibGit2", "CLibDeflate", "CMbedCrypto"]),

        // Everything people read: findings, status tables, reports.
        .target(name: "ITAPlanReport", dependencies: [
            "ITAPlanCore", "ITAPlanYAML",
            .product(name: "Mustache", package: "swift-mustache"),
            .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            .product(name: "XMLCoder", package: "XMLCoder"),
        ], exclude: ["Resources"], plugins: ["EmbedResources"]),

        // Plans in git: staged validation, audit-trail snapshots, history, hooks.
        .target(name: "ITAPlanAudit", dependencies: ["ITAPlanGit", "ITAPlanCore", "ITAPlanReport", "ITAPlanYAML"]),

        // Bringing existing plans in: the text extracted from a Word or PDF document, and the plan writer.
        // Word files are read with ZIPFoundation (the zip) and Foundation's XMLParser (the XML).
        .target(name: "ITAPlanImport", dependencies: [
            "ITAPlanCore", "ITAPlanYAML",
            .product(name: "ZIPFoundation", package: "ZIPFoundation"),
        ]),

        // `itaplan record`: a progress record added to a plan file as one insertion, checked, written atomically,
        // and with --commit committed alone through libgit2.
        .target(name: "ITAPlanRecord", dependencies: ["ITAPlanCore", "ITAPlanYAML", "ITAPlanImport", "ITAPlanReport", "ITAPlanGit"]),

        // `itaplan init`: a new plan repository with a template, the hook, the workflows and the schema.
        .target(name: "ITAPlanSetup", dependencies: ["ITAPlanAudit", "ITAPlanCore", "ITAPlanGit", "ITAPlanYAML"],
                plugins: ["EmbedResources"]),

        .executableTarget(name: "itaplan", dependencies: [
            "ITAPlanSetup",
            "ITAPlanImport",
            "ITAPlanCore",
            "ITAPlanReport",
            "ITAPlanAudit",
            "ITAPlanGit",
            "ITAPlanRecord",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),

        // Data compiled into the binary (no resource bundle): the build plugin
        // turns the files it lists into Swift sources, with the version from
        // `git describe`. See Plugins/EmbedResources.
        .executableTarget(name: "embed-resources", path: "Tools/embed-resources"),
        .plugin(name: "EmbedResources", capability: .buildTool(), dependencies: ["embed-resources"]),

        .target(name: "ITAPlanTestSupport", dependencies: ["ITAPlanCore"], path: "Tests/ITAPlanTestSupport"),
        .testTarget(name: "ITAPlanYAMLTests", dependencies: ["ITAPlanYAML", "ITAPlanTestSupport"]),
        .testTarget(name: "ITAPlanCoreTests", dependencies: ["ITAPlanCore", "ITAPlanYAML", "ITAPlanTestSupport"]),
        .testTarget(name: "ITAPlanGitTests", dependencies: ["ITAPlanGit", "ITAPlanTestSupport"]),
        .testTarget(name: "ITAPlanAuditTests", dependencies: [
            "ITAPlanAudit", "ITAPlanCore", "ITAPlanGit", "ITAPlanReport", "ITAPlanYAML", "ITAPlanTestSupport",
        ]),
        .testTarget(name: "ITAPlanImportTests", dependencies: ["ITAPlanImport", "ITAPlanCore", "ITAPlanYAML", "ITAPlanTestSupport"]),
        .testTarget(name: "ITAPlanRecordTests", dependencies: ["ITAPlanRecord", "ITAPlanCore", "ITAPlanYAML", "ITAPlanTestSupport"]),
        .testTarget(name: "ITAPlanSetupTests", dependencies: ["ITAPlanSetup", "ITAPlanCore", "ITAPlanTestSupport"]),
        .testTarget(name: "ITAPlanReportTests", dependencies: ["ITAPlanReport", "ITAPlanCore", "ITAPlanTestSupport"]),
        .testTarget(name: "EndToEndTests", dependencies: ["itaplan", "ITAPlanTestSupport"]),
    ]
)
