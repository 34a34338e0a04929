//! Associate and remove: the only way a partner of record changes.
//!
//! Everything is decided again inside one write transaction, because the page the customer
//! confirmed may be stale: who the actor is and may do, the subscription, the partner, and what
//! the partner of record is now. The change, its event and the partners' emails are written in
//! that same transaction. Refused attempts are recorded too.

use diesel::result::{DatabaseErrorKind, Error as DbError};
use diesel::QueryResult;

use crate::db::models::{
    Association, AssociationEvent, CustomerUser, NewAssociation, NewAssociationEvent, Partner,
    Subscription, Tenant,
};
use crate::db::{lock_subscription, now, write_transaction, DbConnection};
use crate::domain::{EventAction, MpnId, Portal, SubscriptionStatus};
use crate::engine::check::{check_id, CheckOutcome, PartnerSummary};
use crate::mail::{self, Notice};

/// Who asks, for which subscription, through which portal, having seen which partner of record.
#[derive(Debug, Clone)]
pub struct ChangeRequest {
    pub actor_user_id: i32,
    pub subscription_id: i32,
    pub portal: Portal,
    /// The partner of record the customer saw when confirming (`None`: no partner). If it is no
    /// longer so, the change is refused rather than silently undoing someone else's.
    pub expected_partner_id: Option<i32>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Change {
    Added(PartnerSummary),
    Replaced {
        old: PartnerSummary,
        new: PartnerSummary,
    },
    Removed(PartnerSummary),
    /// The same partner again: nothing written but the event, no email.
    Unchanged(PartnerSummary),
}

/// What happened, with the subscription's product for the confirmation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Changed {
    pub change: Change,
    pub product: String,
}

