use clap::{Parser, Subcommand};

use dpor_portal::config::Config;
use dpor_portal::startup::Application;
use dpor_portal::{db, demo};

/// The Digital Partner of Record portal.
#[derive(Parser)]
#[command(name = "dpor-portal", version, about)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    /// Run the portal (the default).
    Serve,
    /// Apply the database migrations and exit.
    Migrate,
    /// Create the demo data if the database is empty, and exit.
    SeedDemo,
}

fn main() {
    env_logger::Builder::from_env(env_logger::Env::default().default_filter_or("info")).init();
    let cli = Cli::parse();
    let outcome = Config::from_env()
        .map_err(anyhow::Error::from)
        .and_then(|config| match cli.command.unwrap_or(Command::Serve) {
            Command::Serve => serve(config),
            Command::Migrate => migrate(&config),
            Command::SeedDemo => seed_demo(&config),
        });
    if let Err(error) = outcome {
        // One line, even when a driver's message spans several (libpq's do).
        let line = format!("{error:#}")
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        eprintln!("error: {line}");
        std::process::exit(1);
    }
}

fn serve(config: Config) -> anyhow::Result<()> {
    actix_web::rt::System::new().block_on(async move {
        let show_demo = !config.production;
        let host = config
            .bind
            .rsplit_once(':')
            .map_or("127.0.0.1", |(h, _)| h)
            .to_string();
        let app = Application::build(config)?;
        println!("DPOR portal running at http://{host}:{}/", app.port());
        if show_demo {
            print_demo_sign_ins();
        }
        app.run_until_stopped().await?;
        Ok(())
    })
}

fn migrate(config: &Config) -> anyhow::Result<()> {
    let pool = db::connect_pool(&config.database_url, 1)?;
    let applied = db::run_migrations(&mut *pool.get()?)?;
    println!(
        "{applied} migration(s) applied to {}",
        config.database_url.redacted()
    );
    Ok(())
}

fn seed_demo(config: &Config) -> anyhow::Result<()> {
    let pool = db::connect_pool(&config.database_url, 1)?;
    let mut conn = pool.get()?;
    db::run_migrations(&mut conn)?;
    if demo::seed_if_empty(&mut conn)? {
        println!("Demo data created in {}.", config.database_url.redacted());
        print_demo_sign_ins();
    } else {
        println!("The database already has data; the demo data was not added.");
    }
    Ok(())
}

fn print_demo_sign_ins() {
    println!("Demo sign-ins (password for all: {}):", demo::DEMO_PASSWORD);
    for (email, who) in demo::SIGN_INS {
        println!("  {email:<34} {who}");
    }
}
