-- Support requests: Category → Topic → Issue, chosen from data, and the requests people file.

CREATE TABLE support_categories (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    name TEXT NOT NULL UNIQUE,
    position INTEGER NOT NULL
);

CREATE TABLE support_topics (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    category_id INTEGER NOT NULL REFERENCES support_categories(id),
    name TEXT NOT NULL,
    position INTEGER NOT NULL,
    UNIQUE (category_id, name)
);

CREATE TABLE support_issues (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    topic_id INTEGER NOT NULL REFERENCES support_topics(id),
    name TEXT NOT NULL,
    position INTEGER NOT NULL,
    UNIQUE (topic_id, name)
);

CREATE TABLE support_requests (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    reference TEXT NOT NULL UNIQUE,
    customer_user_id INTEGER REFERENCES customer_users(id),
    partner_user_id INTEGER REFERENCES partner_users(id),
    issue_id INTEGER NOT NULL REFERENCES support_issues(id),
    description TEXT NOT NULL,
    contact_method TEXT NOT NULL CHECK (contact_method IN ('chat', 'forum', 'email')),
    status TEXT NOT NULL CHECK (status IN ('open', 'closed')),
    created_at TIMESTAMP NOT NULL,
    -- Filed by exactly one person: a customer user or a partner user.
    CHECK ((customer_user_id IS NULL AND partner_user_id IS NOT NULL)
        OR (customer_user_id IS NOT NULL AND partner_user_id IS NULL))
);
CREATE INDEX support_requests_customer_user ON support_requests(customer_user_id, id);
CREATE INDEX support_requests_partner_user ON support_requests(partner_user_id, id);

INSERT INTO support_categories (name, position) VALUES
    ('Partner of record', 1),
    ('Incentives and eligibility', 2),
    ('Email and notifications', 3),
    ('Sign-in and access', 4);

INSERT INTO support_topics (category_id, name, position)
    SELECT id, 'Check ID', 1 FROM support_categories WHERE name = 'Partner of record';
INSERT INTO support_topics (category_id, name, position)
    SELECT id, 'Adding, changing or removing a partner', 2 FROM support_categories WHERE name = 'Partner of record';
INSERT INTO support_topics (category_id, name, position)
    SELECT id, 'Monthly eligibility', 1 FROM support_categories WHERE name = 'Incentives and eligibility';
INSERT INTO support_topics (category_id, name, position)
    SELECT id, 'Usage figures', 2 FROM support_categories WHERE name = 'Incentives and eligibility';
INSERT INTO support_topics (category_id, name, position)
    SELECT id, 'Partner emails', 1 FROM support_categories WHERE name = 'Email and notifications';
INSERT INTO support_topics (category_id, name, position)
    SELECT id, 'Signing in', 1 FROM support_categories WHERE name = 'Sign-in and access';

INSERT INTO support_issues (topic_id, name, position)
    SELECT id, 'The MPN ID is not found', 1 FROM support_topics WHERE name = 'Check ID';
INSERT INTO support_issues (topic_id, name, position)
    SELECT id, 'The partner is not enrolled or is suspended', 2 FROM support_topics WHERE name = 'Check ID';
INSERT INTO support_issues (topic_id, name, position)
    SELECT id, 'I have a global ID, not a location ID', 3 FROM support_topics WHERE name = 'Check ID';
INSERT INTO support_issues (topic_id, name, position)
    SELECT id, 'I cannot see Check ID', 1 FROM support_topics WHERE name = 'Adding, changing or removing a partner';
INSERT INTO support_issues (topic_id, name, position)
    SELECT id, 'Someone else changed the partner of record', 2 FROM support_topics WHERE name = 'Adding, changing or removing a partner';
INSERT INTO support_issues (topic_id, name, position)
    SELECT id, 'A month shows as not eligible', 1 FROM support_topics WHERE name = 'Monthly eligibility';
INSERT INTO support_issues (topic_id, name, position)
    SELECT id, 'Associated only through the OSA form', 2 FROM support_topics WHERE name = 'Monthly eligibility';
INSERT INTO support_issues (topic_id, name, position)
    SELECT id, 'Active users look wrong', 1 FROM support_topics WHERE name = 'Usage figures';
INSERT INTO support_issues (topic_id, name, position)
    SELECT id, 'The partner did not receive the email', 1 FROM support_topics WHERE name = 'Partner emails';
INSERT INTO support_issues (topic_id, name, position)
    SELECT id, 'The email went to the wrong address', 2 FROM support_topics WHERE name = 'Partner emails';
INSERT INTO support_issues (topic_id, name, position)
    SELECT id, 'I cannot sign in', 1 FROM support_topics WHERE name = 'Signing in';
INSERT INTO support_issues (topic_id, name, position)
    SELECT id, 'I see Access denied', 2 FROM support_topics WHERE name = 'Signing in';
