// The one schema both backends share; migrations/sqlite and migrations/postgres create it.

diesel::table! {
    tenants (id) {
        id -> Integer,
        name -> Text,
        domain -> Text,
        created_at -> Timestamp,
    }
}

diesel::table! {
    customer_users (id) {
        id -> Integer,
        tenant_id -> Integer,
        email -> Text,
        display_name -> Text,
        role -> Text,
        password_hash -> Nullable<Text>,
        language -> Nullable<Text>,
        created_at -> Timestamp,
        password_changed_at -> Nullable<Timestamp>,
        deactivated_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    partners (id) {
        id -> Integer,
        mpn_id -> Text,
        name -> Text,
        kind -> Text,
        parent_id -> Nullable<Integer>,
        country -> Text,
        contact_email -> Text,
        osu_enrolled_since -> Nullable<Date>,
        status -> Text,
        language -> Text,
        created_at -> Timestamp,
    }
}

diesel::table! {
    partner_users (id) {
        id -> Integer,
        partner_id -> Integer,
        email -> Text,
        display_name -> Text,
        password_hash -> Nullable<Text>,
        language -> Nullable<Text>,
        created_at -> Timestamp,
        password_changed_at -> Nullable<Timestamp>,
        deactivated_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    subscriptions (id) {
        id -> Integer,
        tenant_id -> Integer,
        product -> Text,
        portal -> Text,
        seats -> Integer,
        billing -> Text,
        status -> Text,
        agreement -> Text,
        created_at -> Timestamp,
    }
}

diesel::table! {
    associations (id) {
        id -> Integer,
        subscription_id -> Integer,
        partner_id -> Integer,
        channel -> Text,
        started_at -> Timestamp,
        started_by -> Nullable<Integer>,
        ended_at -> Nullable<Timestamp>,
        ended_by -> Nullable<Integer>,
    }
}

diesel::table! {
    association_events (id) {
        id -> Integer,
        subscription_id -> Integer,
        actor_user_id -> Nullable<Integer>,
        action -> Text,
        old_partner_id -> Nullable<Integer>,
        new_partner_id -> Nullable<Integer>,
        channel -> Text,
        detail -> Text,
        created_at -> Timestamp,
    }
}

diesel::table! {
    association_event_repeats (event_id) {
        event_id -> Integer,
        repeats -> Integer,
        last_at -> Timestamp,
    }
}

diesel::table! {
    workload_usage (id) {
        id -> Integer,
        subscription_id -> Integer,
        workload -> Text,
        month -> Date,
        active_users -> Integer,
    }
}

diesel::table! {
    outbox (id) {
        id -> Integer,
        partner_id -> Nullable<Integer>,
        recipient -> Text,
        subject -> Text,
        body_text -> Text,
        body_html -> Text,
        message_id -> Text,
        created_at -> Timestamp,
        attempts -> Integer,
        next_attempt_at -> Timestamp,
        locked_until -> Nullable<Timestamp>,
        last_error -> Nullable<Text>,
        sent_at -> Nullable<Timestamp>,
        claimed_by -> Nullable<Text>,
        failed_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    sessions (id) {
        id -> Text,
        state -> Text,
        expires_at -> Timestamp,
    }
}

diesel::joinable!(customer_users -> tenants (tenant_id));
diesel::joinable!(partner_users -> partners (partner_id));
diesel::joinable!(subscriptions -> tenants (tenant_id));
diesel::joinable!(associations -> subscriptions (subscription_id));
diesel::joinable!(associations -> partners (partner_id));
diesel::joinable!(association_event_repeats -> association_events (event_id));
diesel::joinable!(association_events -> subscriptions (subscription_id));
diesel::joinable!(association_events -> customer_users (actor_user_id));
diesel::joinable!(workload_usage -> subscriptions (subscription_id));
diesel::joinable!(outbox -> partners (partner_id));

diesel::allow_tables_to_appear_in_same_query!(
    tenants,
    customer_users,
    partners,
    partner_users,
    subscriptions,
    associations,
    association_events,
    association_event_repeats,
    workload_usage,
    outbox,
    sessions,
);

diesel::table! {
    support_categories (id) {
        id -> Integer,
        name -> Text,
        position -> Integer,
    }
}

diesel::table! {
    support_topics (id) {
        id -> Integer,
        category_id -> Integer,
        name -> Text,
        position -> Integer,
    }
}

diesel::table! {
    support_issues (id) {
        id -> Integer,
        topic_id -> Integer,
        name -> Text,
        position -> Integer,
    }
}

diesel::table! {
    support_requests (id) {
        id -> Integer,
        reference -> Text,
        customer_user_id -> Nullable<Integer>,
        partner_user_id -> Nullable<Integer>,
        issue_id -> Integer,
        description -> Text,
        contact_method -> Text,
        status -> Text,
        created_at -> Timestamp,
    }
}

diesel::joinable!(support_topics -> support_categories (category_id));
diesel::joinable!(support_issues -> support_topics (topic_id));
diesel::joinable!(support_requests -> support_issues (issue_id));

diesel::allow_tables_to_appear_in_same_query!(
    support_categories,
    support_topics,
    support_issues,
    support_requests,
);

// The Category, Topic and Issue names in languages other than English (the names above).
diesel::table! {
    support_category_names (category_id, language) {
        category_id -> Integer,
        language -> Text,
        name -> Text,
    }
}

diesel::table! {
    support_topic_names (topic_id, language) {
        topic_id -> Integer,
        language -> Text,
        name -> Text,
    }
}

diesel::table! {
    support_issue_names (issue_id, language) {
        issue_id -> Integer,
        language -> Text,
        name -> Text,
    }
}

diesel::joinable!(support_category_names -> support_categories (category_id));
diesel::joinable!(support_topic_names -> support_topics (topic_id));
diesel::joinable!(support_issue_names -> support_issues (issue_id));

// The products a subscription is made from, each with the portal that manages it.
diesel::table! {
    products (id) {
        id -> Integer,
        name -> Text,
        portal -> Text,
        position -> Integer,
    }
}

// The people who run the portal, the links that set a password, and what operators changed.
diesel::table! {
    operators (id) {
        id -> Integer,
        email -> Text,
        display_name -> Text,
        password_hash -> Nullable<Text>,
        language -> Nullable<Text>,
        password_changed_at -> Nullable<Timestamp>,
        created_at -> Timestamp,
    }
}

diesel::table! {
    password_links (id) {
        id -> Integer,
        token_hash -> Text,
        account_kind -> Text,
        account_id -> Integer,
        purpose -> Text,
        created_at -> Timestamp,
        expires_at -> Timestamp,
        used_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    operator_events (id) {
        id -> Integer,
        operator_id -> Nullable<Integer>,
        action -> Text,
        subject -> Text,
        old_value -> Text,
        new_value -> Text,
        created_at -> Timestamp,
    }
}

diesel::joinable!(operator_events -> operators (operator_id));
diesel::allow_tables_to_appear_in_same_query!(operators, operator_events);

// Seats, billing and status of each subscription from the day they took effect.
diesel::table! {
    subscription_facts (id) {
        id -> Integer,
        subscription_id -> Integer,
        seats -> Integer,
        billing -> Text,
        status -> Text,
        effective_from -> Date,
        recorded_at -> Timestamp,
        recorded_by -> Nullable<Integer>,
    }
}

diesel::joinable!(subscription_facts -> subscriptions (subscription_id));
diesel::allow_tables_to_appear_in_same_query!(subscription_facts, subscriptions);

// OSU enrollment and status of each partner from the day they took effect.
diesel::table! {
    partner_facts (id) {
        id -> Integer,
        partner_id -> Integer,
        enrollment -> Text,
        status -> Text,
        effective_from -> Date,
        recorded_at -> Timestamp,
        recorded_by -> Nullable<Integer>,
    }
}

diesel::joinable!(partner_facts -> partners (partner_id));
diesel::allow_tables_to_appear_in_same_query!(partner_facts, partners);

// Imports started from the operator area, with their progress and result.
diesel::table! {
    imports (id) {
        id -> Integer,
        kind -> Text,
        file_name -> Text,
        size_bytes -> BigInt,
        skip_invalid -> Integer,
        status -> Text,
        bytes_read -> BigInt,
        rows_checked -> BigInt,
        rows_applied -> BigInt,
        rows_to_apply -> BigInt,
        added -> BigInt,
        changed -> BigInt,
        unchanged -> BigInt,
        problems -> Text,
        failure -> Nullable<Text>,
        created_by -> Integer,
        created_at -> Timestamp,
        updated_at -> Timestamp,
        finished_at -> Nullable<Timestamp>,
    }
}

diesel::joinable!(imports -> operators (created_by));
diesel::allow_tables_to_appear_in_same_query!(imports, operators);
