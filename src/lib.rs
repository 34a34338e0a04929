//! dpor-portal: customers name the Digital Partner of Record of a subscription by MPN ID, in
//! portals that look like the Office 365 admin center and the Microsoft Intune account portal;
//! partners see their associations and incentive eligibility.
//!
//! Dependencies point one way: `main` → `startup` → `web` → `engine` → `db` → `domain`, with
//! `mail`, `import` and `support` beside the engine and `i18n` (the words) under `web` and `mail`.
//! `tests/api/architecture.rs` holds every part to it.

pub mod config;
pub mod db;
pub mod demo;
pub mod domain;
pub mod engine;
pub mod i18n;
pub mod import;
pub mod mail;
pub mod startup;
pub mod support;
pub mod web;
