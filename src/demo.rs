//! The demo data set. It is a contract: tests, the README and demos rely on every row of it.

use chrono::{NaiveDate, NaiveDateTime};
use diesel::Connection;

use crate::db::models::{
    Association, AssociationEvent, CustomerUser, NewAssociation, NewAssociationEvent,
    NewCustomerUser, NewOperator, NewPartner, NewPartnerUser, NewSubscription, Operator, Partner,
    PartnerUser, Product, Subscription, Tenant, WorkloadUsage,
};
use crate::db::{now, DbConnection};
use crate::domain::{
    password, Billing, Channel, EventAction, PartnerKind, PartnerStatus, Role, SubscriptionStatus,
};
use crate::engine::calendar::{last_months, month_of};

pub const DEMO_PASSWORD: &str = "demo-password";

/// Who can sign in where, for the start-up banner and the README.
pub const SIGN_INS: &[(&str, &str)] = &[
    (
        "admin@contoso.example",
        "Contoso, global admin (Office and Intune portals)",
    ),
    ("billing@contoso.example", "Contoso, billing admin"),
    ("reader@contoso.example", "Contoso, user (read-only)"),
    ("admin@fabrikam.example", "Fabrikam, global admin"),
    (
        "partner@northwind.example",
        "Northwind Traders, MPN ID 1234567 (partner portal)",
    ),
    (
        "partner@adventure-works.example",
        "Adventure Works Consulting, 7654321 (partner portal)",
    ),
    (
        "partner@wideworld.example",
        "Wide World Importers, global ID 5000000 (partner portal)",
    ),
    (
        "operator@dpor-portal.example",
        "an operator (the operator area, /operator/login)",
    ),
];

#[derive(Debug, thiserror::Error)]
pub enum SeedError {
    #[error("cannot hash the demo password: {0}")]
    Hash(String),
    #[error("cannot write the demo data: {0}")]
    Database(#[from] diesel::result::Error),
}

/// Writes the demo data when the database has no tenant yet. Returns whether it wrote anything.
pub fn seed_if_empty(conn: &mut DbConnection) -> Result<bool, SeedError> {
    if Tenant::count(conn)? > 0 {
        return Ok(false);
    }
    // One hash for every demo user: they share the published demo password anyway, and hashing
    // is the slow part of seeding.
    let hash = password::hash(DEMO_PASSWORD).map_err(|e| SeedError::Hash(e.to_string()))?;
    let today = chrono::Utc::now().date_naive();
    conn.transaction(|conn| seed(conn, &hash, today))?;
    Ok(true)
}

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("a valid calendar date")
}

fn midnight(day: NaiveDate) -> NaiveDateTime {
    day.and_hms_opt(0, 0, 0).expect("midnight exists")
}