impl Changed {
    fn of(subscription: &Subscription, change: Change) -> Self {
        Self {
            change,
            product: subscription.product.clone(),
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum ChangeError {
    /// Not the actor's tenant's, not managed in this portal, or not there at all.
    #[error("subscription not found")]
    SubscriptionNotFound,
    #[error(
        "Only a global admin or a billing admin of {tenant} can change the partner of record."
    )]
    Forbidden { tenant: String },
    #[error("This subscription is {status}; its partner of record can be changed only while it is active.")]
    SubscriptionNotActive { status: SubscriptionStatus },
    #[error("the partner cannot be the partner of record: {0:?}")]
    PartnerRefused(CheckOutcome),
    #[error("This subscription has no partner of record to remove.")]
    NothingToRemove,
    /// Someone else changed the partner of record since the page was shown.
    #[error("someone else changed the partner of record meanwhile")]
    Conflict { current: Option<PartnerSummary> },
    #[error("cannot write the partner's email: {0}")]
    Compose(String),
    #[error(transparent)]
    Database(#[from] DbError),
}

impl ChangeError {
    /// What a refused attempt's event records: a stable code the history puts into words.
    pub fn refusal_code(&self) -> &'static str {
        match self {
            Self::Forbidden { .. } => "forbidden",
            Self::SubscriptionNotActive { .. } => "not-active",
            Self::PartnerRefused(CheckOutcome::NotFound(_)) => "not-found",
            Self::PartnerRefused(CheckOutcome::NotEnrolled(_)) => "not-enrolled",
            Self::PartnerRefused(CheckOutcome::Suspended(_)) => "suspended",
            Self::PartnerRefused(CheckOutcome::GlobalId { .. }) => "global-id",
            Self::PartnerRefused(CheckOutcome::Attachable(_)) => "refused",
            Self::NothingToRemove => "nothing-to-remove",
            Self::Conflict { .. } => "conflict",
            Self::SubscriptionNotFound | Self::Compose(_) | Self::Database(_) => "failed",
        }
    }
}

/// Makes the partner with `mpn_id` the partner of record (adds, replaces, or leaves it as it is).
pub fn associate(
    conn: &mut DbConnection,
    request: &ChangeRequest,
    mpn_id: &MpnId,
) -> Result<Changed, ChangeError> {
    run(conn, request, Some(mpn_id))
}

/// Ends the open association: the subscription has no partner of record afterwards.
pub fn remove(conn: &mut DbConnection, request: &ChangeRequest) -> Result<Changed, ChangeError> {
    run(conn, request, None)
}

fn run(
    conn: &mut DbConnection,
    request: &ChangeRequest,
    mpn_id: Option<&MpnId>,
) -> Result<Changed, ChangeError> {
    let attempt = write_transaction(conn, |conn| decide_and_write(conn, request, mpn_id));
    match attempt {
        Ok(outcome) => outcome,
        // Two changes raced past each other; the database's one-open-association index decided.
        Err(ChangeError::Database(DbError::DatabaseError(
            DatabaseErrorKind::UniqueViolation,
            _,
        ))) => write_transaction(conn, |conn| {
            let current = open_partner(conn, request.subscription_id)?;
            let error = ChangeError::Conflict {
                current: current.as_ref().map(|(_, p)| PartnerSummary::from(p)),
            };
            record_refusal(conn, request, current.map(|(_, p)| p.id), None, &error)?;
            Ok::<_, ChangeError>(Err(error))
        })?,
        Err(error) => Err(error),
    }
}

/// Returns `Ok(Err(_))` for a refusal that is recorded and committed, `Err(_)` to roll back.
fn decide_and_write(
    conn: &mut DbConnection,
    request: &ChangeRequest,
    mpn_id: Option<&MpnId>,
) -> Result<Result<Changed, ChangeError>, ChangeError> {
    lock_subscription(conn, request.subscription_id)?;
    let Some((actor, tenant)) = CustomerUser::find_with_tenant(conn, request.actor_user_id)? else {
        return Ok(Err(ChangeError::SubscriptionNotFound));
    };
    let subscription = match Subscription::find(conn, request.subscription_id)? {
        Some(s) if s.tenant_id == tenant.id && s.portal == request.portal => s,
        // Nothing to record: to this actor the subscription does not exist.
        _ => return Ok(Err(ChangeError::SubscriptionNotFound)),
    };
    let current = open_partner(conn, subscription.id)?;
    let current_id = current.as_ref().map(|(_, p)| p.id);
    let refuse = |conn: &mut DbConnection, new_partner: Option<i32>, error: ChangeError| {
        record_refusal(conn, request, current_id, new_partner, &error)?;
        Ok(Err(error))
    };

    if !actor.role.can_manage_partner() {
        let error = ChangeError::Forbidden {
            tenant: tenant.name.clone(),
        };
        return refuse(conn, None, error);
    }
    if subscription.status != SubscriptionStatus::Active {
        let error = ChangeError::SubscriptionNotActive {
            status: subscription.status,
        };
        return refuse(conn, None, error);
    }
    if current_id != request.expected_partner_id {
        let error = ChangeError::Conflict {
            current: current.as_ref().map(|(_, p)| PartnerSummary::from(p)),
        };
        return refuse(conn, None, error);
    }

    let context = Context {
        request,
        actor: &actor,
        tenant: &tenant,
        subscription: &subscription,
    };
    let Some(mpn_id) = mpn_id else {
        let Some((association, old)) = current else {
            return refuse(conn, None, ChangeError::NothingToRemove);
        };
        Association::end(conn, association.id, actor.id)?;
        context.record(conn, EventAction::Removed, Some(old.id), None)?;
        context.notify(conn, &old, Notice::Removed { replaced: false })?;
        return Ok(Ok(Changed::of(
            &subscription,
            Change::Removed(PartnerSummary::from(&old)),
        )));
    };

    let checked = check_id(conn, mpn_id)?;
    let Some(new) = checked.attachable().cloned() else {
        let new_partner = checked.partner().map(|p| p.id);
        return refuse(conn, new_partner, ChangeError::PartnerRefused(checked));
    };
    let new_partner = Partner::find(conn, new.id)?.ok_or(DbError::NotFound)?;
    match current {
        Some((_, old)) if old.id == new.id => {
            context.record(conn, EventAction::Unchanged, Some(old.id), Some(new.id))?;
            Ok(Ok(Changed::of(&subscription, Change::Unchanged(new))))
        }
        Some((association, old)) => {
            Association::end(conn, association.id, actor.id)?;
            open_association(conn, &context, new.id)?;
            context.record(conn, EventAction::Replaced, Some(old.id), Some(new.id))?;
            context.notify(conn, &old, Notice::Removed { replaced: true })?;
            context.notify(conn, &new_partner, Notice::Added)?;
            Ok(Ok(Changed::of(
                &subscription,
                Change::Replaced {
                    old: PartnerSummary::from(&old),
                    new,
                },
            )))
        }
        None => {
            open_association(conn, &context, new.id)?;
            context.record(conn, EventAction::Added, None, Some(new.id))?;
            context.notify(conn, &new_partner, Notice::Added)?;
            Ok(Ok(Changed::of(&subscription, Change::Added(new))))
        }
    }
}

struct Context<'a> {
    request: &'a ChangeRequest,
    actor: &'a CustomerUser,
    tenant: &'a Tenant,
    subscription: &'a Subscription,
}

