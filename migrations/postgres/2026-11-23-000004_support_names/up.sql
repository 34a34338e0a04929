-- The Category, Topic and Issue names in German, French and Japanese. English stays in the
-- tables' own name columns; a missing translation falls back to it.

CREATE TABLE support_category_names (
    category_id INTEGER NOT NULL REFERENCES support_categories(id) ON DELETE CASCADE,
    language TEXT NOT NULL CHECK (language IN ('de', 'fr', 'ja')),
    name TEXT NOT NULL,
    PRIMARY KEY (category_id, language)
);

CREATE TABLE support_topic_names (
    topic_id INTEGER NOT NULL REFERENCES support_topics(id) ON DELETE CASCADE,
    language TEXT NOT NULL CHECK (language IN ('de', 'fr', 'ja')),
    name TEXT NOT NULL,
    PRIMARY KEY (topic_id, language)
);

CREATE TABLE support_issue_names (
    issue_id INTEGER NOT NULL REFERENCES support_issues(id) ON DELETE CASCADE,
    language TEXT NOT NULL CHECK (language IN ('de', 'fr', 'ja')),
    name TEXT NOT NULL,
    PRIMARY KEY (issue_id, language)
);

INSERT INTO support_category_names (category_id, language, name) SELECT id, 'de', 'Partner of Record' FROM support_categories WHERE name = 'Partner of record';
INSERT INTO support_category_names (category_id, language, name) SELECT id, 'fr', 'Partenaire de référence' FROM support_categories WHERE name = 'Partner of record';
INSERT INTO support_category_names (category_id, language, name) SELECT id, 'ja', 'パートナー オブ レコード' FROM support_categories WHERE name = 'Partner of record';
INSERT INTO support_category_names (category_id, language, name) SELECT id, 'de', 'Incentives und Berechtigung' FROM support_categories WHERE name = 'Incentives and eligibility';
INSERT INTO support_category_names (category_id, language, name) SELECT id, 'fr', 'Incentives et éligibilité' FROM support_categories WHERE name = 'Incentives and eligibility';
INSERT INTO support_category_names (category_id, language, name) SELECT id, 'ja', 'インセンティブと適格性' FROM support_categories WHERE name = 'Incentives and eligibility';
INSERT INTO support_category_names (category_id, language, name) SELECT id, 'de', 'E-Mail und Benachrichtigungen' FROM support_categories WHERE name = 'Email and notifications';
INSERT INTO support_category_names (category_id, language, name) SELECT id, 'fr', 'E-mail et notifications' FROM support_categories WHERE name = 'Email and notifications';
INSERT INTO support_category_names (category_id, language, name) SELECT id, 'ja', 'メールと通知' FROM support_categories WHERE name = 'Email and notifications';
INSERT INTO support_category_names (category_id, language, name) SELECT id, 'de', 'Anmeldung und Zugriff' FROM support_categories WHERE name = 'Sign-in and access';
INSERT INTO support_category_names (category_id, language, name) SELECT id, 'fr', 'Connexion et accès' FROM support_categories WHERE name = 'Sign-in and access';
INSERT INTO support_category_names (category_id, language, name) SELECT id, 'ja', 'サインインとアクセス' FROM support_categories WHERE name = 'Sign-in and access';

