import Domain

/// A designer's refused action in the error summary, in the page's language. The Gaelic needs a speaker's check.
public enum ServiceDesignErrorWords {
    public static func message(_ error: ServiceDesignError, _ language: Language) -> String {
        phrase(error)(language)
    }

    static func phrase(_ error: ServiceDesignError) -> Phrase {
        switch error {
        case .notPermitted(let slug):
            Phrase(en: error.description,
                   gd: "Chan fhaod thu an t-seirbheis \(slug) a dhealbhadh: iarr air rianaire cead dealbhaiche seirbheis air a son")
        case .unknownService(let slug): Phrase(en: error.description, gd: "Chan eil seirbheis ann air a bheil \(slug)")
        case .serviceExists(let slug):
            Phrase(en: error.description, gd: "Tha seirbheis air a bheil \(slug) ann mu thràth: tagh seòladh eile")
        case .draftExists(let slug):
            Phrase(en: error.description, gd: "Tha dreachd aig \(slug) mu thràth: deasaich an tè sin, no tilg air falbh i an toiseach")
        case .noDraft(let slug):
            Phrase(en: error.description, gd: "Chan eil dreachd aig \(slug) ri foillseachadh: tòisich tè bhon tionndadh làithreach")
        case .invalidSlug(let slug):
            Phrase(en: error.description,
                   gd: "Chan urrainn do \"\(slug)\" a bhith na sheòladh: cleachd litrichean beaga, figearan is tàthanan, mar report-a-pothole")
        case .invalidReferencePrefix(let prefix):
            Phrase(en: error.description,
                   gd: "Chan urrainn do \"\(prefix)\" a bhith na ro-leasachan iomraidh: cleachd 2 gu 4 litrichean mòra, mar HRD")
        case .invalidDraft(let problems):
            Phrase(en: error.description, gd: "Tha \(problems.count) duilgheadas aig an dreachd ri càradh mus gabh a foillseachadh")
        case .slugChanged(let draft, let service):
            Phrase(en: error.description,
                   gd: "’S e \(draft) seòladh na dreachd ach ’s e \(service) an t-seirbheis: cumaidh seirbheis fhoillsichte a seòladh (dèan lethbhreac gus tè ùr a dhèanamh)")
        case .changeNoteRequired:
            Phrase(en: error.description, gd: "Innis dè dh’atharraich san tionndadh seo: tha feum air an nota atharrachaidh")
        case .closingNotAfterLive:
            Phrase(en: error.description, gd: "Feumaidh an t-àm dùnaidh a bhith às dèidh an ama a thèid an tionndadh beò")
        case .limitNotPositive:
            Phrase(en: error.description, gd: "Feumaidh crìoch nan iarrtasan a bhith na àireamh shlàn, 1 no barrachd")
        case .noSuchVersion(let slug, let version):
            Phrase(en: error.description, gd: "Chan eil tionndadh \(version) aig \(slug)")
        case .notPending(let slug, let version):
            Phrase(en: error.description, gd: "Chan eil tionndadh \(version) de \(slug) a’ feitheamh ri aonta")
        case .approvalNotRequired(let slug):
            Phrase(en: error.description, gd: "Chan fheum \(slug) aonta: foillsich an tionndadh gu dìreach")
        case .approverIsRequester:
            Phrase(en: error.description,
                   gd: "Feumaidh dàrna neach aontachadh: dh’iarr thusa an tionndadh seo, mar sin aontaichidh cuideigin eile e")
        case .noLiveVersion(let slug): Phrase(en: error.description, gd: "Chan eil tionndadh beò aig \(slug) ri dhùnadh")
        case .notArchived(let slug): Phrase(en: error.description, gd: "Chan eil \(slug) san tasglann")
        case .alreadyArchived(let slug): Phrase(en: error.description, gd: "Tha \(slug) san tasglann mu thràth")
        }
    }
}
