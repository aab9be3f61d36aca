//! The optional map of the results page. A city may name a tile server (`puerta serve
//! --map-tiles URL --map-attribution TEXT`); [`MapTiles`] checks that choice once, at
//! start-up. [`layout`] then draws the hits of one results page as inline SVG: Web-Mercator
//! tiles as `<image>` elements and numbered markers, worked out on the server so the page
//! stays free of script and of inline style, and loads images only from the tile server's
//! one origin (which the Content-Security-Policy then allows, see [`super::headers`]).

use std::f64::consts::PI;

use thiserror::Error;

// `templates/results_map.html` draws with the same numbers (a test checks).

/// Edge of a map tile, in pixels (the convention of every XYZ tile server).
pub const TILE_PX: u32 = 256;
/// The closest zoom drawn: street level, where a single place is shown.
pub const MAX_ZOOM: u8 = 16;
/// The map's viewport, in SVG user units (it scales to the page width).
pub const VIEW_WIDTH: u32 = 640;
pub const VIEW_HEIGHT: u32 = 400;
/// Space kept between the outermost markers and the map's edge.
const MARGIN: f64 = 28.0;
/// Radius of a marker.
pub const MARKER_RADIUS: u32 = 12;
/// Web-Mercator is undefined at the poles; tile servers stop at this latitude.
const MAX_LATITUDE: f64 = 85.051_128_78;
/// Longest attribution accepted (a line under the map, not a paragraph).
const MAX_ATTRIBUTION_CHARS: usize = 200;

/// The city's tile server: a URL template with `{z}`, `{x}` and `{y}`, its origin (the only
/// one the pages' CSP then allows for images), and the attribution its licence requires.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MapTiles {
    template: String,
    origin: String,
    attribution: String,
}

/// Why a tile configuration was refused; each message names the option to fix.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum MapTilesError {
    #[error("--map-tiles {0:?} is not a URL template like https://tiles.example.org/{{z}}/{{x}}/{{y}}.png: {1}")]
    NotAUrl(String, String),
    #[error("--map-tiles {0:?} lacks the {1} placeholder: tiles are addressed by {{z}}, {{x}} and {{y}}")]
    MissingPlaceholder(String, &'static str),
    #[error(
        "--map-tiles {0:?} has the placeholder {1}: only {{z}}, {{x}} and {{y}} are supported"
    )]
    UnknownPlaceholder(String, String),
    #[error("--map-tiles {0:?} must be an https:// URL (plain http:// only on 127.0.0.1, localhost or [::1])")]
    NotHttps(String),
    #[error("--map-tiles {0:?} must not carry a user name or password (every resident's browser would receive it)")]
    Credentials(String),
    #[error("--map-tiles {0:?} has a host that is not a plain host name or IP address")]
    BadHost(String),
    #[error("--map-attribution is required with --map-tiles: tile servers require credit under the map, e.g. \"© OpenStreetMap contributors\"")]
    MissingAttribution,
    #[error("--map-attribution needs --map-tiles (there is no map without a tile server)")]
    AttributionWithoutTiles,
    #[error("--map-attribution must be one line of at most {MAX_ATTRIBUTION_CHARS} characters")]
    BadAttribution,
}

