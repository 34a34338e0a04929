//! The mail worker when the mail server is slow, down or refuses, and when an instance dies with
//! messages in hand: nothing sent twice, nothing lost, nothing retried for ever unseen.

use std::time::{Duration, Instant};

use dpor_portal::mail::{MailPolicy, OutboxMessage};

use crate::helpers::{spawn_app_with, test_config, TestApp};
use crate::smtp_sink::{Received, SmtpSink};

/// Writes `count` messages to the outbox, due at once, as changes do.
fn enqueue(app: &TestApp, count: usize, recipient: &str) {
    let mut conn = app.conn();
    for n in 0..count {
        queue_message(
            &mut conn,
            None,
            recipient,
            n,
            &format!("<fault-{n}-{recipient}>"),
        );
    }
}

/// Writes message number `n` to the outbox, due at once.
pub fn queue_message(
    conn: &mut dpor_portal::db::DbConnection,
    partner_id: Option<i32>,
    recipient: &str,
    n: usize,
    message_id: &str,
) {
    let now = dpor_portal::db::now();
    dpor_portal::mail::enqueue(
        conn,
        &dpor_portal::mail::NewOutboxMessage {
            partner_id,
            recipient: recipient.to_string(),
            subject: format!("Message {n}"),
            body_text: format!("Body {n}"),
            body_html: format!("<p>Body {n}</p>"),
            message_id: message_id.to_string(),
            created_at: now,
            next_attempt_at: now,
        },
    )
    .unwrap();
}

fn message_ids(received: &[Received]) -> Vec<String> {
    received
        .iter()
        .filter_map(|m| {
            m.data
                .lines()
                .find(|l| l.starts_with("Message-ID:"))
                .map(str::to_string)
        })
        .collect()
}

fn outbox(app: &TestApp) -> Vec<OutboxMessage> {
    OutboxMessage::all(&mut app.conn()).unwrap()
}

async fn wait_for(what: &str, seconds: u64, mut done: impl FnMut() -> bool) {
    let deadline = Instant::now() + Duration::from_secs(seconds);
    while Instant::now() < deadline {
        if done() {
            return;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!("{what} did not happen within {seconds} s");
}

/// A mail policy as in production, but with a short send timeout so that a claim is short too.
fn quick(policy: &mut MailPolicy) {
    policy.send_timeout = Duration::from_secs(1);
}

#[tokio::test]
async fn two_instances_and_a_slow_mail_server_send_each_email_once() {
    let sink = SmtpSink::start(0).await;
    // Each message takes 0.4 s: twelve one after the other take far longer than a claim lasts.
    sink.answer_slowly(Duration::from_millis(400));
    let first = spawn_app_with(|c| {
        c.smtp_url = Some(sink.url());
        quick(&mut c.mail);
    })
    .await;
    let mail_dir = tempfile::tempdir().unwrap();
    let mut config = test_config(
        dpor_portal::db::DatabaseUrl::parse(&first.database_url).unwrap(),
        mail_dir.path(),
    );
    config.smtp_url = Some(sink.url());
    quick(&mut config.mail);
    let second = dpor_portal::startup::Application::build(config).unwrap();
    tokio::spawn(second.run_until_stopped());

    enqueue(&first, 12, "partner@northwind.example");
    wait_for("all twelve sent", 30, || {
        outbox(&first).iter().all(|m| m.sent_at.is_some())
    })
    .await;
    // Longer than a claim lasts: a second sender would have sent its duplicate by now.
    tokio::time::sleep(Duration::from_millis(2500)).await;
    let mut ids = message_ids(&sink.received());
    assert_eq!(ids.len(), 12, "each message delivered once: {ids:?}");
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), 12, "no message delivered twice");
    assert!(outbox(&first).iter().all(|m| m.attempts == 1));
}

#[tokio::test]
async fn the_backlog_goes_out_as_soon_as_the_mail_server_is_back() {
    let sink = SmtpSink::start(0).await;
    sink.set_down(true);
    // Retries back off as in production: the next scheduled try is half a minute away.
    let app = spawn_app_with(|c| {
        c.smtp_url = Some(sink.url());
        c.mail.retry_base = Duration::from_secs(30);
    })
    .await;
    enqueue(&app, 6, "partner@northwind.example");
    wait_for("a failed attempt at each", 10, || {
        outbox(&app).iter().all(|m| m.attempts >= 1)
    })
    .await;
    tokio::time::sleep(Duration::from_millis(500)).await;

    sink.set_down(false);
    let back = Instant::now();
    wait_for("the backlog delivered", 10, || sink.received().len() >= 6).await;
    let drained = back.elapsed();
    assert!(drained < Duration::from_secs(10), "drained in {drained:?}");
    wait_for("all marked sent", 5, || {
        outbox(&app).iter().all(|m| m.sent_at.is_some())
    })
    .await;
    assert_eq!(message_ids(&sink.received()).len(), 6);
}

