/// OIT evidence is a page on the agency's own website. With `agency.website`
/// stated, a link anywhere else warns; without it, a link on a well-known
/// third-party site (Facebook, LINE, Google Drive…) does. A warning, not an
/// error: the page may still be mirrored on the agency's site.
struct EvidenceSiteRule: PlanRule {
    func check(_ context: RuleContext, into sink: FindingSink) {
        let hosts = context.plan.agency.website.compactMap { WebHost.of($0.value) }
        let sites = hosts.map(WebHost.Site.init)
        for measure in context.plan.measures {
            for step in measure.steps {
                for record in step.progress {
                    for link in record.evidence {
                        guard let host = WebHost.of(link.value) else { continue }
                        if sites.isEmpty {
                            if WebHost.thirdPartySites.contains(where: { $0.holds(host) }) {
                                sink.add(.evidenceOffSite, at: link.location, .evidenceOffSite(host: host, sites: []))
                            }
                        } else if !sites.contains(where: { $0.holds(host) }) {
                            sink.add(.evidenceOffSite, at: link.location, .evidenceOffSite(host: host, sites: hosts))
                        }
                    }
                }
            }
        }
    }
}