INSERT INTO support_topic_names (topic_id, language, name) SELECT id, 'de', 'ID überprüfen' FROM support_topics WHERE name = 'Check ID';
INSERT INTO support_topic_names (topic_id, language, name) SELECT id, 'fr', 'Vérifier l’ID' FROM support_topics WHERE name = 'Check ID';
INSERT INTO support_topic_names (topic_id, language, name) SELECT id, 'ja', 'ID の確認' FROM support_topics WHERE name = 'Check ID';
INSERT INTO support_topic_names (topic_id, language, name) SELECT id, 'de', 'Partner hinzufügen, ändern oder entfernen' FROM support_topics WHERE name = 'Adding, changing or removing a partner';
INSERT INTO support_topic_names (topic_id, language, name) SELECT id, 'fr', 'Ajouter, modifier ou supprimer un partenaire' FROM support_topics WHERE name = 'Adding, changing or removing a partner';
INSERT INTO support_topic_names (topic_id, language, name) SELECT id, 'ja', 'パートナーの追加、変更、削除' FROM support_topics WHERE name = 'Adding, changing or removing a partner';
INSERT INTO support_topic_names (topic_id, language, name) SELECT id, 'de', 'Monatliche Berechtigung' FROM support_topics WHERE name = 'Monthly eligibility';
INSERT INTO support_topic_names (topic_id, language, name) SELECT id, 'fr', 'Éligibilité mensuelle' FROM support_topics WHERE name = 'Monthly eligibility';
INSERT INTO support_topic_names (topic_id, language, name) SELECT id, 'ja', '月ごとの適格性' FROM support_topics WHERE name = 'Monthly eligibility';
INSERT INTO support_topic_names (topic_id, language, name) SELECT id, 'de', 'Nutzungszahlen' FROM support_topics WHERE name = 'Usage figures';
INSERT INTO support_topic_names (topic_id, language, name) SELECT id, 'fr', 'Chiffres d’utilisation' FROM support_topics WHERE name = 'Usage figures';
INSERT INTO support_topic_names (topic_id, language, name) SELECT id, 'ja', '使用状況の数値' FROM support_topics WHERE name = 'Usage figures';
INSERT INTO support_topic_names (topic_id, language, name) SELECT id, 'de', 'Partner-E-Mails' FROM support_topics WHERE name = 'Partner emails';
INSERT INTO support_topic_names (topic_id, language, name) SELECT id, 'fr', 'E-mails aux partenaires' FROM support_topics WHERE name = 'Partner emails';
INSERT INTO support_topic_names (topic_id, language, name) SELECT id, 'ja', 'パートナーへのメール' FROM support_topics WHERE name = 'Partner emails';
INSERT INTO support_topic_names (topic_id, language, name) SELECT id, 'de', 'Anmelden' FROM support_topics WHERE name = 'Signing in';
INSERT INTO support_topic_names (topic_id, language, name) SELECT id, 'fr', 'Connexion' FROM support_topics WHERE name = 'Signing in';
INSERT INTO support_topic_names (topic_id, language, name) SELECT id, 'ja', 'サインイン' FROM support_topics WHERE name = 'Signing in';

