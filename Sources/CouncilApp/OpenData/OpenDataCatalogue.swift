import Domain
import Views

/// `/open-data/catalogue.jsonld`: a DCAT catalogue (JSON-LD) of the datasets, with the properties of the CKAN DCAT
/// mapping (ckanext-dcat): a dataset's title → `dct:title`, notes → `dct:description`, tags → `dcat:keyword`, URL →
/// `dcat:landingPage`, identifier → `dct:identifier`, publisher → `dct:publisher`, period → `dct:temporal`; each
/// resource a `dcat:Distribution` with `dct:title`, `dcat:accessURL`, `dcat:downloadURL`, `dct:format`,
/// `dcat:mediaType` and `dct:license`.
enum OpenDataCatalogue {
    struct Dataset {
        var slug: String
        var title: String
        var description: String
        var keywords: [String]
    }

    static func jsonld(baseURL: String, publisher: String, datasets: [Dataset], from: CalendarDay, to: CalendarDay) -> String {
        let base = baseURL.hasSuffix("/") ? String(baseURL.dropLast()) : baseURL
        let licence = JSONValue.object(["@id": .string(OpenDataPage.licenceURL)])
        func distribution(_ dataset: Dataset, _ format: String, _ mediaType: String, _ ext: String) -> JSONValue {
            let url = "\(base)/open-data/\(dataset.slug).\(ext)"
            return .object(["@id": .string(url), "@type": .string("dcat:Distribution"), "dct:title": .string("\(dataset.title) (\(format))"),
                            "dcat:accessURL": .object(["@id": .string(url)]), "dcat:downloadURL": .object(["@id": .string(url)]),
                            "dct:format": .string(format), "dcat:mediaType": .string(mediaType), "dct:license": licence])
        }
        let catalogue: JSONValue = .object([
            "@context": .object(["dcat": .string("http://www.w3.org/ns/dcat#"), "dct": .string("http://purl.org/dc/terms/"),
                                 "foaf": .string("http://xmlns.com/foaf/0.1/"), "xsd": .string("http://www.w3.org/2001/XMLSchema#")]),
            "@id": .string("\(base)/open-data/catalogue.jsonld"),
            "@type": .string("dcat:Catalog"),
            "dct:title": .string("\(publisher): open data"),
            "dct:description": .string("Aggregated figures about the council's online services, with small numbers suppressed."),
            "foaf:homepage": .object(["@id": .string("\(base)/open-data")]),
            "dct:language": .array([.string("en"), .string("gd")]),
            "dct:license": licence,
            "dct:publisher": .object(["@type": .string("foaf:Organization"), "foaf:name": .string(publisher)]),
            "dcat:dataset": .array(datasets.map { dataset in
                .object([
                    "@id": .string("\(base)/open-data#\(dataset.slug)"),
                    "@type": .string("dcat:Dataset"),
                    "dct:identifier": .string(dataset.slug),
                    "dct:title": .string(dataset.title),
                    "dct:description": .string(dataset.description),
                    "dcat:keyword": .array(dataset.keywords.map(JSONValue.string)),
                    "dcat:landingPage": .object(["@id": .string("\(base)/open-data#\(dataset.slug)")]),
                    "dct:publisher": .object(["@type": .string("foaf:Organization"), "foaf:name": .string(publisher)]),
                    "dct:accrualPeriodicity": .object(["@id": .string("http://purl.org/cld/freq/continuous")]),
                    "dct:temporal": .object(["@type": .string("dct:PeriodOfTime"),
                                             "dcat:startDate": .object(["@value": .string(from.iso), "@type": .string("xsd:date")]),
                                             "dcat:endDate": .object(["@value": .string(to.iso), "@type": .string("xsd:date")])]),
                    "dct:license": licence,
                    "dcat:distribution": .array([distribution(dataset, "CSV", "text/csv", "csv"),
                                                 distribution(dataset, "JSON", "application/json", "json")]),
                ])
            }),
        ])
        return JSONText.serialize(catalogue)
    }
}
