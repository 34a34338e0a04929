//! Partner emails: written with the change, delivered by the worker, never lost.

use std::sync::atomic::Ordering;

use diesel::prelude::*;
use dpor_portal::db::schema::{outbox, tenants};
use dpor_portal::mail::OutboxMessage;

use crate::helpers::{spawn_app, spawn_app_with};
use crate::mail_faults::queue_message;
use crate::smtp_sink::{readable, SmtpSink};

const E3: &str = "Office 365 Enterprise E3";

async fn wait_until_sent(app: &crate::helpers::TestApp, count: usize) -> Vec<OutboxMessage> {
    for _ in 0..150 {
        let all = OutboxMessage::all(&mut app.conn()).unwrap();
        if all.iter().filter(|m| m.sent_at.is_some()).count() >= count {
            return all;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    panic!("the outbox did not send {count} message(s)");
}

#[tokio::test]
async fn added_and_removed_emails_arrive_over_smtp_with_the_right_words() {
    let sink = SmtpSink::start(0).await;
    let app = spawn_app_with(|c| c.smtp_url = Some(sink.url())).await;
    app.sign_in_as("office", "admin@contoso.example").await;
    let e3 = app.subscription_id("Contoso", E3);

    app.check_and_ok("office", e3, "1234567").await;
    let received = sink.wait_for(1).await;
    assert_eq!(received[0].recipients, ["partner@northwind.example"]);
    let added = readable(&received[0].data);
    for words in [
        "To: partner@northwind.example",
        "Subject: Contoso made you the Digital Partner of Record for Office 365",
        "Contoso (contoso.onmicrosoft.com) has made you the Digital Partner of Record (DPOR) for their Office 365 Enterprise E3 subscription.",
        "Added by: Megan Bowen <admin@contoso.example>",
        "Where: Office 365 admin center",
        "Partner MPN ID: 1234567",
        "Content-Type: text/html",
    ] {
        assert!(added.contains(words), "missing {words:?} in:\n{added}");
    }
    let message_id = OutboxMessage::all(&mut app.conn()).unwrap()[0]
        .message_id
        .clone();
    assert!(added.contains(&format!("Message-ID: {message_id}")));

    app.check_and_ok("office", e3, "").await;
    let received = sink.wait_for(2).await;
    let removed = readable(&received[1].data);
    assert!(removed.contains("has removed you as the Digital Partner of Record (DPOR) for their Office 365 Enterprise E3 subscription."));
    assert!(removed.contains("Removed by: Megan Bowen <admin@contoso.example>"));
    let sent = wait_until_sent(&app, 2).await;
    assert!(sent
        .iter()
        .all(|m| m.attempts == 1 && m.last_error.is_none()));
}

#[tokio::test]
async fn a_mail_server_that_refuses_for_a_while_loses_nothing() {
    let sink = SmtpSink::start(3).await;
    let app = spawn_app_with(|c| c.smtp_url = Some(sink.url())).await;
    app.sign_in_as("office", "admin@contoso.example").await;
    let e3 = app.subscription_id("Contoso", E3);
    app.check_and_ok("office", e3, "1234567").await;

    let received = sink.wait_for(1).await;
    assert_eq!(sink.refused.load(Ordering::SeqCst), 3);
    assert_eq!(
        received.len(),
        1,
        "sent once it was accepted, and only once"
    );
    let sent = wait_until_sent(&app, 1).await;
    // While the server refuses, the worker checks every few seconds whether it takes messages
    // again; those checks are not the message's attempts.
    assert!(
        (1..=4).contains(&sent[0].attempts),
        "three refusals, then delivered: {} attempts",
        sent[0].attempts
    );
    assert!(sent[0].last_error.is_none());
}

#[tokio::test]
async fn a_failed_send_is_kept_with_its_error_and_tried_again() {
    // Nothing listens on port 1: every attempt fails.
    let app = spawn_app_with(|c| c.smtp_url = Some("smtp://127.0.0.1:1".to_string())).await;
    app.sign_in_as("office", "admin@contoso.example").await;
    let e3 = app.subscription_id("Contoso", E3);
    app.check_and_ok("office", e3, "1234567").await;
    for _ in 0..100 {
        let all = OutboxMessage::all(&mut app.conn()).unwrap();
        if all[0].attempts >= 2 {
            assert!(all[0].sent_at.is_none());
            assert!(all[0].last_error.as_deref().is_some_and(|e| !e.is_empty()));
            assert!(all[0].next_attempt_at > all[0].created_at, "backed off");
            return;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    panic!("the message was not retried");
}

#[tokio::test]
async fn without_smtp_emails_are_written_as_files() {
    let app = spawn_app().await;
    app.sign_in_as("office", "admin@contoso.example").await;
    let e3 = app.subscription_id("Contoso", E3);
    app.check_and_ok("office", e3, "7654321").await;
    wait_until_sent(&app, 1).await;
    let files: Vec<_> = std::fs::read_dir(app.mail_dir.path())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "eml"))
        .collect();
    assert_eq!(files.len(), 1);
    let text = readable(&std::fs::read_to_string(&files[0]).unwrap());
    assert!(text.contains("To: partner@adventure-works.example"));
    assert!(text.contains("has made you the Digital Partner of Record"));
}

#[tokio::test]
async fn names_with_line_breaks_never_add_headers() {
    let sink = SmtpSink::start(0).await;
    let app = spawn_app_with(|c| c.smtp_url = Some(sink.url())).await;
    diesel::update(tenants::table.filter(tenants::name.eq("Contoso")))
        .set(tenants::name.eq("Contoso\r\nBcc: attacker@evil.example"))
        .execute(&mut *app.conn())
        .unwrap();
    app.sign_in_as("office", "admin@contoso.example").await;
    let e3 = app.subscription_id("Contoso\r\nBcc: attacker@evil.example", E3);
    app.check_and_ok("office", e3, "1234567").await;
    let received = sink.wait_for(1).await;
    assert_eq!(received[0].recipients, ["partner@northwind.example"]);
    let headers = received[0].data.split("\r\n\r\n").next().unwrap();
    assert!(!headers.lines().any(|l| l.starts_with("Bcc:")), "{headers}");
    let subject: String = outbox::table
        .select(outbox::subject)
        .first(&mut *app.conn())
        .unwrap();
    assert!(!subject.contains('\n') && !subject.contains('\r'));
}

#[tokio::test]
async fn two_instances_on_one_database_send_each_email_exactly_once() {
    let sink = SmtpSink::start(0).await;
    let first = spawn_app_with(|c| c.smtp_url = Some(sink.url())).await;
    // A second portal instance on the same database, as behind a load balancer.
    let mail_dir = tempfile::tempdir().unwrap();
    let mut config = crate::helpers::test_config(
        dpor_portal::db::DatabaseUrl::parse(&first.database_url).unwrap(),
        mail_dir.path(),
    );
    config.smtp_url = Some(sink.url());
    let second = dpor_portal::startup::Application::build(config).unwrap();
    tokio::spawn(second.run_until_stopped());

    let partner = dpor_portal::db::models::Partner::find_by_mpn_id(&mut first.conn(), "1234567")
        .unwrap()
        .unwrap();
    {
        let mut conn = first.conn();
        for n in 0..40 {
            let message_id = format!("<test-{n}@dpor-portal.local>");
            queue_message(
                &mut conn,
                Some(partner.id),
                &partner.contact_email,
                n,
                &message_id,
            );
        }
    }
    let received = sink.wait_for(40).await;
    // Give a second sender time to send a duplicate, if it were going to.
    tokio::time::sleep(std::time::Duration::from_millis(800)).await;
    let received = if sink.received().len() > received.len() {
        sink.received()
    } else {
        received
    };
    let mut ids: Vec<String> = received
        .iter()
        .filter_map(|m| {
            m.data
                .lines()
                .find(|l| l.starts_with("Message-ID:"))
                .map(str::to_string)
        })
        .collect();
    assert_eq!(ids.len(), 40, "each message sent once");
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), 40, "no message sent twice");
    let sent = wait_until_sent(&first, 40).await;
    assert!(
        sent.iter().all(|m| m.attempts == 1),
        "every row claimed by one instance only"
    );
}
