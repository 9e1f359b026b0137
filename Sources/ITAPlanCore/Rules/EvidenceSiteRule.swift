/// OIT evidence is a page on the agency's own website. With `agency.website`
/// stated, a link anywhere else warns; without it, a link on a well-known
/// third-party site (Facebook, LINE, Google Drive…) does. A warning, not an
/// error: the page may still be mirrored on the agency's site.
struct EvidenceSiteRule: PlanRule {
    func check(_ context: RuleContext, into sink: FindingSink) {
        let sites = context.plan.agency.website.compactMap { WebHost.of($0.value) }
        let links = context.plan.measures.flatMap(\.steps).flatMap(\.progress).flatMap(\.evidence)
        for link in links {
            guard let host = WebHost.of(link.value) else { continue }
            if sites.isEmpty {
                if WebHost.thirdParty.contains(where: { WebHost.host(host, isOn: $0) }) {
                    sink.add(.evidenceOffSite, at: link.location, .evidenceOffSite(host: host, sites: []))
                }
            } else if !sites.contains(where: { WebHost.host(host, isOn: $0) }) {
                sink.add(.evidenceOffSite, at: link.location, .evidenceOffSite(host: host, sites: sites))
            }
        }
    }
}
