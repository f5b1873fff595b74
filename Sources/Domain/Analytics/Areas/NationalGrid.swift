import Foundation

/// Ordnance Survey National Grid (OSGB36) eastings and northings to WGS84 latitude and longitude, by the published
/// formulae of the OS "Guide to coordinate systems in Great Britain": the inverse Transverse Mercator projection on
/// the Airy 1830 ellipsoid (its annex C), then the seven-parameter Helmert transformation from OSGB36 to WGS84 (its
/// section 6; accurate to about 5 metres, ample for putting a postcode in a ward). The ONS Postcode Directory gives
/// each postcode's centre as `oseast1m`/`osnrth1m` in this grid.
public enum NationalGrid {
    /// WGS84 latitude and longitude in degrees for a grid reference in metres.
    public static func wgs84(easting: Double, northing: Double) -> (latitude: Double, longitude: Double) {
        let airy = osgb36(easting: easting, northing: northing)
        return toWGS84(latitude: airy.latitude, longitude: airy.longitude)
    }

    // Airy 1830 and the National Grid's projection.
    private static let airyA = 6_377_563.396, airyB = 6_356_256.909
    private static let scale = 0.9996012717
    private static let trueOriginLatitude = 49.0 * Double.pi / 180, trueOriginLongitude = -2.0 * Double.pi / 180
    private static let falseEasting = 400_000.0, falseNorthing = -100_000.0

    /// OSGB36 latitude and longitude in degrees (on Airy 1830) for a grid reference (OS guide, C.2).
    public static func osgb36(easting: Double, northing: Double) -> (latitude: Double, longitude: Double) {
        let a = airyA, b = airyB, f0 = scale, phi0 = trueOriginLatitude, lambda0 = trueOriginLongitude
        let e2 = (a * a - b * b) / (a * a)
        let n = (a - b) / (a + b), n2 = n * n, n3 = n2 * n
        func meridionalArc(_ phi: Double) -> Double {
            b * f0 * ((1 + n + 5.0 / 4 * n2 + 5.0 / 4 * n3) * (phi - phi0)
                - (3 * n + 3 * n2 + 21.0 / 8 * n3) * sin(phi - phi0) * cos(phi + phi0)
                + (15.0 / 8 * n2 + 15.0 / 8 * n3) * sin(2 * (phi - phi0)) * cos(2 * (phi + phi0))
                - 35.0 / 24 * n3 * sin(3 * (phi - phi0)) * cos(3 * (phi + phi0)))
        }
        var phi = (northing - falseNorthing) / (a * f0) + phi0
        var m = meridionalArc(phi)
        var rounds = 0
        while abs(northing - falseNorthing - m) >= 0.00001, rounds < 100 {
            phi += (northing - falseNorthing - m) / (a * f0)
            m = meridionalArc(phi)
            rounds += 1
        }
        let sinPhi = sin(phi), cosPhi = cos(phi), tanPhi = tan(phi)
        let nu = a * f0 / sqrt(1 - e2 * sinPhi * sinPhi)
        let rho = a * f0 * (1 - e2) / pow(1 - e2 * sinPhi * sinPhi, 1.5)
        let eta2 = nu / rho - 1
        let tan2 = tanPhi * tanPhi, tan4 = tan2 * tan2, tan6 = tan4 * tan2
        let secPhi = 1 / cosPhi
        let vii = tanPhi / (2 * rho * nu)
        let viii = tanPhi / (24 * rho * pow(nu, 3)) * (5 + 3 * tan2 + eta2 - 9 * tan2 * eta2)
        let ix = tanPhi / (720 * rho * pow(nu, 5)) * (61 + 90 * tan2 + 45 * tan4)
        let x = secPhi / nu
        let xi = secPhi / (6 * pow(nu, 3)) * (nu / rho + 2 * tan2)
        let xii = secPhi / (120 * pow(nu, 5)) * (5 + 28 * tan2 + 24 * tan4)
        let xiia = secPhi / (5040 * pow(nu, 7)) * (61 + 662 * tan2 + 1320 * tan4 + 720 * tan6)
        let de = easting - falseEasting
        let latitude = phi - vii * pow(de, 2) + viii * pow(de, 4) - ix * pow(de, 6)
        let longitude = lambda0 + x * de - xi * pow(de, 3) + xii * pow(de, 5) - xiia * pow(de, 7)
        return (latitude * 180 / .pi, longitude * 180 / .pi)
    }

    /// OSGB36 latitude and longitude to WGS84: to cartesian on Airy 1830, the Helmert transformation (the OS guide's
    /// WGS84 → OSGB36 parameters with their signs reversed), back to latitude and longitude on GRS80/WGS84.
    public static func toWGS84(latitude: Double, longitude: Double) -> (latitude: Double, longitude: Double) {
        let phi = latitude * .pi / 180, lambda = longitude * .pi / 180
        let airyE2 = (airyA * airyA - airyB * airyB) / (airyA * airyA)
        let nu = airyA / sqrt(1 - airyE2 * sin(phi) * sin(phi))
        let x = nu * cos(phi) * cos(lambda), y = nu * cos(phi) * sin(lambda), z = (1 - airyE2) * nu * sin(phi)

        let tx = 446.448, ty = -125.157, tz = 542.060
        let s = -20.4894e-6
        let arcSecond = Double.pi / (180 * 3600)
        let rx = 0.1502 * arcSecond, ry = 0.2470 * arcSecond, rz = 0.8421 * arcSecond
        let x2 = tx + (1 + s) * x - rz * y + ry * z
        let y2 = ty + rz * x + (1 + s) * y - rx * z
        let z2 = tz - ry * x + rx * y + (1 + s) * z

        let wgsA = 6_378_137.0, wgsB = 6_356_752.314245
        let wgsE2 = (wgsA * wgsA - wgsB * wgsB) / (wgsA * wgsA)
        let p = sqrt(x2 * x2 + y2 * y2)
        var phi2 = atan2(z2, p * (1 - wgsE2))
        for _ in 0..<10 {
            let nu2 = wgsA / sqrt(1 - wgsE2 * sin(phi2) * sin(phi2))
            phi2 = atan2(z2 + wgsE2 * nu2 * sin(phi2), p)
        }
        return (phi2 * 180 / .pi, atan2(y2, x2) * 180 / .pi)
    }
}