impl Context<'_> {
    fn record(
        &self,
        conn: &mut DbConnection,
        action: EventAction,
        old_partner_id: Option<i32>,
        new_partner_id: Option<i32>,
    ) -> QueryResult<i32> {
        AssociationEvent::record(
            conn,
            NewAssociationEvent {
                subscription_id: self.subscription.id,
                actor_user_id: Some(self.actor.id),
                action,
                old_partner_id,
                new_partner_id,
                channel: self.request.portal.channel(),
                detail: "",
                created_at: now(),
            },
        )
    }

    fn notify(
        &self,
        conn: &mut DbConnection,
        partner: &Partner,
        notice: Notice,
    ) -> Result<(), ChangeError> {
        let message = mail::compose_partner_notice(&mail::NoticeContext {
            notice,
            partner,
            tenant: self.tenant,
            subscription: self.subscription,
            actor: self.actor,
            channel: self.request.portal.channel(),
            at: now(),
        })
        .map_err(|e| ChangeError::Compose(e.to_string()))?;
        mail::enqueue(conn, &message)?;
        Ok(())
    }
}

fn open_partner(
    conn: &mut DbConnection,
    subscription_id: i32,
) -> QueryResult<Option<(Association, Partner)>> {
    let Some(association) = Association::open_for(conn, subscription_id)? else {
        return Ok(None);
    };
    let partner = Partner::find(conn, association.partner_id)?.ok_or(DbError::NotFound)?;
    Ok(Some((association, partner)))
}

fn open_association(
    conn: &mut DbConnection,
    context: &Context,
    partner_id: i32,
) -> QueryResult<i32> {
    Association::create(
        conn,
        NewAssociation {
            subscription_id: context.subscription.id,
            partner_id,
            channel: context.request.portal.channel(),
            started_at: now(),
            started_by: Some(context.actor.id),
        },
    )
}

/// The same refused attempt again within this long of the last is counted into its event.
const SAME_REFUSAL_WITHIN: chrono::Duration = chrono::Duration::hours(1);

/// Records a refused attempt. The same attempt again (same person, partners, portal and reason,
/// nothing else in the history between, within an hour of the last) is counted into the event
/// it repeats: a person pressing OK three hundred times leaves one line that says so.
fn record_refusal(
    conn: &mut DbConnection,
    request: &ChangeRequest,
    current_partner_id: Option<i32>,
    new_partner_id: Option<i32>,
    error: &ChangeError,
) -> QueryResult<i32> {
    let event = NewAssociationEvent {
        subscription_id: request.subscription_id,
        actor_user_id: Some(request.actor_user_id),
        action: EventAction::Rejected,
        old_partner_id: current_partner_id,
        new_partner_id,
        channel: request.portal.channel(),
        detail: error.refusal_code(),
        created_at: now(),
    };
    if let Some((last, last_at)) = AssociationEvent::latest(conn, request.subscription_id)? {
        let same = last.action == event.action
            && last.actor_user_id == event.actor_user_id
            && last.old_partner_id == event.old_partner_id
            && last.new_partner_id == event.new_partner_id
            && last.channel == event.channel
            && last.detail == event.detail;
        if same && event.created_at - last_at <= SAME_REFUSAL_WITHIN {
            AssociationEvent::repeat(conn, last.id, event.created_at)?;
            return Ok(last.id);
        }
    }
    AssociationEvent::record(conn, event)
}
