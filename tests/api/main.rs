//! The integration suite: every test starts the real server on a free port with its own database.
//! SQLite by default; PostgreSQL when TEST_DATABASE_URL is set (see helpers.rs).

mod architecture;
mod auth;
mod browser;
mod csrf;
mod database;
mod db_outage;
mod eligibility_filter;
mod forgot_password;
mod helpers;
mod import;
mod import_strict;
mod import_while_serving;
mod intune;
mod language;
mod mail;
mod mail_faults;
mod office;
mod operator;
mod pages;
mod partner;
mod race;
mod security;
mod smtp_sink;
mod startup_errors;
mod states;
mod support;
mod upgrade;