impl MapTiles {
    /// Checks a tile URL template and its attribution (surrounding white space is trimmed).
    pub fn parse(template: &str, attribution: &str) -> Result<Self, MapTilesError> {
        let template = template.trim();
        let not_a_url = |why: &str| MapTilesError::NotAUrl(template.to_owned(), why.to_owned());
        if template.is_empty() {
            return Err(not_a_url("it is empty"));
        }
        if template
            .chars()
            .any(|c| c.is_whitespace() || c.is_control())
        {
            return Err(not_a_url("it contains white space"));
        }
        for placeholder in ["{z}", "{x}", "{y}"] {
            if !template.contains(placeholder) {
                return Err(MapTilesError::MissingPlaceholder(
                    template.to_owned(),
                    placeholder,
                ));
            }
        }
        let filled = fill(template, 0, 0, 0);
        if let Some(start) = filled.find('{') {
            let rest = &filled[start..];
            let end = rest.find('}').map_or(rest.len(), |i| i + 1);
            return Err(MapTilesError::UnknownPlaceholder(
                template.to_owned(),
                rest[..end].to_owned(),
            ));
        }
        let url = url::Url::parse(&filled).map_err(|e| not_a_url(&e.to_string()))?;
        if !url.username().is_empty() || url.password().is_some() {
            return Err(MapTilesError::Credentials(template.to_owned()));
        }
        let host = url.host().ok_or_else(|| not_a_url("it has no host"))?;
        // The origin goes into a CSP header: letters, digits, dots and dashes only, so that
        // no host can smuggle in `;` or another source.
        let plain_host = match &host {
            url::Host::Domain(d) => d
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '.' || c == '-'),
            url::Host::Ipv4(_) | url::Host::Ipv6(_) => true,
        };
        if !plain_host {
            return Err(MapTilesError::BadHost(template.to_owned()));
        }
        let loopback = match &host {
            url::Host::Domain(d) => d.eq_ignore_ascii_case("localhost"),
            url::Host::Ipv4(ip) => ip.is_loopback(),
            url::Host::Ipv6(ip) => ip.is_loopback(),
        };
        match url.scheme() {
            "https" => {}
            "http" if loopback => {}
            _ => return Err(MapTilesError::NotHttps(template.to_owned())),
        }
        let attribution = attribution.trim();
        if attribution.is_empty() {
            return Err(MapTilesError::MissingAttribution);
        }
        if attribution.chars().count() > MAX_ATTRIBUTION_CHARS
            || attribution.chars().any(char::is_control)
        {
            return Err(MapTilesError::BadAttribution);
        }
        Ok(Self {
            template: template.to_owned(),
            origin: url.origin().ascii_serialization(),
            attribution: attribution.to_owned(),
        })
    }

    /// The map configuration of `puerta serve`: none, or both options checked together.
    pub fn from_options(
        template: Option<&str>,
        attribution: Option<&str>,
    ) -> Result<Option<Self>, MapTilesError> {
        match template.filter(|t| !t.trim().is_empty()) {
            Some(t) => Self::parse(t, attribution.unwrap_or_default()).map(Some),
            None if attribution.is_some_and(|a| !a.trim().is_empty()) => {
                Err(MapTilesError::AttributionWithoutTiles)
            }
            None => Ok(None),
        }
    }

    /// The URL template as configured.
    pub fn template(&self) -> &str {
        &self.template
    }

    /// `scheme://host[:port]` of the tile server, as a CSP source.
    pub fn origin(&self) -> &str {
        &self.origin
    }

    /// The credit the tile provider requires, shown under the map.
    pub fn attribution(&self) -> &str {
        &self.attribution
    }

    /// The address of one tile.
    pub fn tile_url(&self, tile: Tile) -> String {
        fill(&self.template, tile.z, tile.x, tile.y)
    }
}

fn fill(template: &str, z: u8, x: u32, y: u32) -> String {
    template
        .replace("{z}", &z.to_string())
        .replace("{x}", &x.to_string())
        .replace("{y}", &y.to_string())
}

/// One XYZ tile.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Tile {
    pub z: u8,
    pub x: u32,
    pub y: u32,
}

/// Web-Mercator "world pixel" of a point at zoom `z`: pixels right of the antimeridian and
/// down from the northern edge of the tile pyramid (`256 × 2^z` pixels square).
pub fn world_px(lat: f64, lon: f64, z: u8) -> (f64, f64) {
    let size = f64::from(TILE_PX) * f64::from(1u32 << z.min(MAX_ZOOM));
    let lat = lat.clamp(-MAX_LATITUDE, MAX_LATITUDE).to_radians();
    let x = (lon.clamp(-180.0, 180.0) + 180.0) / 360.0;
    let y = (1.0 - lat.tan().asinh() / PI) / 2.0;
    (x * size, y * size)
}

/// The tile holding a point at zoom `z`.
pub fn tile_of(lat: f64, lon: f64, z: u8) -> Tile {
    let z = z.min(MAX_ZOOM);
    let last = (1u32 << z) - 1;
    let (x, y) = world_px(lat, lon, z);
    let index = |px: f64| ((px / f64::from(TILE_PX)).floor().max(0.0) as u32).min(last);
    Tile {
        z,
        x: index(x),
        y: index(y),
    }
}

