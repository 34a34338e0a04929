DROP TABLE partner_facts;
