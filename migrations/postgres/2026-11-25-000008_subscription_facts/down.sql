DROP TABLE subscription_facts;