/// The closest zoom (≤ [`MAX_ZOOM`]) at which every point, with a margin, fits the viewport.
pub fn fit_zoom(points: &[(f64, f64)]) -> u8 {
    let fits = |z: u8| {
        let px: Vec<(f64, f64)> = points.iter().map(|&(la, lo)| world_px(la, lo, z)).collect();
        let (min_x, max_x, min_y, max_y) = bounds(&px);
        max_x - min_x + 2.0 * MARGIN <= f64::from(VIEW_WIDTH)
            && max_y - min_y + 2.0 * MARGIN <= f64::from(VIEW_HEIGHT)
    };
    (0..=MAX_ZOOM).rev().find(|&z| fits(z)).unwrap_or(0)
}

fn bounds(px: &[(f64, f64)]) -> (f64, f64, f64, f64) {
    px.iter().fold(
        (
            f64::INFINITY,
            f64::NEG_INFINITY,
            f64::INFINITY,
            f64::NEG_INFINITY,
        ),
        |(a, b, c, d), &(x, y)| (a.min(x), b.max(x), c.min(y), d.max(y)),
    )
}

/// One tile of a drawn map: its address and its top-left corner in the viewport.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TileImage {
    pub href: String,
    pub x: i64,
    pub y: i64,
}

/// A numbered marker, its centre in the viewport.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Marker {
    pub number: usize,
    pub x: i64,
    pub y: i64,
}

/// A map ready to draw: at most 4 × 3 tiles and one marker per place.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MapView {
    pub zoom: u8,
    pub tiles: Vec<TileImage>,
    pub markers: Vec<Marker>,
}

/// Lays out `places` — (number shown, latitude, longitude) — on the tiles of `server`, at the
/// closest zoom that shows them all, centred on them. `None` when there is no place.
pub fn layout(server: &MapTiles, places: &[(usize, f64, f64)]) -> Option<MapView> {
    if places.is_empty() {
        return None;
    }
    let points: Vec<(f64, f64)> = places.iter().map(|&(_, la, lo)| (la, lo)).collect();
    let zoom = fit_zoom(&points);
    let px: Vec<(f64, f64)> = points
        .iter()
        .map(|&(la, lo)| world_px(la, lo, zoom))
        .collect();
    let (min_x, max_x, min_y, max_y) = bounds(&px);
    let (width, height) = (i64::from(VIEW_WIDTH), i64::from(VIEW_HEIGHT));
    // Whole pixels keep the tiles seamless and the attributes short.
    let left = ((min_x + max_x) / 2.0).round() as i64 - width / 2;
    let top = ((min_y + max_y) / 2.0).round() as i64 - height / 2;
    let size = i64::from(TILE_PX);
    let count = 1i64 << zoom;
    let mut tiles = Vec::new();
    for row in top.div_euclid(size)..=(top + height - 1).div_euclid(size) {
        if !(0..count).contains(&row) {
            continue; // beyond the poles: nothing to draw
        }
        for col in left.div_euclid(size)..=(left + width - 1).div_euclid(size) {
            let tile = Tile {
                z: zoom,
                // Across the antimeridian the world repeats.
                x: u32::try_from(col.rem_euclid(count)).unwrap_or(0),
                y: u32::try_from(row).unwrap_or(0),
            };
            tiles.push(TileImage {
                href: server.tile_url(tile),
                x: col * size - left,
                y: row * size - top,
            });
        }
    }
    let spots: Vec<(f64, f64)> = px
        .iter()
        .map(|&(x, y)| (x - left as f64, y - top as f64))
        .collect();
    let markers = spread(&spots)
        .into_iter()
        .zip(places)
        .map(|((x, y), &(number, _, _))| Marker {
            number,
            x: x.round() as i64,
            y: y.round() as i64,
        })
        .collect();
    Some(MapView {
        zoom,
        tiles,
        markers,
    })
}

