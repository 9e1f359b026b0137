/// OIT evidence is a page on the agency's own website. With `agency.website`
/// stated, a link anywhere else warns; without it, a link on a well-known
/// third-party site (Facebook, LINE, Google Drive…) does. A warning, not an
/// error: the page may still be mirrored on the agency's site.
struct EvidenceSiteRule: PlanRule {
    func check(_ context: RuleContext, into sink: FindingSink) {
        let ownHosts = context.plan.agency.website.compactMap { WebHost.of($0.value) }
        let sites = ownHosts.isEmpty ? WebHost.thirdPartySites : ownHosts.map(WebHost.Site.init)
        // A plan's links lie on one or two hosts: each host is tried against
        // the sites once, not once per link.
        var offSite: [String: Bool] = [:]
        for measure in context.plan.measures {
            for step in measure.steps {
                for record in step.progress {
                    for link in record.evidence {
                        guard let host = WebHost.of(link.value) else { continue }
                        let isOff = offSite[host] ?? {
                            let onASite = sites.contains { $0.holds(host) }
                            // Off the agency's own sites, or on a third party's.
                            let isOff = ownHosts.isEmpty ? onASite : !onASite
                            offSite[host] = isOff
                            return isOff
                        }()
                        if isOff {
                            sink.add(.evidenceOffSite, at: link.location, .evidenceOffSite(host: host, sites: ownHosts))
                        }
                    }
                }
            }
        }
    }
}