fn seed(conn: &mut DbConnection, hash: &str, today: NaiveDate) -> diesel::QueryResult<()> {
    let created_at = now();
    let contoso = Tenant::create(conn, "Contoso", "contoso.onmicrosoft.com")?;
    let fabrikam = Tenant::create(conn, "Fabrikam", "fabrikam.onmicrosoft.com")?;

    let mut customer_user = |tenant_id, email, display_name, role| {
        CustomerUser::create(
            conn,
            NewCustomerUser {
                tenant_id,
                email,
                display_name,
                role,
                password_hash: Some(hash),
                created_at,
            },
        )
    };
    customer_user(
        contoso,
        "admin@contoso.example",
        "Megan Bowen",
        Role::GlobalAdmin,
    )?;
    customer_user(
        contoso,
        "billing@contoso.example",
        "Alex Wilber",
        Role::BillingAdmin,
    )?;
    customer_user(contoso, "reader@contoso.example", "Lee Gu", Role::User)?;
    let fabrikam_admin = customer_user(
        fabrikam,
        "admin@fabrikam.example",
        "Diego Siciliani",
        Role::GlobalAdmin,
    )?;

    struct DemoPartner {
        mpn_id: &'static str,
        name: &'static str,
        kind: PartnerKind,
        country: &'static str,
        contact_email: &'static str,
        enrolled_since: Option<NaiveDate>,
        status: PartnerStatus,
    }
    let mut partner = |p: DemoPartner, parent_id| {
        Partner::create(
            conn,
            NewPartner {
                mpn_id: p.mpn_id,
                name: p.name,
                kind: p.kind,
                parent_id,
                country: p.country,
                contact_email: p.contact_email,
                osu_enrolled_since: p.enrolled_since,
                status: p.status,
                created_at,
            },
        )
    };
    let northwind = partner(
        DemoPartner {
            mpn_id: "1234567",
            name: "Northwind Traders",
            kind: PartnerKind::Location,
            country: "United States",
            contact_email: "partner@northwind.example",
            enrolled_since: Some(date(2015, 6, 1)),
            status: PartnerStatus::Active,
        },
        None,
    )?;
    let adventure_works = partner(
        DemoPartner {
            mpn_id: "7654321",
            name: "Adventure Works Consulting",
            kind: PartnerKind::Location,
            country: "Canada",
            contact_email: "partner@adventure-works.example",
            enrolled_since: Some(date(2015, 9, 1)),
            status: PartnerStatus::Active,
        },
        None,
    )?;
    partner(
        DemoPartner {
            mpn_id: "2345678",
            name: "Tailspin Toys",
            kind: PartnerKind::Location,
            country: "United Kingdom",
            contact_email: "contact@tailspintoys.example",
            enrolled_since: None,
            status: PartnerStatus::Active,
        },
        None,
    )?;
    partner(
        DemoPartner {
            mpn_id: "3456789",
            name: "Litware Inc",
            kind: PartnerKind::Location,
            country: "United States",
            contact_email: "contact@litware.example",
            enrolled_since: Some(date(2015, 4, 1)),
            status: PartnerStatus::Suspended,
        },
        None,
    )?;
    let wide_world = partner(
        DemoPartner {
            mpn_id: "5000000",
            name: "Wide World Importers",
            kind: PartnerKind::Global,
            country: "United States",
            contact_email: "partner@wideworld.example",
            enrolled_since: Some(date(2015, 1, 15)),
            status: PartnerStatus::Active,
        },
        None,
    )?;
    partner(
        DemoPartner {
            mpn_id: "5000001",
            name: "Wide World Importers Seattle",
            kind: PartnerKind::Location,
            country: "United States",
            contact_email: "seattle@wideworld.example",
            enrolled_since: Some(date(2015, 1, 15)),
            status: PartnerStatus::Active,
        },
        Some(wide_world),
    )?;

    let mut partner_user = |partner_id, email, display_name| {
        PartnerUser::create(
            conn,
            NewPartnerUser {
                partner_id,
                email,
                display_name,
                password_hash: Some(hash),
                created_at,
            },
        )
    };
    partner_user(northwind, "partner@northwind.example", "Nancy Davolio")?;
    partner_user(
        adventure_works,
        "partner@adventure-works.example",
        "Kim Abercrombie",
    )?;
    partner_user(wide_world, "partner@wideworld.example", "Ana Trujillo")?;
    let operator = Operator::create(
        conn,
        NewOperator {
            email: "operator@dpor-portal.example",
            display_name: "Olivia Operator",
            created_at,
        },
    )?;
    Operator::set_password(conn, operator, hash)?;

    let mut subscription = |tenant_id, product: &str, seats, billing, agreement| {
        let product = Product::find_by_name(conn, product)?.ok_or(diesel::NotFound)?;
        Subscription::create(
            conn,
            NewSubscription {
                tenant_id,
                product: &product.name,
                portal: product.portal,
                seats,
                billing,
                status: SubscriptionStatus::Active,
                agreement,
                created_at,
            },
        )
    };
    let contoso_e3 = subscription(
        contoso,
        "Office 365 Enterprise E3",
        250,
        Billing::Paid,
        "EA",
    )?;
    let contoso_exchange =
        subscription(contoso, "Exchange Online Plan 1", 50, Billing::Paid, "EA")?;
    subscription(
        contoso,
        "Office 365 Enterprise E1",
        25,
        Billing::Trial,
        "MOSP",
    )?;
    let contoso_intune = subscription(contoso, "Microsoft Intune", 100, Billing::Paid, "EA")?;
    let contoso_aadp = subscription(
        contoso,
        "Azure Active Directory Premium",
        100,
        Billing::Paid,
        "EA",
    )?;
    let fabrikam_e3 = subscription(
        fabrikam,
        "Office 365 Enterprise E3",
        500,
        Billing::Paid,
        "MOSP",
    )?;
    let fabrikam_intune = subscription(fabrikam, "Microsoft Intune", 40, Billing::Paid, "MOSP")?;

    let legacy = (
        contoso_exchange,
        northwind,
        Channel::OsaForm,
        date(2015, 3, 1),
        None,
    );
    let fabrikam_dpor = (
        fabrikam_e3,
        adventure_works,
        Channel::OfficePortal,
        date(2016, 2, 15),
        Some(fabrikam_admin),
    );
    for (subscription_id, partner_id, channel, since, by) in [legacy, fabrikam_dpor] {
        Association::create(
            conn,
            NewAssociation {
                subscription_id,
                partner_id,
                channel,
                started_at: midnight(since),
                started_by: by,
            },
        )?;
        AssociationEvent::record(
            conn,
            NewAssociationEvent {
                subscription_id,
                actor_user_id: by,
                action: EventAction::Added,
                old_partner_id: None,
                new_partner_id: Some(partner_id),
                channel,
                detail: "",
                created_at: midnight(since),
            },
        )?;
    }

    // (subscription, seats, workloads with the share of seats active in the first of the 12 months
    // and the monthly change in percentage points). Contoso's Azure AD Premium has no active usage.
    let office = [
        "Exchange Online",
        "SharePoint Online",
        "Skype for Business",
        "Office ProPlus",
    ];
    let usage: [(i32, i32, Vec<WorkloadTrend>); 6] = [
        (
            contoso_e3,
            250,
            office
                .iter()
                .zip([62, 35, 20, 48])
                .map(|(w, p)| (*w, p, 2))
                .collect(),
        ),
        (contoso_exchange, 50, vec![("Exchange Online", 70, 1)]),
        (
            contoso_intune,
            100,
            vec![("Intune enrolled devices", 10, 4)],
        ),
        (
            contoso_aadp,
            100,
            vec![
                ("Azure MFA", 0, 0),
                ("Self-service password reset", 0, 0),
                ("Single sign-on apps", 0, 0),
            ],
        ),
        (
            fabrikam_e3,
            500,
            office
                .iter()
                .zip([80, 55, 41, 66])
                .map(|(w, p)| (*w, p, -1))
                .collect(),
        ),
        (fabrikam_intune, 40, vec![("Intune enrolled devices", 3, 1)]),
    ];
    for (subscription_id, seats, workloads) in usage {
        for (age, month) in last_months(month_of(today), 12).into_iter().enumerate() {
            for &(workload, start_percent, step) in &workloads {
                let percent = (start_percent + step * age as i32).clamp(0, 100);
                // A dip every fourth month keeps the chart honest-looking rather than a straight line.
                let dip = if age % 4 == 3 && percent > 0 { 3 } else { 0 };
                let active_users = (seats * (percent - dip).max(0)) / 100;
                WorkloadUsage::record(conn, subscription_id, workload, month, active_users)?;
            }
        }
    }
    Ok(())
}

/// A workload's name, the share of seats active in the first month (percent) and the monthly change.
type WorkloadTrend = (&'static str, i32, i32);