/// Moves markers that would cover one another (services at the same address) onto rings
/// around their place, so that every number stays readable.
fn spread(spots: &[(f64, f64)]) -> Vec<(f64, f64)> {
    let radius = f64::from(MARKER_RADIUS);
    let apart = 2.0 * radius + 2.0;
    let inside = |(x, y): (f64, f64)| {
        (radius..=f64::from(VIEW_WIDTH) - radius).contains(&x)
            && (radius..=f64::from(VIEW_HEIGHT) - radius).contains(&y)
    };
    let mut placed: Vec<(f64, f64)> = Vec::with_capacity(spots.len());
    for &(x, y) in spots {
        let free = |p: (f64, f64), placed: &[(f64, f64)]| {
            placed.iter().all(|q| (p.0 - q.0).hypot(p.1 - q.1) >= apart)
        };
        let ring_spots = (1..=4u32).flat_map(|ring| {
            let steps = 6 * ring;
            let d = apart * f64::from(ring);
            (0..steps).map(move |k| {
                let angle = 2.0 * PI * f64::from(k) / f64::from(steps);
                (x + d * angle.cos(), y + d * angle.sin())
            })
        });
        let spot = if free((x, y), &placed) {
            (x, y)
        } else {
            // A crowded spot with no room left keeps its place: the list still has them all.
            ring_spots
                .filter(|&c| inside(c))
                .find(|&c| free(c, &placed))
                .unwrap_or((x, y))
        };
        placed.push(spot);
    }
    placed
}

#[cfg(test)]
mod tests {
    use super::*;

    const OSM_LIKE: &str = "https://tiles.example.org/{z}/{x}/{y}.png";

    fn server() -> MapTiles {
        MapTiles::parse(OSM_LIKE, "© OpenStreetMap contributors").unwrap()
    }

    #[test]
    fn tiles_of_known_places_match_the_xyz_scheme() {
        // Downtown Miami at zoom 12 (zoom 10 tile 283/436, times 4, plus the quarter).
        assert_eq!(
            tile_of(25.7617, -80.1918, 12),
            Tile {
                z: 12,
                x: 1135,
                y: 1744
            }
        );
        assert_eq!(
            tile_of(25.7617, -80.1918, 10),
            Tile {
                z: 10,
                x: 283,
                y: 436
            }
        );
        // Central London at zoom 10, the textbook example.
        assert_eq!(
            tile_of(51.5074, -0.1278, 10),
            Tile {
                z: 10,
                x: 511,
                y: 340
            }
        );
        // The southern and eastern hemispheres: Sydney.
        assert_eq!(
            tile_of(-33.8688, 151.2093, 10),
            Tile {
                z: 10,
                x: 942,
                y: 614
            }
        );
        // Zoom 0 is one tile; zoom 1 splits the world at the equator and Greenwich.
        assert_eq!(tile_of(0.0, 0.0, 0), Tile { z: 0, x: 0, y: 0 });
        assert_eq!(tile_of(0.1, 0.1, 1), Tile { z: 1, x: 1, y: 0 });
        assert_eq!(tile_of(-0.1, -0.1, 1), Tile { z: 1, x: 0, y: 1 });
        // The corners of the world stay inside the pyramid (poles are clamped).
        assert_eq!(tile_of(90.0, 180.0, 3), Tile { z: 3, x: 7, y: 0 });
        assert_eq!(tile_of(-90.0, -180.0, 3), Tile { z: 3, x: 0, y: 7 });
    }

    #[test]
    fn world_pixels_grow_by_two_per_zoom_level() {
        let (x10, y10) = world_px(39.761, -84.192, 10);
        let (x11, y11) = world_px(39.761, -84.192, 11);
        assert!((x11 - 2.0 * x10).abs() < 1e-6 && (y11 - 2.0 * y10).abs() < 1e-6);
        assert_eq!(world_px(0.0, 0.0, 0), (128.0, 128.0));
    }

    #[test]
    fn the_zoom_is_the_closest_that_fits_every_place() {
        assert_eq!(
            fit_zoom(&[(39.761, -84.192)]),
            MAX_ZOOM,
            "one place: street level"
        );
        // Two ends of a mid-size city, about 15 km apart.
        let city = [(39.84398, -84.2), (39.70, -84.10)];
        let z = fit_zoom(&city);
        let span = |z: u8| {
            let a = world_px(city[0].0, city[0].1, z);
            let b = world_px(city[1].0, city[1].1, z);
            ((a.0 - b.0).abs(), (a.1 - b.1).abs())
        };
        let (w, h) = span(z);
        assert!(w + 2.0 * MARGIN <= 640.0 && h + 2.0 * MARGIN <= 400.0);
        let (w, h) = span(z + 1);
        assert!(
            w + 2.0 * MARGIN > 640.0 || h + 2.0 * MARGIN > 400.0,
            "z+1 fits too"
        );
        assert!((10..=12).contains(&z), "zoom {z} for a city");
        // Miami to Sydney: the whole world.
        assert!(fit_zoom(&[(25.76, -80.19), (-33.87, 151.21)]) <= 1);
    }

