//! One configuration, read from the environment, with defaults that run on a laptop.

use std::path::{Path, PathBuf};

use crate::db::{DatabaseUrl, DatabaseUrlError};
use crate::engine::Threshold;
use crate::mail::MailPolicy;

/// The portal's public address, for the links in emails (see [`Config::public_url`]).
#[derive(Debug, Clone)]
pub struct PublicUrl(pub String);

/// Where uploaded files wait while they are imported (see [`Config::import_dir`]).
#[derive(Debug, Clone)]
pub struct ImportDir(pub PathBuf);

/// How long a session lasts: idle time between requests, and in all.
#[derive(Debug, Clone, Copy)]
pub struct SessionPolicy {
    pub idle: std::time::Duration,
    pub lifetime: std::time::Duration,
}

impl Default for SessionPolicy {
    fn default() -> Self {
        Self {
            idle: std::time::Duration::from_secs(30 * 60),
            lifetime: std::time::Duration::from_secs(12 * 3600),
        }
    }
}

/// Attempts allowed per minute (per hour for an account); each also allows a burst of that many
/// at once.
#[derive(Debug, Clone)]
pub struct RateLimitSettings {
    /// Per client address and per session: sign-in and asking for a new password.
    pub sign_in_per_minute: u32,
    /// Per client address and per session: Check ID, OK and remove (each looks an MPN ID up).
    pub check_id_per_minute: u32,
    /// Per account, from wherever: sign-in attempts.
    pub sign_in_per_account_per_hour: u32,
    /// The load balancers and proxies whose `X-Forwarded-For` names the client; from any
    /// other address the header is the client's own invention.
    pub trusted_proxies: Vec<ipnet::IpNet>,
}

impl Default for RateLimitSettings {
    fn default() -> Self {
        Self {
            sign_in_per_minute: 10,
            check_id_per_minute: 30,
            sign_in_per_account_per_hour: 30,
            trusted_proxies: Vec::new(),
        }
    }
}

/// `TRUSTED_PROXIES`: addresses or networks (`10.0.0.5`, `10.0.0.0/8`, `::1`), separated by
/// commas or spaces.
fn parse_trusted_proxies(value: &str) -> Result<Vec<ipnet::IpNet>, ConfigError> {
    value
        .split([',', ' '])
        .map(str::trim)
        .filter(|part| !part.is_empty())
        .map(|part| {
            part.parse::<ipnet::IpNet>()
                .or_else(|_| part.parse::<std::net::IpAddr>().map(ipnet::IpNet::from))
                .map_err(|_| ConfigError::TrustedProxy(part.to_string()))
        })
        .collect()
}

#[derive(Clone)]
pub struct Config {
    pub database_url: DatabaseUrl,
    pub bind: String,
    /// The portal's address as people reach it: links in emails and on the command line start
    /// with it. `PUBLIC_URL`; by default the address it listens on.
    pub public_url: String,
    /// Signs and encrypts the session cookie; at least 32 bytes.
    pub session_key: Vec<u8>,
    /// `DPOR_ENV=production`: no demo data, a session key must be given.
    pub production: bool,
    /// Create the demo data on start when the database is empty (never in production).
    pub seed_demo: bool,
    pub smtp_url: Option<String>,
    /// Where emails are written as `.eml` files when no SMTP server is configured.
    pub mail_dir: PathBuf,
    /// Where files uploaded on the Imports page wait while they are imported: `IMPORT_DIR`.
    pub import_dir: PathBuf,
    pub mail_from: String,
    /// How the mail worker paces its tries: `MAIL_SEND_TIMEOUT_SECS`, `MAIL_MAX_ATTEMPTS`.
    pub mail: MailPolicy,
    pub db_pool_size: u32,
    /// How long an SQLite write waits for another writer (an import, say) before it gives up:
    /// `SQLITE_LOCK_WAIT_MS`, 5000 by default.
    pub sqlite_lock_wait: std::time::Duration,
    /// What counts as active usage for the incentive.
    pub eligibility: Threshold,
    pub session: SessionPolicy,
    pub rate_limits: RateLimitSettings,
    /// Send cookies with `Secure`; browsers accept it on http://127.0.0.1 and localhost too.
    pub cookie_secure: bool,
}

