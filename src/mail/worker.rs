//! Delivers due outbox messages: over SMTP when configured, otherwise as `.eml` files.
//!
//! A worker claims a few messages at a time for twice the longest a send may take, sends them
//! side by side, and records each outcome only while its claim holds: with several instances on
//! one database no message is sent twice unless an instance dies mid-send. A temporary failure
//! is tried again later, waiting longer each time; a permanent refusal, or a failure at the last
//! attempt, marks the message failed for an operator to see and resend. While the mail server is
//! failing, the worker checks every few seconds whether it is back, and then sends the whole
//! backlog at once instead of waiting out each message's back-off.

use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

use lettre::message::{Mailbox, MultiPart};
use lettre::{AsyncFileTransport, AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
use tokio::sync::Notify;

use crate::db::DbPool;
use crate::mail::outbox::Outcome;
use crate::mail::policy::MailPolicy;
use crate::mail::OutboxMessage;

#[derive(Debug, Clone)]
pub struct MailSettings {
    pub smtp_url: Option<String>,
    pub mail_dir: PathBuf,
    pub from: String,
    pub policy: MailPolicy,
}

/// Wakes the worker at once after a change wrote to the outbox, instead of at its next poll.
#[derive(Clone, Default)]
pub struct MailWaker(Arc<Notify>);

impl MailWaker {
    pub fn wake(&self) {
        self.0.notify_one();
    }
}

enum Transport {
    Smtp(AsyncSmtpTransport<Tokio1Executor>),
    Files(AsyncFileTransport<Tokio1Executor>),
}

/// Messages claimed and sent side by side.
const BATCH: i64 = 4;

/// Why a message did not go out.
enum SendError {
    /// The mail server may take it later (4xx, no connection, no answer in time).
    Temporary(String),
    /// It never will (5xx, a recipient that is not an address).
    Permanent(String),
}

struct Worker {
    pool: DbPool,
    transport: Transport,
    from: Mailbox,
    policy: MailPolicy,
    /// This process's name in claims; each claim adds a number.
    name: String,
    claims: AtomicU64,
}

/// Checks the settings (a bad SMTP_URL or sender stops the start) and starts the worker on the
/// current Tokio runtime.
pub fn start(pool: DbPool, settings: MailSettings, waker: MailWaker) -> anyhow::Result<()> {
    let from: Mailbox = settings
        .from
        .parse()
        .map_err(|e| anyhow::anyhow!("MAIL_FROM `{}` is not an address: {e}", settings.from))?;
    let transport = match &settings.smtp_url {
        Some(url) => Transport::Smtp(
            AsyncSmtpTransport::<Tokio1Executor>::from_url(url)
                .map_err(|e| anyhow::anyhow!("SMTP_URL cannot be used: {e}"))?
                .timeout(Some(settings.policy.send_timeout))
                .build(),
        ),
        None => {
            std::fs::create_dir_all(&settings.mail_dir).map_err(|e| {
                anyhow::anyhow!(
                    "cannot create the mail folder {}: {e}",
                    settings.mail_dir.display()
                )
            })?;
            Transport::Files(AsyncFileTransport::<Tokio1Executor>::new(
                &settings.mail_dir,
            ))
        }
    };
    let worker = Worker {
        pool,
        transport,
        from,
        policy: settings.policy,
        name: format!("{}-{:08x}", std::process::id(), rand::random::<u32>()),
        claims: AtomicU64::new(0),
    };
    tokio::spawn(worker.run(waker));
    Ok(())
}

/// How one round of the worker went.
#[derive(Default)]
struct Round {
    claimed: usize,
    sent: usize,
    temporary_failures: usize,
}

impl Worker {
    async fn run(self, waker: MailWaker) {
        // The mail server failed the last try: check for it coming back instead of waiting.
        let mut failing = false;
        loop {
            match self.deliver_due().await {
                Ok(round) => {
                    if round.sent > 0 && failing {
                        self.bring_forward().await;
                    }
                    if round.sent > 0 {
                        failing = false;
                    } else if round.temporary_failures > 0 {
                        failing = true;
                    }
                    // A full batch: there may be more waiting.
                    if round.claimed as i64 == BATCH {
                        continue;
                    }
                }
                Err(e) => log::warn!("mail delivery: {e:#}"),
            }
            if failing {
                tokio::time::sleep(self.policy.probe_interval()).await;
                match self.probe().await {
                    Ok(still_failing) => failing = still_failing,
                    Err(e) => log::warn!("mail delivery: {e:#}"),
                }
                continue;
            }
            tokio::select! {
                _ = tokio::time::sleep(self.policy.poll_interval) => {}
                _ = waker.0.notified() => {}
            }
        }
    }

    fn claim_name(&self) -> String {
        let n = self.claims.fetch_add(1, Ordering::Relaxed);
        format!("{}#{n}", self.name)
    }

    async fn deliver_due(&self) -> anyhow::Result<Round> {
        let claim = self.claim_name();
        let lease = self.policy.claim_lease();
        let batch = blocking(&self.pool, {
            let claim = claim.clone();
            move |conn| OutboxMessage::claim_due(conn, BATCH, lease, &claim)
        })
        .await?;
        let tries = batch.iter().map(|message| self.deliver(message, &claim));
        let mut round = Round {
            claimed: batch.len(),
            ..Round::default()
        };
        for outcome in futures_util::future::join_all(tries).await {
            match outcome? {
                Some(true) => round.sent += 1,
                Some(false) => round.temporary_failures += 1,
                None => {}
            }
        }
        Ok(round)
    }

    /// Sends one claimed message and records how it went: Some(true) sent, Some(false) a
    /// temporary failure, None refused for good.
    async fn deliver(&self, message: &OutboxMessage, claim: &str) -> anyhow::Result<Option<bool>> {
        let (sent, outcome) = match self.send(message).await {
            Ok(()) => (Some(true), Outcome::Sent),
            Err(SendError::Temporary(error)) => (
                Some(false),
                self.policy.after_failure(error, message.attempts),
            ),
            Err(SendError::Permanent(error)) => (None, Outcome::GiveUp(error)),
        };
        let attempt = message.attempts + 1;
        match &outcome {
            Outcome::Sent => log::info!(
                "mail {} sent to {}",
                message.message_id,
                message.recipient
            ),
            Outcome::RetryIn(error, wait) => log::warn!(
                "mail {} to {} failed (attempt {attempt}), retrying in {} s: {error}",
                message.message_id,
                message.recipient,
                wait.num_seconds()
            ),
            Outcome::GiveUp(error) => log::error!(
                "mail {} to {} failed for good (attempt {attempt}); an operator can resend it from Emails: {error}",
                message.message_id,
                message.recipient,
            ),
        }
        self.record(message, claim, outcome).await?;
        Ok(sent)
    }

    async fn record(
        &self,
        message: &OutboxMessage,
        claim: &str,
        outcome: Outcome,
    ) -> anyhow::Result<()> {
        let (id, claim) = (message.id, claim.to_string());
        let recorded = blocking(&self.pool, move |conn| {
            OutboxMessage::record(conn, id, &claim, outcome)
        })
        .await?;
        if !recorded {
            log::warn!(
                "mail {}: the claim ran out before the try was recorded; another worker has the message",
                message.message_id
            );
        }
        Ok(())
    }

    /// Whether the mail server still fails: first a connection, then the oldest waiting message.
    /// The probe is not one of the message's attempts. When it goes through, every waiting
    /// message is due at once.
    async fn probe(&self) -> anyhow::Result<bool> {
        if let Transport::Smtp(smtp) = &self.transport {
            let reached = tokio::time::timeout(self.policy.send_timeout, smtp.test_connection())
                .await
                .is_ok_and(|answer| answer.is_ok_and(|ok| ok));
            if !reached {
                return Ok(true);
            }
        }
        let claim = self.claim_name();
        let lease = self.policy.claim_lease();
        let probe = blocking(&self.pool, {
            let claim = claim.clone();
            move |conn| OutboxMessage::claim_probe(conn, lease, &claim)
        })
        .await?;
        let Some(message) = probe else {
            // Nothing is waiting any more.
            return Ok(false);
        };
        match self.send(&message).await {
            Ok(()) => {
                self.record(&message, &claim, Outcome::Sent).await?;
                log::info!("mail: the mail server takes messages again");
                self.bring_forward().await;
                Ok(false)
            }
            Err(SendError::Permanent(error)) => {
                self.record(&message, &claim, Outcome::GiveUp(error))
                    .await?;
                Ok(true)
            }
            Err(SendError::Temporary(error)) => {
                let id = message.id;
                blocking(&self.pool, move |conn| {
                    OutboxMessage::release_probe(conn, id, &claim, &error)
                })
                .await?;
                Ok(true)
            }
        }
    }

    async fn bring_forward(&self) {
        match blocking(&self.pool, OutboxMessage::due_now).await {
            Ok(0) => {}
            Ok(n) => log::info!("mail: {n} waiting message(s) due now"),
            Err(e) => log::warn!("mail delivery: {e:#}"),
        }
    }

    async fn send(&self, message: &OutboxMessage) -> Result<(), SendError> {
        let email = build(&self.from, message).map_err(SendError::Permanent)?;
        let timeout = self.policy.send_timeout;
        let sent =
            match &self.transport {
                Transport::Smtp(smtp) => {
                    tokio::time::timeout(timeout, smtp.send(email))
                        .await
                        .map(|r| {
                            r.map(|_| ()).map_err(|e| {
                                if e.is_permanent() {
                                    SendError::Permanent(e.to_string())
                                } else {
                                    SendError::Temporary(e.to_string())
                                }
                            })
                        })
                }
                Transport::Files(files) => tokio::time::timeout(timeout, files.send(email))
                    .await
                    .map(|r| {
                        r.map(|_| ())
                            .map_err(|e| SendError::Temporary(e.to_string()))
                    }),
            };
        sent.unwrap_or_else(|_| {
            Err(SendError::Temporary(format!(
                "the mail server did not finish within {} s",
                timeout.as_secs_f32()
            )))
        })
    }
}

async fn blocking<T: Send + 'static>(
    pool: &DbPool,
    work: impl FnOnce(&mut crate::db::DbConnection) -> diesel::QueryResult<T> + Send + 'static,
) -> anyhow::Result<T> {
    crate::db::run_blocking(pool, |conn| Ok(work(conn)?)).await
}

fn build(from: &Mailbox, message: &OutboxMessage) -> Result<Message, String> {
    let to: Mailbox = message.recipient.parse().map_err(|e| {
        format!(
            "the recipient `{}` is not an address: {e}",
            message.recipient
        )
    })?;
    Message::builder()
        .from(from.clone())
        .to(to)
        .subject(super::compose::single_line(&message.subject))
        .message_id(Some(message.message_id.clone()))
        .multipart(MultiPart::alternative_plain_html(
            message.body_text.clone(),
            message.body_html.clone(),
        ))
        .map_err(|e| format!("cannot build the email: {e}"))
}