    #[test]
    fn a_layout_covers_the_viewport_with_at_most_twelve_tiles_and_one_marker_per_place() {
        let places = [
            (1, 39.76104, -84.19),
            (2, 39.84398, -84.2),
            (3, 39.73702, -84.15),
            (4, 39.70, -84.10),
        ];
        let view = layout(&server(), &places).unwrap();
        assert!(view.tiles.len() <= 12 && view.tiles.len() >= 6, "{view:?}");
        let size = i64::from(TILE_PX);
        for t in &view.tiles {
            assert!(t
                .href
                .starts_with(&format!("https://tiles.example.org/{}/", view.zoom)));
            assert!(
                t.x > -size && t.x < 640 && t.y > -size && t.y < 400,
                "{t:?}"
            );
        }
        // Every corner of the viewport is under some tile.
        for (cx, cy) in [(0, 0), (639, 0), (0, 399), (639, 399), (320, 200)] {
            assert!(
                view.tiles
                    .iter()
                    .any(|t| (t.x..t.x + size).contains(&cx) && (t.y..t.y + size).contains(&cy)),
                "({cx}, {cy}) is not covered"
            );
        }
        assert_eq!(
            view.markers.iter().map(|m| m.number).collect::<Vec<_>>(),
            [1, 2, 3, 4]
        );
        for m in &view.markers {
            assert!(
                (12..=628).contains(&m.x) && (12..=388).contains(&m.y),
                "{m:?}"
            );
        }
        // A marker sits on its place's tile: the tile under marker 1 is the tile of place 1.
        let m = view.markers[0];
        let under = view
            .tiles
            .iter()
            .find(|t| (t.x..t.x + size).contains(&m.x) && (t.y..t.y + size).contains(&m.y))
            .unwrap();
        let tile = tile_of(39.76104, -84.19, view.zoom);
        assert_eq!(under.href, server().tile_url(tile));
    }

    #[test]
    fn markers_at_the_same_address_are_spread_apart() {
        let places = [
            (1, 39.761, -84.192),
            (2, 39.761, -84.192),
            (3, 39.761, -84.192),
        ];
        let view = layout(&server(), &places).unwrap();
        for (i, a) in view.markers.iter().enumerate() {
            for b in &view.markers[i + 1..] {
                let d = ((a.x - b.x) as f64).hypot((a.y - b.y) as f64);
                assert!(d >= 2.0 * f64::from(MARKER_RADIUS), "{a:?} covers {b:?}");
            }
        }
        assert!(layout(&server(), &[]).is_none());
    }

    #[test]
    fn the_template_draws_with_these_dimensions() {
        let html = include_str!("../../templates/results_map.html");
        for needle in [
            format!("viewBox=\"0 0 {VIEW_WIDTH} {VIEW_HEIGHT}\""),
            format!("width=\"{VIEW_WIDTH}\" height=\"{VIEW_HEIGHT}\""),
            format!("width=\"{TILE_PX}\" height=\"{TILE_PX}\""),
            format!("r=\"{MARKER_RADIUS}\""),
        ] {
            assert!(html.contains(&needle), "results_map.html lacks {needle}");
        }
    }

    #[test]
    fn tile_urls_follow_the_template() {
        let s = MapTiles::parse(
            "https://maps.example.org/tiles/{z}/{x}/{y}@2x.png?key=abc&style=1",
            "© Example",
        )
        .unwrap();
        assert_eq!(
            s.tile_url(Tile {
                z: 12,
                x: 1135,
                y: 1744
            }),
            "https://maps.example.org/tiles/12/1135/1744@2x.png?key=abc&style=1"
        );
        assert_eq!(s.origin(), "https://maps.example.org");
        assert_eq!(s.attribution(), "© Example");
    }

