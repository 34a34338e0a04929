DROP TABLE support_issue_names;
DROP TABLE support_topic_names;
DROP TABLE support_category_names;
