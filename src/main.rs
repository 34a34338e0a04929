use clap::{Parser, Subcommand};

use dpor_portal::config::Config;
use dpor_portal::domain::EmailAddress;
use dpor_portal::engine::accounts;
use dpor_portal::startup::Application;
use dpor_portal::{db, demo, import};

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
    /// The people who run the portal.
    Operator {
        #[command(subcommand)]
        what: OperatorCommand,
    },
    /// Load workload usage, partners, tenants, users or subscriptions from a CSV file (see README
    /// for the formats).
    Import {
        #[command(subcommand)]
        what: ImportKind,
    },
}

#[derive(Subcommand)]
enum OperatorCommand {
    /// Add an operator (or give an existing one a new link) and print a single-use link that sets
    /// their password. No password is ever typed on the command line.
    Add {
        /// The operator's email address: what they sign in with.
        email: String,
        /// Their name, as the portal shows it (by default the part of the email before the @).
        #[arg(long)]
        name: Option<String>,
    },
}

#[derive(Subcommand)]
enum ImportKind {
    /// Rows of subscription_id,workload,month,active_users.
    Usage(ImportArgs),
    /// Rows of mpn_id,name,kind,parent_mpn_id,country,contact_email,enrolled_since,status.
    Partners(ImportArgs),
    /// Rows of name,domain.
    Tenants(ImportArgs),
    /// Rows of tenant_domain,name,email,role; each new user is sent an invitation.
    Users(ImportArgs),
    /// Rows of tenant_domain,product,agreement,seats,billing,status,effective_from.
    Subscriptions(ImportArgs),
}

#[derive(clap::Args)]
struct ImportArgs {
    /// The CSV file, with a header line.
    file: std::path::PathBuf,
    /// Import the good rows and list the bad ones, instead of importing nothing.
    #[arg(long)]
    skip_invalid: bool,
}

/// Each password check works in 19 MiB of memory. glibc raises its mmap threshold after the first
/// such buffer is freed, so later ones come from the heap and stay resident: three sign-ins left
/// the server at 75 MiB. A fixed threshold keeps large buffers mapped and returns them on free.
fn return_large_buffers_to_the_system() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: mallopt only changes allocator tuning; it is called before any other thread exists.
    unsafe {
        libc::mallopt(libc::M_MMAP_THRESHOLD, 1024 * 1024);
    }
}