    #[test]
    fn https_and_loopback_http_templates_are_accepted() {
        for (template, origin) in [
            (OSM_LIKE, "https://tiles.example.org"),
            (
                "https://TILES.example.org:8443/{z}/{y}/{x}",
                "https://tiles.example.org:8443",
            ),
            (
                "http://127.0.0.1:8081/{z}/{x}/{y}.png",
                "http://127.0.0.1:8081",
            ),
            ("http://localhost/tiles/{z}/{x}/{y}.png", "http://localhost"),
            ("http://[::1]:9000/{z}/{x}/{y}.png", "http://[::1]:9000"),
            (
                "  https://tiles.example.org/{z}/{x}/{y}.png\n",
                "https://tiles.example.org",
            ),
        ] {
            let tiles = MapTiles::parse(template, " © Tiles ")
                .unwrap_or_else(|e| panic!("{template}: {e}"));
            assert_eq!(tiles.origin(), origin, "{template}");
            assert_eq!(tiles.attribution(), "© Tiles");
        }
    }

    #[test]
    fn other_templates_are_refused_with_the_option_named() {
        let refused = |t: &str| MapTiles::parse(t, "© Tiles").unwrap_err();
        assert_eq!(
            refused("https://tiles.example.org/{z}/{x}.png"),
            MapTilesError::MissingPlaceholder(
                "https://tiles.example.org/{z}/{x}.png".into(),
                "{y}"
            )
        );
        assert!(matches!(
            refused("http://tiles.example.org/{z}/{x}/{y}.png"),
            MapTilesError::NotHttps(_)
        ));
        assert!(matches!(
            refused("http://10.0.0.5/{z}/{x}/{y}.png"),
            MapTilesError::NotHttps(_)
        ));
        assert!(matches!(
            refused("ftp://tiles.example.org/{z}/{x}/{y}"),
            MapTilesError::NotHttps(_)
        ));
        assert!(matches!(
            refused("data:{z}{x}{y}"),
            MapTilesError::NotAUrl(..) | MapTilesError::NotHttps(_)
        ));
        assert!(matches!(
            refused("tiles/{z}/{x}/{y}.png"),
            MapTilesError::NotAUrl(..)
        ));
        assert!(matches!(
            refused("garbage"),
            MapTilesError::MissingPlaceholder(..)
        ));
        assert!(matches!(refused(""), MapTilesError::NotAUrl(..)));
        assert!(matches!(
            refused("https://{s}.tile.example.org/{z}/{x}/{y}.png"),
            MapTilesError::UnknownPlaceholder(_, ref p) if p == "{s}"
        ));
        assert!(matches!(
            refused("https://me:secret@tiles.example.org/{z}/{x}/{y}.png"),
            MapTilesError::Credentials(_)
        ));
        assert!(matches!(
            refused("https://tiles.example.org/{z}/{x}/{y}.png; script-src *"),
            MapTilesError::NotAUrl(..)
        ));
        // Nothing but a plain host may reach the CSP header.
        let err = refused("https://a;script-src:*/{z}/{x}/{y}");
        assert!(
            matches!(err, MapTilesError::BadHost(_) | MapTilesError::NotAUrl(..)),
            "{err:?}"
        );
        for e in [
            refused("http://tiles.example.org/{z}/{x}/{y}.png"),
            refused("garbage"),
        ] {
            assert!(e.to_string().starts_with("--map-tiles "), "{e}");
            assert!(!e.to_string().contains('\n'), "one line: {e}");
        }
    }

    #[test]
    fn attribution_is_required_with_tiles_and_only_with_tiles() {
        assert_eq!(
            MapTiles::parse(OSM_LIKE, "  "),
            Err(MapTilesError::MissingAttribution)
        );
        assert_eq!(
            MapTiles::parse(OSM_LIKE, &"©".repeat(201)),
            Err(MapTilesError::BadAttribution)
        );
        assert_eq!(
            MapTiles::parse(OSM_LIKE, "© A\nB"),
            Err(MapTilesError::BadAttribution)
        );
        assert_eq!(MapTiles::from_options(None, None), Ok(None));
        assert_eq!(MapTiles::from_options(Some(""), None), Ok(None));
        assert_eq!(
            MapTiles::from_options(Some(OSM_LIKE), None),
            Err(MapTilesError::MissingAttribution)
        );
        assert_eq!(
            MapTiles::from_options(None, Some("© OpenStreetMap contributors")),
            Err(MapTilesError::AttributionWithoutTiles)
        );
        assert_eq!(
            MapTiles::from_options(Some(OSM_LIKE), Some("© OpenStreetMap contributors")),
            Ok(Some(server()))
        );
        assert!(MapTilesError::MissingAttribution
            .to_string()
            .starts_with("--map-attribution "));
    }
}
