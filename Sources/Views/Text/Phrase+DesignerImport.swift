/// The designer's import page (`/designer/import`) and its report. The Gaelic needs a speaker's check.
extension Phrase {
    public static let designerImportTitle = Phrase(en: "Import a form from another builder", gd: "Thoir a-steach foirm bho inneal eile")
    public static let designerImportLink = Phrase(en: "Import a form from GOV.UK Forms, Form.io or Open Forms",
                                                  gd: "Thoir a-steach foirm bho GOV.UK Forms, Form.io no Open Forms")
    public static let designerImportIntro = Phrase(
        en: "The form becomes the first draft of a new service. Nothing is published. You will see a list of everything that could not be brought in as it was, with its place in the file.",
        gd: "Bidh am foirm na chiad dreachd de sheirbheis ùr. Cha tèid dad fhoillseachadh. Chì thu liosta de gach rud nach b’ urrainn a thoirt a-steach mar a bha e, le àite san fhaidhle.")
    public static let designerImportFormat = Phrase(en: "Which builder is the file from?", gd: "Cò an t-inneal às an tàinig am faidhle?")
    public static let designerImportGOVUKHint = Phrase(en: "a form document (.json)", gd: "sgrìobhainn foirm (.json)")
    public static let designerImportFormioHint = Phrase(en: "a form or wizard definition (.json)", gd: "mìneachadh foirm no draoidh (.json)")
    public static let designerImportOpenFormsHint = Phrase(en: "a form export (.zip)", gd: "às-mhalairt foirm (.zip)")
    public static let designerImportFile = Phrase(en: "The file", gd: "Am faidhle")
    public static func designerImportFileHint(_ megabytes: Int) -> Phrase {
        Phrase(en: "Up to \(megabytes) MB", gd: "Suas ri \(megabytes) MB")
    }
    public static let designerImportSlug = Phrase(en: "Address of the new service (optional)", gd: "Seòladh na seirbheis ùir (roghainneil)")
    public static let designerImportSlugHint = Phrase(
        en: "Lower-case letters, numbers and hyphens, like report-a-pothole. Leave it empty to make one from the form’s title.",
        gd: "Litrichean beaga, àireamhan is tàthanan, mar report-a-pothole. Fàg falamh e gus fear a dhèanamh à tiotal an fhoirm.")
    public static let designerImportButton = Phrase(en: "Import the form", gd: "Thoir a-steach am foirm")
    public static let designerImportOtherWays = Phrase(en: "Other ways to create a service", gd: "Dòighean eile air seirbheis a chruthachadh")

    public static let designerImportChooseFormat = Phrase(en: "Choose which builder the file is from", gd: "Tagh cò an t-inneal às an tàinig am faidhle")
    public static let designerImportChooseFile = Phrase(en: "Choose a file to import", gd: "Tagh faidhle ri thoirt a-steach")
    public static let designerImportEmptyFile = Phrase(en: "The file is empty: choose the file the builder exported",
                                                       gd: "Tha am faidhle falamh: tagh am faidhle a chaidh às-mhalairt leis an inneal")
    public static func designerImportTooLarge(_ megabytes: Int) -> Phrase {
        Phrase(en: "The file must be smaller than \(megabytes) MB", gd: "Feumaidh am faidhle a bhith nas lugha na \(megabytes) MB")
    }
    /// The importer's own words (in English) on why the file does not read, after which builder it was read as.
    public static func designerImportUnreadable(_ format: String, _ detail: String) -> Phrase {
        Phrase(en: "The file could not be read as \(format): \(detail). Check that you chose the right builder and the file it exported",
               gd: "Cha b’ urrainn am faidhle a leughadh mar \(format): \(detail). Dèan cinnteach gun do thagh thu an t-inneal ceart is am faidhle a chaidh às-mhalairt leis")
    }
    public static func designerImportInvalid(_ count: Int, _ first: String) -> Phrase {
        Phrase(en: "The imported form does not make a service definition that validates (\(count) problem\(count == 1 ? "" : "s"), the first: \(first))",
               gd: "Chan eil am foirm a chaidh a thoirt a-steach a’ dèanamh mìneachadh seirbheis dligheach (\(count) duilgheadas, a’ chiad fhear: \(first))")
    }

    public static func designerImportDone(_ title: String) -> Phrase {
        Phrase(en: "\(title) was imported as a new draft. Nothing has been published.",
               gd: "Chaidh \(title) a thoirt a-steach mar dhreachd ùr. Cha deach dad fhoillseachadh.")
    }
    public static let designerImportReportTitle = Phrase(en: "What the import did", gd: "Na rinn an toirt a-steach")
    public static let designerImportFrom = Phrase(en: "Imported from", gd: "Air a thoirt a-steach à")
    public static let designerImportContents = Phrase(en: "The draft holds", gd: "Anns an dreachd tha")
    public static func designerImportCounts(sections: Int, pages: Int, questions: Int) -> Phrase {
        Phrase(en: "\(sections) section\(sections == 1 ? "" : "s"), \(pages) page\(pages == 1 ? "" : "s"), \(questions) question\(questions == 1 ? "" : "s")",
               gd: "Earrannan: \(sections), duilleagan: \(pages), ceistean: \(questions)")
    }
    public static let designerImportNotCarried = Phrase(en: "What could not be brought in as it was", gd: "Na rudan nach b’ urrainn a thoirt a-steach mar a bha iad")
    public static let designerImportAllCarried = Phrase(en: "Everything in the file was brought in as it was.",
                                                        gd: "Chaidh a h-uile rud san fhaidhle a thoirt a-steach mar a bha e.")
    public static func designerImportNotesIntro(_ count: Int) -> Phrase {
        Phrase(en: "\(count) thing\(count == 1 ? "" : "s") in the file \(count == 1 ? "was" : "were") changed or left out. Each says where it is in the file and what was done instead. Check them in the draft before you publish it.",
               gd: "Chaidh \(count) rud san fhaidhle atharrachadh no fhàgail às. Tha gach fear ag innse càite a bheil e san fhaidhle agus na chaidh a dhèanamh na àite. Thoir sùil orra san dreachd mus foillsich thu i.")
    }
    public static let designerImportPlace = Phrase(en: "Place in the file", gd: "Àite san fhaidhle")
    public static let designerImportWhatHappened = Phrase(en: "What was done (in English)", gd: "Na chaidh a dhèanamh (sa Bheurla)")
    public static let designerImportNext = Phrase(en: "What you can do next", gd: "Na nì thu an ath rud")
    public static let designerImportOpenDraft = Phrase(en: "Open the draft", gd: "Fosgail an dreachd")
    public static let designerImportPreview = Phrase(en: "Preview it as a citizen sees it", gd: "Ro-shealladh mar a chì saoranach e")
    public static let designerImportRouteMap = Phrase(en: "See its route map", gd: "Faic mapa an t-slighe aige")
    public static let designerImportAnother = Phrase(en: "Import another form", gd: "Thoir a-steach foirm eile")
}
