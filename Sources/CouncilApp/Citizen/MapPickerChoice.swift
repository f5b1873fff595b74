import Logging
import Views

/// What the location question offers, from the map settings: a map when a tile service is configured and Leaflet
/// is installed, otherwise "use my location" alone (the fields work without either).
enum MapPickerChoice {
    static func picker(_ settings: MapSettings, logger: Logger) -> MapPicker {
        var tileURL = settings.tileURL
        if tileURL != nil, !settings.leafletInstalled {
            logger.warning("map picker: no leaflet.js in \(settings.leafletDirectory) (apt-get install libjs-leaflet, or set ONECOUNCIL_LEAFLET_DIR); location questions show no map")
            tileURL = nil
        }
        return MapPicker(tileURL: tileURL, attribution: settings.attribution, latitude: settings.centre.latitude,
                         longitude: settings.centre.longitude, zoom: settings.centre.zoom)
    }

    /// The tile service's origin for the Content-Security-Policy.
    static func imageSources(_ settings: MapSettings) -> [String] {
        settings.tileURL.flatMap(MapSettings.tileOrigin).map { [$0] } ?? []
    }
}