fn main() {
    return_large_buffers_to_the_system();
    env_logger::Builder::from_env(env_logger::Env::default().default_filter_or("info")).init();
    let cli = Cli::parse();
    let outcome = Config::from_env()
        .map_err(anyhow::Error::from)
        .and_then(|config| match cli.command.unwrap_or(Command::Serve) {
            Command::Serve => serve(config),
            Command::Migrate => migrate(&config),
            Command::SeedDemo => seed_demo(&config),
            Command::Operator {
                what: OperatorCommand::Add { email, name },
            } => add_operator(&config, &email, name.as_deref()),
            Command::Import { what } => import(&config, what),
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

fn add_operator(config: &Config, email: &str, name: Option<&str>) -> anyhow::Result<()> {
    let email = EmailAddress::parse(email).map_err(|e| anyhow::anyhow!("{email}: {e}"))?;
    let pool = db::connect_pool(&config.database_url, 1)?;
    let mut conn = pool.get()?;
    db::run_migrations(&mut conn)?;
    let added = accounts::add_operator(&mut conn, &email, name)?;
    let who = if added.created {
        format!("Operator {} added.", email.as_str())
    } else {
        format!(
            "Operator {} already exists; here is a new link.",
            email.as_str()
        )
    };
    println!("{who}");
    println!(
        "Set the password (the link works once, until {} UTC):",
        added.link.expires_at.format("%Y-%m-%d %H:%M")
    );
    println!("  {}", added.link.url(&config.public_url));
    Ok(())
}

fn import(config: &Config, what: ImportKind) -> anyhow::Result<()> {
    use std::io::IsTerminal;
    let (kind, args) = match &what {
        ImportKind::Usage(args) => ("usage rows", args),
        ImportKind::Partners(args) => ("partners", args),
        ImportKind::Tenants(args) => ("tenants", args),
        ImportKind::Users(args) => ("users", args),
        ImportKind::Subscriptions(args) => ("subscriptions", args),
    };
    let file = std::fs::File::open(&args.file)
        .map_err(|e| anyhow::anyhow!("cannot open {}: {e}", args.file.display()))?;
    let size = file.metadata().map(|m| m.len()).unwrap_or(0);
    let pool = db::connect_pool(&config.database_url, 1)?;
    let mut conn = pool.get()?;
    db::run_migrations(&mut conn)?;
    let options = import::Options {
        skip_invalid: args.skip_invalid,
    };
    // A bar on a terminal (bytes while checking, rows while applying); on a pipe or in a log, a
    // plain line every 100,000 rows.
    let bar = std::io::stderr().is_terminal().then(|| {
        let bar = indicatif::ProgressBar::new(size);
        bar.set_style(
            indicatif::ProgressStyle::with_template("{bar:40} {msg} ({eta})")
                .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
        );
        bar
    });
    let mut progress = |stage: import::Stage| match (&bar, stage) {
        (Some(bar), import::Stage::Checking { rows, bytes }) => {
            bar.set_position(bytes);
            bar.set_message(format!("checking: {rows} rows"));
        }
        (Some(bar), import::Stage::Applying { rows, of }) => {
            if rows == 0 {
                bar.set_length(of);
                bar.reset_eta();
            }
            bar.set_position(rows);
            bar.set_message(format!("applying: {rows} of {of} rows"));
        }
        (None, import::Stage::Checking { rows, .. }) if rows % 100_000 == 0 && rows > 0 => {
            eprintln!("{rows} rows checked")
        }
        (None, import::Stage::Applying { rows, of }) if rows % 100_000 == 0 && rows > 0 => {
            eprintln!("{rows} of {of} rows applied")
        }
        (None, _) => {}
    };
    let reader = std::io::BufReader::new(file);
    let outcome = match what {
        ImportKind::Usage(_) => import::import_usage(&mut conn, reader, options, &mut progress),
        ImportKind::Partners(_) => {
            import::import_partners(&mut conn, reader, options, &mut progress)
        }
        ImportKind::Tenants(_) => import::import_tenants(&mut conn, reader, options, &mut progress),
        ImportKind::Subscriptions(_) => {
            import::import_subscriptions(&mut conn, reader, options, &mut progress)
        }
        ImportKind::Users(_) => {
            let public_url = &config.public_url;
            import::import_users(&mut conn, reader, options, &mut progress, public_url)
        }
    };
    if let Some(bar) = bar {
        bar.finish_and_clear();
    }
    match outcome {
        Ok(report) => {
            println!(
                "Imported {} {kind} from {}: {} added, {} changed, {} unchanged.",
                report.imported(),
                args.file.display(),
                report.added,
                report.changed,
                report.unchanged
            );
            if !report.skipped.is_empty() {
                println!("Skipped {} bad row(s):", report.skipped.len());
                for error in &report.skipped {
                    println!("  {error}");
                }
            }
            Ok(())
        }
        Err(import::ImportError::Invalid(errors)) => {
            for error in &errors {
                eprintln!("{error}");
            }
            anyhow::bail!(
                "{} bad row(s) in {}; nothing was imported (use --skip-invalid to import the good rows)",
                errors.len(),
                args.file.display()
            )
        }
        Err(e) => Err(e.into()),
    }
}

fn print_demo_sign_ins() {
    println!("Demo sign-ins (password for all: {}):", demo::DEMO_PASSWORD);
    for (email, who) in demo::SIGN_INS {
        println!("  {email:<34} {who}");
    }
}
