//! Builds the application: database ready (migrated, demo data when asked), listener bound,
//! server assembled. `main` and the tests both start it from here.

use std::net::TcpListener;

use actix_session::config::BrowserSession;
use actix_session::SessionMiddleware;
use actix_web::cookie::{time, Key, SameSite};
use actix_web::dev::Server;
use actix_web::middleware::from_fn;
use actix_web::{web, App, HttpServer};

use crate::config::{Config, ImportDir, PublicUrl};
use crate::db::session_store::DbSessionStore;
use crate::db::DatabaseUrl;
use crate::db::{self, DbPool};
use crate::demo;
use crate::mail::{self, MailSettings, MailWaker};
use crate::web::shared::language::CookieSecurity;
use crate::web::shared::limits::{self, RateLimits};
use crate::web::shared::security;
use crate::web::shared::{access_log, csrf, error_page, respond, AppError};

/// The database, prepared: connected, migrated and, outside production when empty, seeded.
pub struct Database {
    pub pool: DbPool,
    pub seeded_demo: bool,
}

pub fn prepare_database(config: &Config) -> anyhow::Result<Database> {
    let pool = db::connect_pool_waiting(
        &config.database_url,
        config.db_pool_size,
        config.sqlite_lock_wait,
    )?;
    let mut conn = pool.get()?;
    let applied = db::run_migrations(&mut conn)?;
    if applied > 0 {
        log::info!(
            "applied {applied} migration(s) to {}",
            config.database_url.redacted()
        );
    }
    let seeded_demo = config.seed_demo && demo::seed_if_empty(&mut conn)?;
    if seeded_demo {
        log::info!("created the demo data");
    }
    drop(conn);
    Ok(Database { pool, seeded_demo })
}

pub struct Application {
    port: u16,
    server: Server,
    pool: DbPool,
}

impl Application {
    pub fn build(config: Config) -> anyhow::Result<Self> {
        let database = prepare_database(&config)?;
        let listener = TcpListener::bind(&config.bind)
            .map_err(|e| anyhow::anyhow!("cannot listen on {}: {e}", config.bind))?;
        let port = listener.local_addr()?.port();
        let waker = MailWaker::default();
        mail::worker::start(
            database.pool.clone(),
            MailSettings {
                smtp_url: config.smtp_url.clone(),
                mail_dir: config.mail_dir.clone(),
                from: config.mail_from.clone(),
                policy: config.mail,
            },
            waker.clone(),
        )?;
        let server = run(listener, database.pool.clone(), waker, &config)?;
        Ok(Self {
            port,
            server,
            pool: database.pool,
        })
    }

    pub fn port(&self) -> u16 {
        self.port
    }

    pub fn pool(&self) -> DbPool {
        self.pool.clone()
    }

    pub async fn run_until_stopped(self) -> std::io::Result<()> {
        self.server.await
    }
}

fn run(
    listener: TcpListener,
    pool: DbPool,
    waker: MailWaker,
    config: &Config,
) -> anyhow::Result<Server> {
    // Config guarantees at least 32 bytes, which is what the derivation needs.
    let key = Key::derive_from(&config.session_key);
    let secure = config.cookie_secure;
    // Told it is served over HTTPS: its public address says so and its cookies are secure.
    let https = secure && config.public_url.starts_with("https://");
    let pool_data = web::Data::new(pool.clone());
    let waker = web::Data::new(waker);
    let threshold = web::Data::new(config.eligibility);
    let session_policy = web::Data::new(config.session);
    let workers = std::thread::available_parallelism().map_or(2, |n| n.get());
    let blocking_threads = (config.db_pool_size as usize / workers).max(2);
    let shared_limits = matches!(config.database_url, DatabaseUrl::Postgres(_));
    let rate_limits = web::Data::new(RateLimits::new(
        config.rate_limits.clone(),
        &pool,
        shared_limits,
    ));
    let cookie_security = web::Data::new(CookieSecurity { secure });
    let public_url = web::Data::new(PublicUrl(config.public_url.clone()));
    let import_dir = web::Data::new(ImportDir(config.import_dir.clone()));
    let lifetime = time::Duration::seconds(
        i64::try_from(config.session.lifetime.as_secs()).unwrap_or(i64::MAX),
    );
    let store = DbSessionStore::new(pool);
    let server = HttpServer::new(move || {
        App::new()
            // Wrapped last runs first: log, then the session, the form cookie, the rate limits, then
            // the form-token check.
            .wrap(from_fn(csrf::verify_csrf))
            .wrap(from_fn(limits::rate_limit))
            .wrap(from_fn(csrf::form_cookie))
            .wrap(from_fn(error_page::in_the_visitor_language))
            .wrap(session_middleware(
                store.clone(),
                key.clone(),
                secure,
                lifetime,
            ))
            .wrap(from_fn(error_page::answer_failures))
            .wrap(security::headers(https))
            .wrap(from_fn(respond::head_as_get))
            .wrap(from_fn(access_log::access_log))
            .app_data(pool_data.clone())
            .app_data(waker.clone())
            .app_data(threshold.clone())
            .app_data(session_policy.clone())
            .app_data(rate_limits.clone())
            .app_data(cookie_security.clone())
            .app_data(public_url.clone())
            .app_data(import_dir.clone())
            .app_data(
                web::FormConfig::default()
                    .limit(csrf::FORM_LIMIT)
                    .error_handler(|err, _| AppError::BadRequest(err.to_string()).into()),
            )
            .app_data(
                web::QueryConfig::default()
                    .error_handler(|err, _| AppError::BadRequest(err.to_string()).into()),
            )
            .app_data(web::PathConfig::default().error_handler(|_, _| AppError::NotFound.into()))
            .configure(crate::web::routes)
            .default_service(web::to(error_page::not_found))
    })
    // As many blocking threads as database connections: more would only queue on the pool, each
    // with its own stack and malloc arena.
    .workers(workers)
    .worker_max_blocking_threads(blocking_threads)
    .listen(listener)?
    .run();
    Ok(server)
}

fn session_middleware(
    store: DbSessionStore,
    key: Key,
    secure: bool,
    lifetime: time::Duration,
) -> SessionMiddleware<DbSessionStore> {
    // `__Host-` binds the cookie to this host and path `/`; browsers allow it only with Secure.
    let name = if secure {
        "__Host-dpor-session"
    } else {
        "dpor-session"
    };
    SessionMiddleware::builder(store, key)
        .cookie_name(name.to_string())
        .cookie_secure(secure)
        .cookie_http_only(true)
        .cookie_same_site(SameSite::Lax)
        .cookie_path("/".to_string())
        .session_lifecycle(BrowserSession::default().state_ttl(lifetime))
        .build()
}
