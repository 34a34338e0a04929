DROP TABLE support_requests;
DROP TABLE support_issues;
DROP TABLE support_topics;
DROP TABLE support_categories;
