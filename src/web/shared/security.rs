//! The security headers of every response. (Rate limits are in `limits`.)

use actix_web::middleware::DefaultHeaders;

/// Scripts and styles only from our own files; nothing may frame the portal.
pub const CONTENT_SECURITY_POLICY: &str = "default-src 'self'; script-src 'self'; style-src 'self'; \
    img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

/// The headers every answer carries.
pub const HEADERS: [(&str, &str); 6] = [
    ("Content-Security-Policy", CONTENT_SECURITY_POLICY),
    ("X-Content-Type-Options", "nosniff"),
    ("Referrer-Policy", "same-origin"),
    ("X-Frame-Options", "DENY"),
    ("Cross-Origin-Opener-Policy", "same-origin"),
    (
        "Permissions-Policy",
        "camera=(), microphone=(), geolocation=()",
    ),
];

/// Browsers that have seen it go to the portal over HTTPS only, for a year.
pub const STRICT_TRANSPORT_SECURITY: (&str, &str) =
    ("Strict-Transport-Security", "max-age=31536000");

/// The headers of every answer; `https` (the portal's public address is `https://` and its
/// cookies are secure) adds Strict-Transport-Security.
pub fn headers(https: bool) -> DefaultHeaders {
    let headers = HEADERS
        .iter()
        .fold(DefaultHeaders::new(), |headers, header| {
            headers.add(*header)
        });
    if https {
        headers.add(STRICT_TRANSPORT_SECURITY)
    } else {
        headers
    }
}