INSERT INTO support_issue_names (issue_id, language, name) SELECT id, 'de', 'Die MPN-ID wird nicht gefunden' FROM support_issues WHERE name = 'The MPN ID is not found';
INSERT INTO support_issue_names (issue_id, language, name) SELECT id, 'fr', 'L’ID MPN est introuvable' FROM support_issues WHERE name = 'The MPN ID is not found';
INSERT INTO support_issue_names (issue_id, language, name) SELECT id, 'ja', 'MPN ID が見つからない' FROM support_issues WHERE name = 'The MPN ID is not found';
INSERT INTO support_issue_names (issue_id, language, name) SELECT id, 'de', 'Der Partner ist nicht registriert oder gesperrt' FROM support_issues WHERE name = 'The partner is not enrolled or is suspended';
INSERT INTO support_issue_names (issue_id, language, name) SELECT id, 'fr', 'Le partenaire n’est pas inscrit ou est suspendu' FROM support_issues WHERE name = 'The partner is not enrolled or is suspended';
INSERT INTO support_issue_names (issue_id, language, name) SELECT id, 'ja', 'パートナーが登録されていない、または停止されている' FROM support_issues WHERE name = 'The partner is not enrolled or is suspended';
INSERT INTO support_issue_names (issue_id, language, name) SELECT id, 'de', 'Ich habe eine globale ID, keine Standort-ID' FROM support_issues WHERE name = 'I have a global ID, not a location ID';
INSERT INTO support_issue_names (issue_id, language, name) SELECT id, 'fr', 'J’ai un ID global, pas un ID de site' FROM support_issues WHERE name = 'I have a global ID, not a location ID';
INSERT INTO support_issue_names (issue_id, language, name) SELECT id, 'ja', 'ロケーション ID ではなくグローバル ID しかない' FROM support_issues WHERE name = 'I have a global ID, not a location ID';
INSERT INTO support_issue_names (issue_id, language, name) SELECT id, 'de', 'Ich sehe „ID überprüfen“ nicht' FROM support_issues WHERE name = 'I cannot see Check ID';
INSERT INTO support_issue_names (issue_id, language, name) SELECT id, 'fr', 'Je ne vois pas « Vérifier l’ID »' FROM support_issues WHERE name = 'I cannot see Check ID';
INSERT INTO support_issue_names (issue_id, language, name) SELECT id, 'ja', '「ID の確認」が表示されない' FROM support_issues WHERE name = 'I cannot see Check ID';
INSERT INTO support_issue_names (issue_id, language, name) SELECT id, 'de', 'Jemand anderes hat den Partner of Record geändert' FROM support_issues WHERE name = 'Someone else changed the partner of record';
INSERT INTO support_issue_names (issue_id, language, name) SELECT id, 'fr', 'Quelqu’un d’autre a changé le partenaire de référence' FROM support_issues WHERE name = 'Someone else changed the partner of record';
INSERT INTO support_issue_names (issue_id, language, name) SELECT id, 'ja', '他のユーザーがパートナー オブ レコードを変更した' FROM support_issues WHERE name = 'Someone else changed the partner of record';
INSERT INTO support_issue_names (issue_id, language, name) SELECT id, 'de', 'Ein Monat wird als nicht berechtigt angezeigt' FROM support_issues WHERE name = 'A month shows as not eligible';
INSERT INTO support_issue_names (issue_id, language, name) SELECT id, 'fr', 'Un mois apparaît comme non éligible' FROM support_issues WHERE name = 'A month shows as not eligible';
INSERT INTO support_issue_names (issue_id, language, name) SELECT id, 'ja', 'ある月が対象外と表示される' FROM support_issues WHERE name = 'A month shows as not eligible';
INSERT INTO support_issue_names (issue_id, language, name) SELECT id, 'de', 'Nur über das OSA-Formular zugeordnet' FROM support_issues WHERE name = 'Associated only through the OSA form';
INSERT INTO support_issue_names (issue_id, language, name) SELECT id, 'fr', 'Associé uniquement via le formulaire OSA' FROM support_issues WHERE name = 'Associated only through the OSA form';
INSERT INTO support_issue_names (issue_id, language, name) SELECT id, 'ja', 'OSA フォームでのみ関連付けられている' FROM support_issues WHERE name = 'Associated only through the OSA form';
INSERT INTO support_issue_names (issue_id, language, name) SELECT id, 'de', 'Die aktiven Benutzer scheinen falsch' FROM support_issues WHERE name = 'Active users look wrong';
INSERT INTO support_issue_names (issue_id, language, name) SELECT id, 'fr', 'Les utilisateurs actifs semblent incorrects' FROM support_issues WHERE name = 'Active users look wrong';
INSERT INTO support_issue_names (issue_id, language, name) SELECT id, 'ja', 'アクティブ ユーザー数が正しくないようだ' FROM support_issues WHERE name = 'Active users look wrong';
INSERT INTO support_issue_names (issue_id, language, name) SELECT id, 'de', 'Der Partner hat die E-Mail nicht erhalten' FROM support_issues WHERE name = 'The partner did not receive the email';
INSERT INTO support_issue_names (issue_id, language, name) SELECT id, 'fr', 'Le partenaire n’a pas reçu l’e-mail' FROM support_issues WHERE name = 'The partner did not receive the email';
INSERT INTO support_issue_names (issue_id, language, name) SELECT id, 'ja', 'パートナーにメールが届かない' FROM support_issues WHERE name = 'The partner did not receive the email';
INSERT INTO support_issue_names (issue_id, language, name) SELECT id, 'de', 'Die E-Mail ging an die falsche Adresse' FROM support_issues WHERE name = 'The email went to the wrong address';
INSERT INTO support_issue_names (issue_id, language, name) SELECT id, 'fr', 'L’e-mail est parti à une mauvaise adresse' FROM support_issues WHERE name = 'The email went to the wrong address';
INSERT INTO support_issue_names (issue_id, language, name) SELECT id, 'ja', 'メールが間違ったアドレスに送られた' FROM support_issues WHERE name = 'The email went to the wrong address';
INSERT INTO support_issue_names (issue_id, language, name) SELECT id, 'de', 'Ich kann mich nicht anmelden' FROM support_issues WHERE name = 'I cannot sign in';
INSERT INTO support_issue_names (issue_id, language, name) SELECT id, 'fr', 'Je ne peux pas me connecter' FROM support_issues WHERE name = 'I cannot sign in';
INSERT INTO support_issue_names (issue_id, language, name) SELECT id, 'ja', 'サインインできない' FROM support_issues WHERE name = 'I cannot sign in';
INSERT INTO support_issue_names (issue_id, language, name) SELECT id, 'de', 'Ich sehe „Zugriff verweigert“' FROM support_issues WHERE name = 'I see Access denied';
INSERT INTO support_issue_names (issue_id, language, name) SELECT id, 'fr', 'Je vois « Accès refusé »' FROM support_issues WHERE name = 'I see Access denied';
INSERT INTO support_issue_names (issue_id, language, name) SELECT id, 'ja', '「アクセスが拒否されました」と表示される' FROM support_issues WHERE name = 'I see Access denied';