#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error(transparent)]
    DatabaseUrl(#[from] DatabaseUrlError),
    #[error("SESSION_KEY is required when DPOR_ENV=production (at least 32 random bytes, e.g. `openssl rand -hex 32`)")]
    SessionKeyMissing,
    #[error("SESSION_KEY must be at least 32 characters long")]
    SessionKeyShort,
    #[error("cannot read or write the session key file {path}: {source}")]
    SessionKeyFile {
        path: String,
        source: std::io::Error,
    },
    #[error("{name} must be a number, not `{value}`")]
    NotANumber { name: &'static str, value: String },
    #[error("TRUSTED_PROXIES: `{0}` is neither an address nor a network like 10.0.0.0/8")]
    TrustedProxy(String),
}

const DATA_DIR: &str = "var";

impl Config {
    pub fn from_env() -> Result<Self, ConfigError> {
        let var = |name: &str| std::env::var(name).ok().filter(|v| !v.trim().is_empty());
        let production = var("DPOR_ENV").is_some_and(|v| v.eq_ignore_ascii_case("production"));
        let database_url = DatabaseUrl::parse(
            &var("DATABASE_URL").unwrap_or_else(|| format!("{DATA_DIR}/dpor.sqlite3")),
        )?;
        let session_key = match var("SESSION_KEY") {
            Some(key) if key.len() < 32 => return Err(ConfigError::SessionKeyShort),
            Some(key) => key.into_bytes(),
            None if production => return Err(ConfigError::SessionKeyMissing),
            None => local_session_key(&Path::new(DATA_DIR).join("session.key"))?,
        };
        let number = |name: &'static str, default: u32| match var(name) {
            Some(value) => value
                .trim()
                .parse::<u32>()
                .map_err(|_| ConfigError::NotANumber { name, value }),
            None => Ok(default),
        };
        let db_pool_size = number("DB_POOL_SIZE", 8)?;
        let sqlite_lock_wait =
            std::time::Duration::from_millis(u64::from(number("SQLITE_LOCK_WAIT_MS", 5000)?));
        let bind = var("BIND").unwrap_or_else(|| "127.0.0.1:8080".to_string());
        let eligibility = Threshold {
            percent_of_seats: number("ELIGIBILITY_PERCENT_OF_SEATS", 5)?.min(100) as i32,
            min_users: number("ELIGIBILITY_MIN_USERS", 1)?.min(1_000_000) as i32,
        };
        Ok(Self {
            database_url,
            public_url: var("PUBLIC_URL")
                .unwrap_or_else(|| format!("http://{bind}"))
                .trim_end_matches('/')
                .to_string(),
            bind,
            session_key,
            production,
            seed_demo: !production && var("DPOR_DEMO").is_none_or(|v| v != "0"),
            smtp_url: var("SMTP_URL"),
            mail_dir: var("MAIL_DIR")
                .map(PathBuf::from)
                .unwrap_or_else(|| Path::new(DATA_DIR).join("mail")),
            import_dir: var("IMPORT_DIR")
                .map(PathBuf::from)
                .unwrap_or_else(|| Path::new(DATA_DIR).join("imports")),
            mail_from: var("MAIL_FROM")
                .unwrap_or_else(|| "DPOR Portal <no-reply@dpor-portal.example>".to_string()),
            mail: MailPolicy {
                send_timeout: std::time::Duration::from_secs(u64::from(
                    number("MAIL_SEND_TIMEOUT_SECS", 12)?.clamp(1, 300),
                )),
                max_attempts: number("MAIL_MAX_ATTEMPTS", 10)?.clamp(1, 100),
                ..MailPolicy::default()
            },
            db_pool_size,
            sqlite_lock_wait,
            eligibility,
            session: SessionPolicy {
                idle: std::time::Duration::from_secs(
                    u64::from(number("SESSION_IDLE_MINUTES", 30)?.max(1)) * 60,
                ),
                lifetime: std::time::Duration::from_secs(
                    u64::from(number("SESSION_LIFETIME_HOURS", 12)?.max(1)) * 3600,
                ),
            },
            rate_limits: RateLimitSettings {
                sign_in_per_minute: number("RATE_LIMIT_SIGN_IN_PER_MINUTE", 10)?.max(1),
                check_id_per_minute: number("RATE_LIMIT_CHECK_ID_PER_MINUTE", 30)?.max(1),
                sign_in_per_account_per_hour: number(
                    "RATE_LIMIT_SIGN_IN_PER_ACCOUNT_PER_HOUR",
                    30,
                )?
                .max(1),
                trusted_proxies: parse_trusted_proxies(
                    &var("TRUSTED_PROXIES").unwrap_or_default(),
                )?,
            },
            cookie_secure: var("COOKIE_SECURE").is_none_or(|v| v != "0"),
        })
    }
}

/// Outside production the key is generated once and kept, so a restart signs nobody out.
fn local_session_key(path: &Path) -> Result<Vec<u8>, ConfigError> {
    let file_error = |source| ConfigError::SessionKeyFile {
        path: path.display().to_string(),
        source,
    };
    match std::fs::read_to_string(path) {
        Ok(text) if text.trim().len() >= 32 => return Ok(text.trim().as_bytes().to_vec()),
        Ok(_) => {}
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
        Err(e) => return Err(file_error(e)),
    }
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).map_err(file_error)?;
    }
    let key: String = rand::random::<[u8; 32]>()
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    write_private(path, &key).map_err(file_error)?;
    Ok(key.into_bytes())
}

fn write_private(path: &Path, contents: &str) -> std::io::Result<()> {
    use std::io::Write;
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create(true).truncate(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    options.open(path)?.write_all(contents.as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_local_session_key_is_kept_across_restarts() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("nested").join("session.key");
        let first = local_session_key(&path).unwrap();
        let second = local_session_key(&path).unwrap();
        assert_eq!(first, second);
        assert_eq!(first.len(), 64);
    }

    #[test]
    fn trusted_proxies_are_addresses_or_networks() {
        let parsed = parse_trusted_proxies("10.0.0.0/8, 192.168.1.5 ::1").unwrap();
        assert_eq!(parsed.len(), 3);
        assert!(parsed[0].contains(&"10.1.2.3".parse::<std::net::IpAddr>().unwrap()));
        assert!(parsed[1].contains(&"192.168.1.5".parse::<std::net::IpAddr>().unwrap()));
        assert!(parse_trusted_proxies("").unwrap().is_empty());
        assert!(matches!(
            parse_trusted_proxies("10.0.0.0/8,nginx"),
            Err(ConfigError::TrustedProxy(p)) if p == "nginx"
        ));
    }
}
