import Domain

/// What a location question's map picker needs from the server's settings. The fields stay the source of truth:
/// the script only writes them (from a click or tap, the device's location, or Enter on the map's centre).
public struct MapPicker: Sendable, Equatable {
    /// The tile URL template; nil: no map, only "use my location".
    public var tileURL: String?
    public var attribution: String
    public var latitude: Double
    public var longitude: Double
    public var zoom: Int

    public init(tileURL: String?, attribution: String, latitude: Double, longitude: Double, zoom: Int) {
        self.tileURL = tileURL
        self.attribution = attribution
        self.latitude = latitude
        self.longitude = longitude
        self.zoom = zoom
    }

    /// The script that makes the picker, and Leaflet's files when there is a map.
    public var scripts: [String] { (tileURL != nil ? ["/assets/leaflet/leaflet.js"] : []) + ["/assets/location-picker.js"] }
    public var stylesheets: [String] { tileURL != nil ? ["/assets/leaflet/leaflet.css"] : [] }

    /// The picker's controls, hidden until the script shows them (without JavaScript they would do nothing).
    func write(questionID id: String, language: Language, to out: inout HTMLWriter) {
        out.raw("<div class=\"location-tools\" hidden"); out.attribute("data-location-picker", id)
        out.attribute("data-text-locating", Phrase.mapLocating(language)); out.attribute("data-text-located", Phrase.mapLocated(language))
        out.attribute("data-text-failed", Phrase.mapLocateFailed(language)); out.attribute("data-text-marked", Phrase.mapMarked(language))
        if let tileURL {
            out.attribute("data-tile-url", tileURL); out.attribute("data-attribution", attribution)
            out.attribute("data-centre", "\(latitude),\(longitude),\(zoom)")
            out.attribute("data-text-found", Phrase.mapPostcodeFound(language)); out.attribute("data-text-not-found", Phrase.mapPostcodeNotFound(language))
        }
        out.raw(">\n<button type=\"button\" class=\"button button-secondary location-use-mine\">"); out.text(Phrase.mapUseMyLocation(language))
        out.raw("</button>\n")
        if tileURL != nil {
            // Moves the map to a postcode's centre (from the council's postcode table); the citizen still marks the place.
            let search = "\(id)-postcode-search"
            out.raw("<div class=\"form-group location-search\"><label class=\"label\""); out.attribute("for", search); out.raw(">")
            out.text(Phrase.mapFindPostcode(language)); out.raw("</label>\n<input class=\"input width-10\" type=\"text\" autocomplete=\"postal-code\"")
            out.attribute("id", search); out.raw(">\n<button type=\"button\" class=\"button button-secondary location-find\">")
            out.text(Phrase.mapFind(language)); out.raw("</button></div>\n")
            out.raw("<p class=\"hint\""); out.attribute("id", "\(id)-map-hint"); out.raw(">"); out.text(Phrase.mapLabel(language)); out.raw("</p>\n")
            out.raw("<div class=\"location-map\" role=\"region\""); out.attribute("id", "\(id)-map")
            out.attribute("aria-label", Phrase.mapName(language)); out.attribute("aria-describedby", "\(id)-map-hint"); out.raw("></div>\n")
        }
        out.raw("<p class=\"hint location-status\" role=\"status\"></p>\n</div>\n")
    }
}
