//! Delivers due outbox messages: over SMTP when configured, otherwise as `.eml` files. A failed
//! send is kept, with its error, and tried again later; nothing is dropped.

use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use lettre::message::{Mailbox, MultiPart};
use lettre::{AsyncFileTransport, AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
use tokio::sync::Notify;

use crate::db::DbPool;
use crate::mail::OutboxMessage;

#[derive(Debug, Clone)]
pub struct MailSettings {
    pub smtp_url: Option<String>,
    pub mail_dir: PathBuf,
    pub from: String,
    /// How often the outbox is looked at when nobody wakes the worker.
    pub poll_interval: Duration,
    /// The wait after the first failure; it doubles with each further one, up to an hour.
    pub retry_base: Duration,
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

const BATCH: i64 = 20;
const MAX_RETRY: Duration = Duration::from_secs(3600);

fn lease() -> chrono::Duration {
    chrono::Duration::seconds(120)
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
                .timeout(Some(Duration::from_secs(20)))
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
    tokio::spawn(async move {
        loop {
            match deliver_due(&pool, &transport, &from, settings.retry_base).await {
                // A full batch: there may be more waiting.
                Ok(count) if count as i64 == BATCH => continue,
                Ok(_) => {}
                Err(e) => log::warn!("mail delivery: {e:#}"),
            }
            tokio::select! {
                _ = tokio::time::sleep(settings.poll_interval) => {}
                _ = waker.0.notified() => {}
            }
        }
    });
    Ok(())
}

async fn blocking<T: Send + 'static>(
    pool: &DbPool,
    work: impl FnOnce(&mut crate::db::DbConnection) -> diesel::QueryResult<T> + Send + 'static,
) -> anyhow::Result<T> {
    crate::db::run_blocking(pool, |conn| Ok(work(conn)?)).await
}

async fn deliver_due(
    pool: &DbPool,
    transport: &Transport,
    from: &Mailbox,
    retry_base: Duration,
) -> anyhow::Result<usize> {
    let batch = blocking(pool, |conn| OutboxMessage::claim_due(conn, BATCH, lease())).await?;
    let count = batch.len();
    for message in batch {
        let id = message.id;
        match send(transport, from, &message).await {
            Ok(()) => {
                blocking(pool, move |conn| OutboxMessage::mark_sent(conn, id)).await?;
                log::info!("mail {} sent to {}", message.message_id, message.recipient);
            }
            Err(error) => {
                let retry_in = retry_delay(retry_base, message.attempts + 1);
                log::warn!(
                    "mail {} to {} failed (attempt {}), retrying in {} s: {error}",
                    message.message_id,
                    message.recipient,
                    message.attempts + 1,
                    retry_in.as_secs()
                );
                let retry_in = chrono::Duration::from_std(retry_in)?;
                blocking(pool, move |conn| {
                    OutboxMessage::mark_failed(conn, id, &error, retry_in)
                })
                .await?;
            }
        }
    }
    Ok(count)
}

/// Doubles from `base` with each failed attempt, at most an hour.
pub fn retry_delay(base: Duration, attempts: i32) -> Duration {
    let doublings = attempts.clamp(1, 20) as u32 - 1;
    base.saturating_mul(2u32.saturating_pow(doublings))
        .min(MAX_RETRY)
}

async fn send(
    transport: &Transport,
    from: &Mailbox,
    message: &OutboxMessage,
) -> Result<(), String> {
    let email = build(from, message)?;
    match transport {
        Transport::Smtp(smtp) => smtp
            .send(email)
            .await
            .map(|_| ())
            .map_err(|e| e.to_string()),
        Transport::Files(files) => files
            .send(email)
            .await
            .map(|_| ())
            .map_err(|e| e.to_string()),
    }
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn retries_back_off_and_stop_growing_at_an_hour() {
        let base = Duration::from_secs(30);
        assert_eq!(retry_delay(base, 1), Duration::from_secs(30));
        assert_eq!(retry_delay(base, 2), Duration::from_secs(60));
        assert_eq!(retry_delay(base, 4), Duration::from_secs(240));
        assert_eq!(retry_delay(base, 12), MAX_RETRY);
        assert_eq!(retry_delay(base, 1000), MAX_RETRY);
    }
}
