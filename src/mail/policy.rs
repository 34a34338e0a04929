//! How the mail worker paces its tries: how long a send may take and a claim lasts, how long to
//! wait after a failure, and when to stop trying.

use std::time::Duration;

use crate::mail::outbox::Outcome;

const MAX_RETRY: Duration = Duration::from_secs(3600);

/// How the worker paces its tries.
#[derive(Debug, Clone, Copy)]
pub struct MailPolicy {
    /// How often the outbox is looked at when nobody wakes the worker.
    pub poll_interval: Duration,
    /// The wait after the first failure; it doubles with each further one, up to an hour.
    pub retry_base: Duration,
    /// The longest one message may take to send (`MAIL_SEND_TIMEOUT_SECS`).
    pub send_timeout: Duration,
    /// Tries before a message is marked failed (`MAIL_MAX_ATTEMPTS`).
    pub max_attempts: u32,
}

impl Default for MailPolicy {
    fn default() -> Self {
        Self {
            poll_interval: Duration::from_secs(5),
            retry_base: Duration::from_secs(30),
            send_timeout: Duration::from_secs(12),
            max_attempts: 10,
        }
    }
}

impl MailPolicy {
    /// How long a claim lasts: twice the longest send, so a live worker has finished and recorded
    /// every message it claimed before another worker may take one. A dead worker's messages
    /// wait this long (24 s by default).
    pub fn claim_lease(&self) -> chrono::Duration {
        chrono::Duration::from_std(self.send_timeout.saturating_mul(2))
            .unwrap_or(chrono::Duration::MAX)
    }

    /// How often a failing mail server is checked for being back.
    pub(super) fn probe_interval(&self) -> Duration {
        self.poll_interval.min(Duration::from_secs(2))
    }

    /// What a failed try leads to: another try later, or none after the last attempt.
    pub(super) fn after_failure(&self, error: String, attempts_before: i32) -> Outcome {
        let attempts = attempts_before.saturating_add(1);
        if attempts >= self.max_attempts.max(1) as i32 {
            return Outcome::GiveUp(error);
        }
        let wait = retry_delay(self.retry_base, attempts);
        Outcome::RetryIn(
            error,
            chrono::Duration::from_std(wait).unwrap_or(chrono::Duration::hours(1)),
        )
    }
}

/// Doubles from `base` with each failed attempt, at most an hour.
pub fn retry_delay(base: Duration, attempts: i32) -> Duration {
    let doublings = attempts.clamp(1, 20) as u32 - 1;
    base.saturating_mul(2u32.saturating_pow(doublings))
        .min(MAX_RETRY)
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

    #[test]
    fn the_last_attempt_gives_up_and_a_dead_instance_is_waited_for_at_most_30_s() {
        let policy = MailPolicy::default();
        assert!(matches!(
            policy.after_failure("451".into(), 0),
            Outcome::RetryIn(_, _)
        ));
        assert!(matches!(
            policy.after_failure("451".into(), 8),
            Outcome::RetryIn(_, _)
        ));
        assert!(matches!(
            policy.after_failure("451".into(), 9),
            Outcome::GiveUp(_)
        ));
        assert!(policy.claim_lease() <= chrono::Duration::seconds(30));
        assert!(policy.claim_lease() >= chrono::Duration::from_std(policy.send_timeout).unwrap());
    }
}