#[tokio::test]
async fn messages_claimed_by_an_instance_that_died_go_out_when_its_claim_ends() {
    let sink = SmtpSink::start(0).await;
    let app = spawn_app_with(|c| {
        c.smtp_url = Some(sink.url());
        quick(&mut c.mail);
    })
    .await;
    // Another instance claimed these, then died (kill -9) before sending any.
    enqueue(&app, 3, "partner@northwind.example");
    let policy = MailPolicy {
        send_timeout: Duration::from_secs(1),
        ..MailPolicy::default()
    };
    let claimed =
        OutboxMessage::claim_due(&mut app.conn(), 10, policy.claim_lease(), "a dead instance")
            .unwrap();
    assert_eq!(claimed.len(), 3);
    let claimed_at = Instant::now();

    wait_for("the claimed messages sent", 10, || {
        sink.received().len() >= 3
    })
    .await;
    let waited = claimed_at.elapsed();
    assert!(
        waited >= Duration::from_millis(1500),
        "a live claim is respected ({waited:?})"
    );
    assert_eq!(message_ids(&sink.received()).len(), 3);
    assert!(
        MailPolicy::default().claim_lease() <= chrono::Duration::seconds(30),
        "in production a dead instance's messages wait at most 30 s"
    );
}

#[tokio::test]
async fn a_message_that_keeps_failing_stops_after_the_last_attempt_and_waits_for_an_operator() {
    let sink = SmtpSink::start(usize::MAX).await;
    let app = spawn_app_with(|c| {
        c.smtp_url = Some(sink.url());
        c.mail.max_attempts = 3;
    })
    .await;
    enqueue(&app, 1, "partner@northwind.example");
    wait_for("given up", 15, || outbox(&app)[0].failed_at.is_some()).await;
    let message = &outbox(&app)[0];
    assert_eq!(message.attempts, 3, "three attempts, then no more");
    assert!(message.sent_at.is_none());
    assert!(message.last_error.as_deref().unwrap().contains("451"));
    let refused = sink.refused.load(std::sync::atomic::Ordering::SeqCst);
    tokio::time::sleep(Duration::from_millis(1500)).await;
    assert_eq!(
        outbox(&app)[0].attempts,
        3,
        "nothing tried after the last attempt"
    );
    // Probes while the server refuses do not count as attempts, but they stop with the message.
    let later = sink.refused.load(std::sync::atomic::Ordering::SeqCst);
    assert!(later <= refused + 1, "{refused} then {later} refusals");
}

#[tokio::test]
async fn a_refused_recipient_fails_at_once_and_an_operator_resends_it() {
    let sink = SmtpSink::start(0).await;
    sink.refuse_recipient(Some("partner@northwind.example"));
    let app = spawn_app_with(|c| c.smtp_url = Some(sink.url())).await;
    enqueue(&app, 1, "partner@northwind.example");
    wait_for("given up", 10, || outbox(&app)[0].failed_at.is_some()).await;
    let message = &outbox(&app)[0];
    assert_eq!(message.attempts, 1, "a permanent refusal is not retried");
    assert!(message.last_error.as_deref().unwrap().contains("550"));

    app.sign_in_as("operator", "operator@dpor-portal.example")
        .await;
    let page = app.get_html("/operator/emails").await;
    assert!(page.contains("Message 0"), "{page}");
    assert!(page.contains("partner@northwind.example"));
    assert!(page.contains("550"));
    assert!(page.contains("Resend"));
    let counts = crate::helpers::text_of(&page, "#email-counts").unwrap();
    assert!(counts.contains("Failed: 1"), "{counts}");

    // The address is fixed at the mail server; the operator sends it again.
    sink.refuse_recipient(None);
    let action = format!("/operator/emails/{}/resend", message.id);
    let response = app.post_form("/operator/emails", &action, &[]).await;
    assert_eq!(response.status().as_u16(), 303);
    wait_for("delivered after Resend", 10, || sink.received().len() == 1).await;
    let activity = app.get_html("/operator/activity").await;
    assert!(activity.contains("Email resent"), "{activity}");
    assert!(activity.contains("partner@northwind.example"));

    // Resend pressed twice (a form sent again from the browser's history) sends nothing more.
    let again = app.post_form("/operator/emails", &action, &[]).await;
    assert_eq!(again.status().as_u16(), 303);
    let page = app.get_html("/operator/emails").await;
    assert!(page.contains("not waiting to be resent"), "{page}");
    tokio::time::sleep(Duration::from_millis(500)).await;
    assert_eq!(sink.received().len(), 1);
    let activity = app.get_html("/operator/activity").await;
    assert_eq!(activity.matches("Email resent").count(), 1);
}
