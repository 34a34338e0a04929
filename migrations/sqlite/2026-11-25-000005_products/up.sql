-- Which admin portal manages each product is data, not a rule in the code: the list of products
-- a subscription is made from, each with its portal. A subscription keeps its portal in its own
-- row too (the lists are read per portal), written from its product's row.

CREATE TABLE products (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    name TEXT NOT NULL UNIQUE,
    portal TEXT NOT NULL CHECK (portal IN ('office', 'intune')),
    position INTEGER NOT NULL
);

INSERT INTO products (name, portal, position) VALUES
    ('Office 365 Enterprise E1', 'office', 1),
    ('Office 365 Enterprise E3', 'office', 2),
    ('Office 365 Enterprise E5', 'office', 3),
    ('Office 365 Business Premium', 'office', 4),
    ('Exchange Online Plan 1', 'office', 5),
    ('Exchange Online Plan 2', 'office', 6),
    ('SharePoint Online Plan 1', 'office', 7),
    ('Skype for Business Online Plan 2', 'office', 8),
    ('Microsoft Intune', 'intune', 9),
    ('Azure Active Directory Premium', 'intune', 10),
    ('Enterprise Mobility Suite', 'intune', 11);

-- Products of subscriptions written before this list existed, with the portal they were given.
INSERT INTO products (name, portal, position)
    SELECT product, MIN(portal), 1000 FROM subscriptions
    WHERE product NOT IN (SELECT name FROM products)
    GROUP BY product;
