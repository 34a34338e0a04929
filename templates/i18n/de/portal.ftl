# Die Wörter des Portals auf Deutsch. Jede Nachricht von en/portal.ftl steht auch hier.

## Rahmen

dpor = Digital Partner of Record
area-home = DPOR-Portal
area-office = Office 365 Admin Center
area-intune = Microsoft Intune-Kontoportal
area-partner = Partner-Zuordnungsstatus
brand-office-app = Admin Center
brand-intune-app = Kontoportal
brand-partner-app = Zuordnungsstatus
skip-to-content = Zum Hauptinhalt springen
footer-portal = Portal für den Digital Partner of Record (DPOR)
footer-all-portals = Alle Portale
select-language = Sprache auswählen
language-change = Ändern
sign-in = Anmelden
sign-out = Abmelden
nav-home = Startseite
nav-subscriptions = Abonnements
nav-support = Support
nav-help = Hilfe
nav-admin = Administrator
nav-manage-details = Details verwalten
nav-associations = Zuordnungen
nav-notifications = Benachrichtigungen
history = Verlauf
partner-of-record = Partner of Record
mpn-id = MPN-ID
check-id = ID überprüfen
ok = OK
add = Hinzufügen
cancel = Abbrechen
save = Speichern
none = Keiner
not-recorded = nicht erfasst
trial = Testversion
eligible = Berechtigt
not-eligible = Nicht berechtigt
global-id = globale ID
location-id = Standort-ID
osu-program = Online Services Usage-Programm
sentence-end = .
pages = Seiten
page-previous = Vorherige Seite
page-next = Nächste Seite

## Startseite

landing-title = Willkommen
landing-lead-html = Ein Kunde benennt den Partner, der ihn bei einem Abonnement unterstützt, als dessen <strong>Digital Partner of Record</strong> (DPOR), anhand der MPN-ID des Partners. Der Partner erhält den Online Services Usage-Incentive, solange er Partner of Record ist und das Abonnement aktiv genutzt wird.
landing-office-html = Für Office 365- und Exchange Online-Abonnements: Abonnements, dann die Details des Abonnements, dann die MPN-ID des Partners, <strong>ID überprüfen</strong> und <strong>OK</strong>.
landing-intune-html = Für Microsoft Intune- und Azure Active Directory Premium-Abonnements: Administrator, <strong>Details verwalten</strong>, das Abonnement auswählen, <strong>Hinzufügen</strong>, dann die MPN-ID.
landing-partner = Für Partner: wo Sie Partner of Record sind, seit wann, ob jedes Abonnement in diesem Monat den Incentive einbringt und warum nicht.

## Anmeldung

signin-lead-partner = Melden Sie sich mit Ihrem Partnerkonto an, um zu sehen, wo Sie Digital Partner of Record sind und ob Sie den Online Services Usage-Incentive erhalten.
signin-lead-customer = Melden Sie sich mit Ihrem Geschäftskonto an, um Ihre Abonnements und deren Partner of Record zu verwalten.
signin-email = E-Mail
signin-password = Kennwort
signin-signed-out = Sie haben sich abgemeldet.
signin-expired = Ihre Sitzung ist abgelaufen. Melden Sie sich erneut an, um fortzufahren.
signin-password-empty = Geben Sie Ihr Kennwort ein.
signin-password-too-long = Ein Kennwort hat höchstens { $max } Zeichen.
signin-incorrect = E-Mail-Adresse oder Kennwort ist falsch.
email-empty = Geben Sie Ihre E-Mail-Adresse ein.
email-too-long = Eine E-Mail-Adresse hat höchstens 254 Zeichen.
email-malformed = Geben Sie eine E-Mail-Adresse wie name@contoso.com ein.
auth-wrong-portal-customers = Das { $portal } ist für Administratoren und Benutzer von Kunden bestimmt, und Sie sind mit einer anderen Art von Konto angemeldet. Melden Sie sich dort über die Startseite mit dem richtigen Konto an.
auth-wrong-portal-partners = Das { $portal } ist für Partnerbenutzer bestimmt, und Sie sind mit einer anderen Art von Konto angemeldet. Melden Sie sich dort über die Startseite mit dem richtigen Konto an.

## Fehler

error-code = Fehler { $status }
error-reference = Referenz:
error-start-page = Zur Startseite
error-not-found = Seite nicht gefunden
error-not-found-text = Unter dieser Adresse gibt es nichts. Die Seite wurde vielleicht verschoben, oder Sie haben keinen Zugriff darauf.
error-forbidden = Zugriff verweigert
error-bad-request = Die Anfrage konnte nicht gelesen werden
error-bad-request-text = Die Seite hat ein Formular erhalten, das sie nicht lesen konnte. Gehen Sie zurück, laden Sie die Seite neu und versuchen Sie es noch einmal.
error-csrf = Das Formular ist abgelaufen
error-csrf-text = Zu Ihrer Sicherheit konnte das Formular nicht gesendet werden. Gehen Sie zurück, laden Sie die Seite neu und versuchen Sie es noch einmal.
error-too-large = Zu viele Daten
error-too-large-text = Das Formular hat mehr Daten gesendet, als diese Seite annimmt. Kürzen Sie Ihre Eingabe und versuchen Sie es noch einmal.
error-too-many = Zu viele Versuche
error-too-many-text = Sie haben dies in kurzer Zeit zu oft versucht. Versuchen Sie es in { $seconds ->
        [one] { $seconds } Sekunde
       *[other] { $seconds } Sekunden
    } erneut.
error-unexpected = Etwas ist schiefgelaufen
error-unexpected-text = Das Portal konnte Ihre Anfrage nicht ausführen. Der fehlgeschlagene Schritt hat nichts geändert; versuchen Sie es gleich noch einmal. Wenn es weiterhin passiert, nennen Sie dem Support die Referenz unten.
error-unavailable = Vorübergehend nicht verfügbar
error-unavailable-text = Das Portal erreicht seine Datenbank im Moment nicht. Versuchen Sie es in ein paar Sekunden noch einmal.
error-unavailable-busy-text = Das Portal ist im Moment mit anderen Änderungen beschäftigt. Versuchen Sie es in ein paar Sekunden noch einmal.
error-unavailable-not-saved = Es wurde nichts gespeichert: Senden Sie das Formular noch einmal, sobald das Portal wieder antwortet.

## Rollen, Wege, Status

role-global-admin = Globaler Administrator
role-billing-admin = Abrechnungsadministrator
role-user = Benutzer
channel-office = Office 365 Admin Center
channel-intune = Microsoft Intune-Kontoportal
channel-osa = OSA-Formular (alt)
status-active = Aktiv
status-suspended = Gesperrt
status-expired = Abgelaufen
billing-paid = Bezahlt
billing-trial = Testversion
billing-trial-explained = Testversion (eine Testversion bringt dem Partner nie einen Incentive ein)

## Spalten

col-subscription = Abonnement
col-seats = Lizenzen
col-status = Status
col-billing = Abrechnung
col-agreement = Vertrag
col-select = Auswählen
col-when-utc = Wann (UTC)
col-who = Wer
col-what = Was
col-partner = Partner
col-where = Wo
col-customer = Kunde
col-since = Seit
col-ended = Beendet
col-made-by = Vorgenommen über
col-by = Von
col-this-month = Dieser Monat
col-month = Monat
col-eligibility = Berechtigung
col-reference = Referenz
col-filed-utc = Eingereicht (UTC)
col-contact = Kontakt
col-written-utc = Verfasst (UTC)
col-to = An
col-subject = Betreff
col-delivery = Zustellung
csv-domain = Domäne
csv-portal = Portal
csv-reason = Grund

## Office 365 Admin Center

office-welcome-html = Willkommen, { $name }. Sie sind im Office 365 Admin Center für <strong>{ $domain }</strong> als { $role } angemeldet.
office-home-por-html = Der Partner, der Sie bei einem Abonnement unterstützt, erhält den Online Services Usage-Incentive, wenn Sie ihn als <strong>Partner of Record</strong> des Abonnements benennen. Gehen Sie zu <a href="/office/subscriptions">Abonnements</a>, öffnen Sie ein Abonnement und geben Sie die MPN-ID des Partners ein.
office-subscriptions-lead = Die Office 365-Abonnements von { $tenant }. Der Partner of Record wird für jedes Abonnement einzeln festgelegt, nicht für Ihre ganze Organisation: Öffnen Sie ein Abonnement, um seinen Partner zu sehen oder zu ändern.
office-subscriptions-caption = Office 365-Abonnements und ihr Partner of Record
office-no-subscriptions = Ihre Organisation hat keine Office 365-Abonnements.

## Intune-Kontoportal

intune-welcome-html = Willkommen, { $name }. Sie sind im Microsoft Intune-Kontoportal für <strong>{ $tenant }</strong> als { $role } angemeldet.
intune-home-manage-html = Ihre Microsoft Intune-, Azure Active Directory Premium- und Enterprise Mobility-Abonnements mit ihrem Partner of Record. Wählen Sie ein Abonnement und <strong>Hinzufügen</strong>, um den Partner, der Sie dabei unterstützt, anhand seiner MPN-ID zu benennen.
intune-home-office = Für Office 365-Abonnements wird der Partner of Record stattdessen im Office 365 Admin Center festgelegt.
intune-manage-lead = Die in diesem Portal verwalteten Abonnements von { $tenant }. Der Partner of Record wird für jedes Abonnement einzeln festgelegt.
intune-no-subscriptions = Ihre Organisation hat keine im Intune-Kontoportal verwalteten Abonnements.
intune-select-subscription = Wählen Sie ein Abonnement aus und dann „Hinzufügen“.

## Abschnitt Partner of Record

por-help-link = So benennen Sie einen Partner of Record
por-current-html = Aktueller Partner of Record: <strong>{ $partner }</strong> (MPN-ID { $mpn })
por-since = , seit { $date }
por-through = , über das { $channel }
por-none = Dieses Abonnement hat keinen Partner of Record.
por-enter-html = Geben Sie die MPN-ID Ihres Partners ein (die Standort-ID, die er Ihnen genannt hat) und wählen Sie <strong>ID überprüfen</strong>. Um den Partner of Record zu entfernen, leeren Sie das Feld und wählen Sie <strong>ID überprüfen</strong>.
por-found = Partner gefunden
por-found-id = MPN-ID { $mpn } · Standort-ID · { $country }
por-enrolled-since = Seit { $date } im Online Services Usage-Programm registriert.
por-enrolled = Im Online Services Usage-Programm registriert.
por-already = { $partner } ist bereits Partner of Record dieses Abonnements. OK ändert nichts.
por-replaces-html = Dies ersetzt <strong>{ $partner }</strong> (MPN-ID { $mpn }) als Partner of Record. Beide Partner erhalten eine E-Mail.
por-make-partner = { $partner } als Partner of Record für { $product } festlegen? Der Partner erhält eine E-Mail.
por-remove-question = { $partner } als Partner of Record entfernen?
por-remove-explained = Das Abonnement hat dann keinen Partner of Record, { $partner } erhält eine E-Mail und verdient mit diesem Abonnement keinen Incentive mehr.
mpn-empty = Geben Sie die MPN-ID des Partners ein, z. B. 1234567.
mpn-malformed = Eine MPN-ID hat 6 bis 10 Ziffern, z. B. 1234567.
check-found = { $partner } wurde gefunden: { $country }, im Online Services Usage-Programm registriert.
check-not-found = Kein Partner hat die MPN-ID { $mpn }. Prüfen Sie die Nummer mit Ihrem Partner; sie steht in seinem Microsoft Partner Network-Profil.
check-not-enrolled = { $partner } ist nicht im Online Services Usage-Programm registriert und kann daher nicht Partner of Record sein. Bitten Sie den Partner, sich zuerst zu registrieren.
check-suspended = { $partner } ist im Microsoft Partner Network gesperrt und kann derzeit nicht als Partner of Record festgelegt werden.
check-global-id = { $mpn } ist die globale ID von { $name }. Ein Partner of Record wird mit einer Standort-ID benannt; fragen Sie den Partner nach seiner.
check-global-id-locations = { $mpn } ist die globale ID von { $name }. Ein Partner of Record wird mit einer Standort-ID benannt; verwenden Sie stattdessen eine dieser IDs: { $locations }.
changed-added = { $partner } ist jetzt Partner of Record für { $product }. Der Partner hat eine E-Mail erhalten.
changed-replaced = { $partner } ist jetzt Partner of Record für { $product } und ersetzt { $old }. Beide Partner haben eine E-Mail erhalten.
changed-removed = { $partner } ist nicht mehr Partner of Record für { $product }. Der Partner hat eine E-Mail erhalten.
changed-unchanged = { $partner } war bereits Partner of Record für { $product }; es wurde nichts geändert.
change-forbidden = Nur ein globaler Administrator oder ein Abrechnungsadministrator von { $tenant } kann den Partner of Record ändern.
change-not-active = Dieses Abonnement ist { $status }; sein Partner of Record kann nur geändert werden, solange es aktiv ist.
change-nothing-to-remove = Dieses Abonnement hat keinen Partner of Record, der entfernt werden könnte.
change-conflict-partner = Jemand hat den Partner of Record dieses Abonnements geändert, während Sie entschieden haben. Er ist jetzt { $partner }. Überprüfen Sie die ID erneut, wenn Sie ihn weiterhin ändern möchten.
change-conflict-none = Jemand hat den Partner of Record dieses Abonnements geändert, während Sie entschieden haben. Es hat jetzt keinen Partner of Record. Überprüfen Sie die ID erneut, wenn Sie ihn weiterhin ändern möchten.

## Verlauf eines Abonnements

history-empty = Für dieses Abonnement wurde noch kein Partner of Record festgelegt oder geändert.
history-caption = Jede Änderung und jeder Versuch, neueste zuerst
history-added = Hinzugefügt
history-replaced = Ersetzt
history-removed = Entfernt
history-unchanged = Keine Änderung
history-refused = Abgelehnt
history-repeated = { $count }-mal versucht, zuletzt am { $last }
history-pages = Seiten des Verlaufs
history-newer = Neuere
history-older = Ältere
refusal-forbidden = Nur ein globaler Administrator oder ein Abrechnungsadministrator kann den Partner of Record ändern.
refusal-not-active = Das Abonnement war nicht aktiv.
refusal-not-found = Kein Partner hat diese MPN-ID.
refusal-not-enrolled = Der Partner ist nicht im Online Services Usage-Programm registriert.
refusal-suspended = Der Partner ist gesperrt.
refusal-global-id = Es wurde eine globale ID angegeben; eine Standort-ID ist nötig.
refusal-nothing-to-remove = Es gab keinen Partner of Record zu entfernen.
refusal-conflict = Jemand anderes hat den Partner of Record gleichzeitig geändert.

## Hilfe

help-title = Ihren Partner of Record benennen
help-add-heading = Partner hinzufügen oder ändern
help-remove-heading = Partner entfernen
help-good-to-know = Gut zu wissen
help-office-lead-html = Der Partner, der Sie bei einem Abonnement unterstützt, kann von Microsoft einen Incentive erhalten, den Online Services Usage-Incentive, solange Sie ihn als <strong>Digital Partner of Record</strong> des Abonnements benennen und das Abonnement aktiv genutzt wird. So benennen Sie ihn im Office 365 Admin Center.
help-office-step1-html = Wählen Sie <a href="/office/subscriptions">Abonnements</a>.
help-office-step2-html = Wählen Sie das Abonnement. Seine Seite zeigt seinen <strong>Partner of Record</strong>.
help-step-check-html = Geben Sie die <strong>MPN-ID</strong> des Partners ein und wählen Sie <strong>ID überprüfen</strong>.
help-step-ok-html = Wenn der Partner gefunden wird, prüfen Sie seinen Namen und wählen Sie <strong>OK</strong>. Wenn zuvor ein anderer Partner benannt war, zeigt die Seite an, dass er ersetzt wird.
help-emails-history-html = Der Partner erhält eine E-Mail, wenn Sie ihn hinzufügen oder entfernen. Der <strong>Verlauf</strong> des Abonnements zeigt jede Änderung, wer sie vorgenommen hat und wann.
help-office-remove-html = Öffnen Sie das Abonnement, leeren Sie das Feld <strong>MPN-ID</strong>, wählen Sie <strong>ID überprüfen</strong> und dann <strong>OK</strong>.
help-admins-html = Nur ein <strong>globaler Administrator</strong> oder ein <strong>Abrechnungsadministrator</strong> kann den Partner of Record ändern. Andere Benutzer können ihn sehen.
help-one-partner-office = Ein Abonnement hat höchstens einen Partner of Record, und er wird für jedes Abonnement einzeln festgelegt, nicht für Ihre ganze Organisation.
help-one-partner-intune = Ein Abonnement hat höchstens einen Partner of Record, der für jedes Abonnement einzeln festgelegt wird.
help-location-id-html = Verwenden Sie die <strong>Standort-ID</strong> des Partners. Wenn Sie eine globale ID eingeben, listet die Seite die Standort-IDs des Partners zur Auswahl auf.
help-enrolled = Ein Partner muss im Online Services Usage-Programm registriert und aktiv sein, um benannt zu werden.
help-office-intune-html = Für Microsoft Intune- und Azure Active Directory Premium-Abonnements wird der Partner of Record im <a href="/intune">Microsoft Intune-Kontoportal</a> festgelegt.
help-intune-lead-html = Der Partner, der Sie bei Microsoft Intune oder Azure Active Directory Premium unterstützt, kann den Online Services Usage-Incentive erhalten, solange Sie ihn als <strong>Digital Partner of Record</strong> des Abonnements benennen und das Abonnement aktiv genutzt wird. So benennen Sie ihn in diesem Portal.
help-intune-step1-html = Wählen Sie unter <strong>Administrator</strong> die Option <a href="/intune/subscriptions">Details verwalten</a>.
help-intune-step2-html = Wählen Sie das Abonnement und dann <strong>Hinzufügen</strong>.
help-intune-remove-html = Wählen Sie das Abonnement und <strong>Hinzufügen</strong>, leeren Sie das Feld <strong>MPN-ID</strong>, wählen Sie <strong>ID überprüfen</strong> und dann <strong>OK</strong>.
help-intune-office-html = Für Office 365-Abonnements wird der Partner of Record im <a href="/office">Office 365 Admin Center</a> festgelegt.
help-partner-title = Digital Partner of Record eines Kunden sein
help-partner-lead = Sie erhalten den Online Services Usage-Incentive für das Abonnement eines Kunden, solange der Kunde Sie als Digital Partner of Record benennt und das Abonnement aktiv genutzt wird.
help-partner-how = So fügt ein Kunde Sie hinzu
help-partner-step1-html = Geben Sie dem Kunden Ihre <strong>Standort-ID</strong> (Ihre MPN-ID für den Standort, der bezahlt wird), nicht Ihre globale ID.
help-partner-step2-html = Bei Office 365 öffnet der Administrator des Kunden das Abonnement im Office 365 Admin Center, gibt Ihre MPN-ID ein und wählt <strong>ID überprüfen</strong> und <strong>OK</strong>.
help-partner-step3-html = Bei Microsoft Intune und Azure Active Directory Premium tut der Administrator dasselbe im Microsoft Intune-Kontoportal: Administrator, <strong>Details verwalten</strong>, das Abonnement, <strong>Hinzufügen</strong>.
help-partner-step4-html = Sie erhalten eine E-Mail, und die Zuordnung erscheint auf Ihrer Seite <a href="/partner">Zuordnungen</a>.
help-partner-eligible = Wann ein Monat berechtigt ist
help-partner-rule-por = Sie waren in diesem Monat Partner of Record, benannt in einem der beiden Portale. Eine nur über das alte OSA-Formular erstellte Zuordnung zählt nur vor Januar 2016; bitten Sie den Kunden, Sie als Digital Partner of Record hinzuzufügen.
help-partner-rule-enrolled = Ihre MPN-ID war im Online Services Usage-Programm registriert und ist aktiv.
help-partner-rule-paid = Das Abonnement ist bezahlt; Testversionen zählen nie.
help-partner-rule-usage = Mindestens ein Workload hatte in diesem Monat genügend aktive Benutzer: 5 % der Lizenzen und mindestens einen Benutzer, sofern Ihr Programm nichts anderes vorsieht.
help-partner-months = Die Seite jeder Zuordnung zeigt zwölf Monate, mit dem Grund in Worten für jeden Monat, der nicht berechtigt ist.

## Partner-Zuordnungsstatus

partner-enrolled-since = Registriert seit { $date }
partner-not-enrolled = Nicht registriert: Keine Zuordnung bringt den Incentive ein, bis Sie sich registrieren
partner-location-ids = Standort-IDs
partner-locations-explained = Incentives werden auf Standort-IDs gezahlt; Kunden benennen eine Standort-ID als Partner of Record.
partner-associations-lead = Abonnements, für die Sie Digital Partner of Record sind oder waren, mit der Incentive-Berechtigung dieses Monats ({ $month }) und dem Grund, wenn sie fehlt.
partner-associations-caption = Zuordnungen, Seite { $page }
filter-show = Anzeigen
filter-all = Alle Zuordnungen
filter-eligible = Diesen Monat berechtigt
filter-not-eligible = Diesen Monat nicht berechtigt
filter-ended = Beendet
filter-customer-name = Kundenname
filter = Filtern
filter-error-control = Ein Kundenname enthält keine Steuerzeichen (Zeilenumbrüche, Tabulatoren und Ähnliches) und keine unsichtbaren Formatierungszeichen.
download-csv = CSV herunterladen
partner-empty-bad-filter = Korrigieren Sie den Kundennamen, um Zuordnungen zu sehen.
partner-empty-no-more = Keine weiteren Zuordnungen.
partner-empty-none = Noch kein Kunde hat Sie als Partner of Record benannt.
partner-empty-filter = Keine Zuordnung entspricht diesem Filter.
association-title = { $product } für { $customer }
association-since = { $date }, vorgenommen über das { $channel }
association-ended = Beendet am { $date }
association-current = Sie sind der Partner of Record
association-usage-needed = Erforderliche aktive Nutzung
association-users-needed = { $users } aktive Benutzer in mindestens einem Workload
chart-heading = Aktive Benutzer und Berechtigung, letzte { $months } Monate
chart-title = Aktive Benutzer pro Workload, { $product } für { $customer }
chart-description = Aktive Benutzer pro Workload in den letzten { $months } Monaten. Berechtigt in { $eligible } davon. Ein Workload braucht { $needed } aktive Benutzer, damit der Monat zählt.
chart-needed = Erforderlich: { $users } aktive Benutzer
chart-eligible-month = Berechtigter Monat
months-caption = Berechtigung und aktive Benutzer nach Monat
reason-not-partner = in diesem Monat nicht Partner of Record
reason-osa-form = nur über das OSA-Formular zugeordnet; der Kunde muss Sie als Digital Partner of Record hinzufügen
reason-not-enrolled = Ihre MPN-ID war in diesem Monat nicht im Online Services Usage-Programm registriert
reason-suspended = Ihre MPN-ID ist gesperrt
reason-trial = ein Testabonnement bringt nie einen Incentive ein
reason-no-usage = kein Workload erreichte { $needed } aktive { $needed ->
        [one] Benutzer
       *[other] Benutzer
    } (höchstens { $best })
reason-separator = ;{" "}
partner-ended-heading = Beendete Zuordnungen
partner-ended-none = Keine Ihrer Zuordnungen ist beendet.
partner-ended-caption = Beendete Zuordnungen, neueste zuerst
partner-changes-heading = Änderungen
partner-changes-none = Noch kein Kunde hat Sie hinzugefügt oder entfernt.
partner-changes-caption = Jedes Mal, wenn ein Kunde Sie hinzugefügt oder entfernt hat, neueste zuerst
partner-event-added = Als Partner of Record hinzugefügt
partner-event-added-replacing = Als Partner of Record hinzugefügt, anstelle eines anderen Partners
partner-event-replaced = Durch einen anderen Partner ersetzt
partner-event-removed = Als Partner of Record entfernt
partner-event-changed = Geändert
notifications-lead = Die E-Mails, die das Portal Ihnen gesendet hat, als ein Kunde Sie als Partner of Record hinzugefügt oder entfernt hat, und ob sie zugestellt wurden.
notifications-email-language = Sprache Ihrer E-Mails
notifications-email-language-saved = Ihre E-Mails werden auf { $language } verfasst.
notifications-none = Ihnen wurde noch keine E-Mail gesendet.
notifications-caption = E-Mails, neueste zuerst
notifications-last-error = Letzter Fehler: { $error }
notification-sent = Gesendet am { $when } UTC
notification-waiting = Wartet auf den Versand
notification-retrying = Noch nicht zugestellt ({ $attempts } { $attempts ->
        [one] Versuch
       *[other] Versuche
    }); es wird erneut versucht

## Support

support-new = Neue Supportanfrage
support-intro-html = Wählen Sie eine <strong>Kategorie</strong>, dann ein <strong>Thema</strong>, dann das <strong>Problem</strong>, beschreiben Sie es und wie Sie kontaktiert werden möchten.
support-category = Kategorie
support-topic = Thema
support-issue = Problem
support-choose-category = Kategorie auswählen
support-choose-topic = Thema auswählen
support-choose-issue = Problem auswählen
support-next = Weiter
support-description = Beschreibung
support-contact-question = Wie sollen wir Sie kontaktieren?
support-submit = Absenden
support-my-requests = Meine Anfragen
support-none-yet = Sie haben noch keine Supportanfrage gestellt.
support-requests-caption = Ihre Supportanfragen, neueste zuerst
support-open = Offen
support-closed = Geschlossen
contact-chat = Chat
contact-forum = Forum
contact-email = E-Mail
support-received-email = Ihre Anfrage { $reference } ist eingegangen. Eine Bestätigung ist unterwegs an Ihre E-Mail-Adresse.
support-received-chat = Ihre Anfrage { $reference } ist eingegangen. Ein Supportmitarbeiter öffnet hier einen Chat mit Ihnen.
support-received-forum = Ihre Anfrage { $reference } ist eingegangen. Ihre Frage wird im Supportforum beantwortet.
support-error-no-issue = Wählen Sie eine Kategorie, ein Thema und ein Problem aus.
support-error-short = Beschreiben Sie das Problem mit mindestens 10 Zeichen.
support-error-long = Eine Beschreibung hat höchstens { $max } Zeichen.
support-error-control = Die Beschreibung darf keine Steuerzeichen und keine unsichtbaren Formatierungszeichen (etwa eine Rechts-nach-links-Umkehrung) enthalten.
support-error-no-contact = Wählen Sie, wie Sie kontaktiert werden möchten: Chat, Forum oder E-Mail.

## E-Mails

email-hello = Hallo { $name },
email-notice-subject-added = { $customer } hat Sie als Digital Partner of Record für { $product } benannt
email-notice-subject-removed = { $customer } hat Sie als Digital Partner of Record für { $product } entfernt
email-notice-added = { $customer } ({ $domain }) hat Sie als Digital Partner of Record (DPOR) für das Abonnement { $product } benannt.
email-notice-removed = { $customer } ({ $domain }) hat Sie als Digital Partner of Record (DPOR) für das Abonnement { $product } entfernt.
email-notice-replaced = Der Kunde hat einen anderen Partner of Record benannt.
email-partner-mpn = MPN-ID des Partners
email-customer = Kunde
email-subscription = Abonnement
email-subscription-seats = { $product }, { $seats } Lizenzen
email-added-by = Hinzugefügt von
email-removed-by = Entfernt von
email-when = Wann
email-where = Wo
email-notice-added-after = Sie erhalten den Online Services Usage-Incentive für dieses Abonnement, solange Sie sein Partner of Record bleiben und seine Workloads aktiv genutzt werden. Ihre Seite mit dem Zuordnungsstatus zeigt die Berechtigung jedes Monats.
email-notice-removed-after = Ab jetzt bringt Ihnen dieses Abonnement keinen Online Services Usage-Incentive mehr ein. Wenn Sie das für einen Irrtum halten, wenden Sie sich an den Kunden.
email-notice-footer = Diese Nachricht wurde vom DPOR-Portal gesendet, weil ein Kunde den Partner of Record eines Abonnements geändert hat.
email-support-subject = Ihre Supportanfrage { $reference } ist eingegangen
email-support-received = Ihre Supportanfrage { $reference } ist am { $when } eingegangen.
email-support-issue = Problem
email-support-wrote = Ihre Nachricht
email-support-next = Wir antworten per E-Mail. Geben Sie { $reference } in jeder Nachricht zu dieser Anfrage an.
error-method = Diese Adresse nimmt ein Formular an
error-method-text = An diese Adresse wird ein Formular gesendet; sie hat keine eigene Seite. Gehen Sie zurück zur Seite mit dem Formular.

## The operator area, accounts and passwords
area-operator = Betreiberbereich
brand-operator-app = Betrieb
nav-tenants = Mandanten
nav-activity = Aktivität
signin-lead-operator = Melden Sie sich mit Ihrem Betreiberkonto an, um Kunden und Partner aufzunehmen und das Portal zu betreiben.
signin-password-set = Ihr Kennwort ist festgelegt. Melden Sie sich damit an.
auth-wrong-portal-operators = { $portal } ist für Betreiber, und Sie sind mit einer anderen Art von Konto angemeldet. Melden Sie sich dort über die Startseite mit dem richtigen Konto an.
password-set-title = Kennwort festlegen
password-set-lead-html = Wählen Sie das Kennwort für <strong>{ $email }</strong>. Der Link funktioniert einmal; danach melden Sie sich mit Ihrer E-Mail-Adresse und diesem Kennwort an.
password-new = Neues Kennwort
password-confirm = Kennwort bestätigen
password-hint = Mindestens 12 Zeichen. Einige Wörter hintereinander sind leicht zu merken und schwer zu erraten.
password-set-button = Kennwort festlegen
password-too-short = Ein Kennwort hat mindestens { $min } Zeichen.
password-too-long = Ein Kennwort hat höchstens { $max } Zeichen.
password-mismatch = Die beiden Kennwörter stimmen nicht überein. Geben Sie in beide Felder dasselbe Kennwort ein.
link-unknown = Dieser Link funktioniert nicht
link-unknown-text = Ein solcher Link wurde hier nicht erstellt. Kopieren Sie den vollständigen Link aus der E-Mail oder von der Person, die ihn Ihnen gegeben hat.
link-used = Dieser Link wurde bereits verwendet
link-used-text = Ein Link zum Festlegen des Kennworts funktioniert einmal. Wenn Sie Ihr Kennwort festgelegt haben, melden Sie sich damit an; sonst fordern Sie einen neuen Link an.
link-expired = Dieser Link ist abgelaufen
link-expired-text = Ein Link zum Festlegen des Kennworts funktioniert 72 Stunden lang. Fordern Sie einen neuen Link an.
tenant-new = Neuer Mandant
tenant-name = Name
tenant-domain = Domäne
tenant-domain-hint = Die Standarddomäne des Mandanten, etwa tailwind.onmicrosoft.com.
tenant-created = Mandant { $name } erstellt.
tenant-name-empty = Geben Sie den Namen der Organisation ein.
tenant-name-too-long = Ein Name hat höchstens { $max } Zeichen.
tenant-name-control = Ein Name darf keine Zeilenumbrüche, Tabulatoren, anderen Steuerzeichen oder unsichtbaren Formatierungszeichen (etwa eine Rechts-nach-links-Umkehrung) enthalten.
tenant-domain-empty = Geben Sie die Domäne des Mandanten ein, etwa tailwind.onmicrosoft.com.
tenant-domain-malformed = Eine Domäne besteht aus Namen aus Buchstaben, Ziffern und Bindestrichen, durch Punkte verbunden, etwa tailwind.onmicrosoft.com.
tenant-domain-taken = Ein Mandant mit der Domäne { $domain } besteht bereits. Jeder Mandant hat eine eigene Domäne.
operator-tenants-lead = Die Kundenorganisationen im Portal. Suchen Sie nach Name oder Domäne.
operator-search-tenants = Name oder Domäne
search = Suchen
operator-no-tenants = Noch keine Mandanten. Erstellen Sie den ersten mit „Neuer Mandant“.
operator-no-tenants-found = Kein Mandant passt zu dieser Suche.
operator-tenants-caption = Mandanten, nach Name
col-created-utc = Erstellt (UTC)
pager-page = Seite { $page }
create = Erstellen
operator-users = Benutzer
operator-no-users = Noch keine Benutzer.
operator-no-subscriptions = Noch keine Abonnements.
col-name = Name
col-role = Rolle
col-portal = Portal
operator-activity-lead = Jede Änderung eines Betreibers, die neueste zuerst.
operator-no-activity = Noch keine Änderungen.
operator-activity-caption = Änderungen durch Betreiber
operator-col-subject = Betrifft
operator-col-change = Von → zu
operator-command-line = Befehlszeile
activity-tenant-created = Mandant erstellt
activity-operator-added = Betreiber hinzugefügt
activity-operator-link = Link zum Festlegen des Kennworts erstellt
user-new = Neuer Benutzer
user-new-lead = Ein Benutzer von { $tenant }. Er erhält eine E-Mail mit einem Link zum Festlegen seines Kennworts; bis dahin kann er sich nicht anmelden.
user-invited = { $name } wurde hinzugefügt, und eine Einladung wurde an { $email } gesendet.
user-email-taken = Ein Benutzer meldet sich bereits mit { $email } an.
user-name-empty = Geben Sie den Namen der Person ein.
user-name-too-long = Ein Name hat höchstens { $max } Zeichen.
user-name-control = Ein Name darf keine Zeilenumbrüche, Tabulatoren, anderen Steuerzeichen oder unsichtbaren Formatierungszeichen (etwa eine Rechts-nach-links-Umkehrung) enthalten.
user-role-saved = Rolle gespeichert: { $role }.
user-role-unchanged = Der Benutzer hatte diese Rolle bereits; nichts wurde geändert.
user-deactivated = Der Benutzer wurde deaktiviert. Er kann sich nicht mehr anmelden; sein Verlauf bleibt erhalten.
user-actions = Aktionen
user-role-of = Rolle von { $name }
user-status-invited = Eingeladen, noch kein Kennwort
user-status-active = Aktiv
user-status-deactivated = Deaktiviert
user-deactivate = Deaktivieren
user-deactivate-who = { $name } deaktivieren
activity-user-created = Benutzer hinzugefügt und eingeladen
activity-role-changed = Rolle geändert
activity-user-deactivated = Benutzer deaktiviert
email-invitation-subject = Ihr Zugang zu { $portal }
email-invitation-hello = Hallo { $name },
email-invitation-body = Sie haben Zugang zu { $portal } für { $organisation } erhalten.
email-invitation-set = Kennwort festlegen
email-invitation-expires = Der Link funktioniert einmal, bis { $when }.
email-invitation-sign-in = Melden Sie sich danach mit { $email } und Ihrem Kennwort an.
email-invitation-portal-customer = Office 365 Admin Center und Microsoft Intune-Kontoportal
email-invitation-portal-partner = Partner-Statusseiten
email-invitation-portal-operator = Betreiberbereich des DPOR-Portals
subscription-new = Neues Abonnement
subscription-new-lead = Ein Abonnement von { $tenant }. Das Produkt bestimmt das Portal, in dem die Administratoren des Mandanten den Partner of Record benennen.
subscription-product = Produkt
subscription-choose-product = Produkt auswählen
subscription-product-in = { $product } ({ $portal })
subscription-product-unknown = Wählen Sie ein Produkt aus der Liste.
subscription-agreement = Vertrag
subscription-agreement-hint = Wie es gekauft wird, etwa EA oder MOSP.
subscription-created = Abonnement erstellt.
subscription-change = Lizenzen, Abrechnung oder Status ändern
subscription-change-lead = Eine Änderung gilt ab dem angegebenen Datum (spätestens heute) und wird dem Verlauf unten hinzugefügt; was vor diesem Datum galt, bleibt unverändert.
subscription-effective-from = Gültig ab
subscription-history-caption = Lizenzen, Abrechnung und Status, das Neueste zuerst
subscription-recorded-utc = Erfasst (UTC)
subscription-saved = Gespeichert. Die Änderung steht im Verlauf.
subscription-unchanged = Diese Angaben galten an diesem Datum bereits; nichts wurde geändert.
seats-not-a-number = Geben Sie die Anzahl der Lizenzen ein, etwa 20.
seats-below-zero = Die Anzahl der Lizenzen kann nicht unter null liegen.
seats-too-many = Ein Abonnement hat höchstens { $max } Lizenzen.
agreement-empty = Geben Sie den Vertrag ein, etwa EA oder MOSP.
agreement-malformed = Ein Vertrag hat bis zu 20 Buchstaben, Ziffern, Leerzeichen oder Bindestriche, etwa EA oder MOSP.
date-malformed = Geben Sie das Datum ein, ab dem die Änderung gilt, etwa 2026-11-01.
date-in-the-future = Eine Änderung kann nicht nach heute gelten.
activity-subscription-created = Abonnement erstellt
activity-subscription-changed = Abonnement geändert
facts-value = { $seats ->
    [one] 1 Lizenz
   *[other] { $seats } Lizenzen
}, { $billing }, { $status }
facts-value-from = { $facts }, ab { $date }
date-before-history = Der Verlauf dieses Abonnements beginnt am { $date }, als es erstellt wurde; eine Änderung kann nicht davor gelten.
forgot-title = Kennwort vergessen?
forgot-lead = Geben Sie die E-Mail-Adresse ein, mit der Sie sich anmelden. Wenn ein Konto hier sie verwendet, senden wir ihm einen Link zum Festlegen eines neuen Kennworts; der Link funktioniert einmal, 72 Stunden lang.
forgot-send = Link senden
forgot-back = Zurück zur Anmeldung
forgot-sent = Wenn ein Konto hier diese Adresse verwendet, ist ein Link zum Festlegen eines neuen Kennworts unterwegs. Der Link funktioniert einmal, 72 Stunden lang. Nichts angekommen? Prüfen Sie die Adresse oder wenden Sie sich an Ihren Administrator.
link-ask-new = Neuen Link senden
email-reset-subject = Ein neues Kennwort für { $portal }
email-reset-body = Jemand hat ein neues Kennwort für Ihr Konto bei { $portal } angefordert. Wenn Sie es waren, verwenden Sie den Link unten. Wenn nicht, ignorieren Sie diese E-Mail: Ihr Kennwort bleibt, wie es ist.
nav-operators = Betreiber
operators-lead = Die Personen, die das Portal betreiben. Ein neuer Betreiber erhält eine E-Mail mit einem Link zum Festlegen seines Kennworts.
operators-caption = Betreiber, nach Name
operator-new = Neuer Betreiber
operator-new-lead = Eine weitere Person, die das Portal betreibt. Sie erhält eine E-Mail mit einem Link zum Festlegen ihres Kennworts; bis dahin kann sie sich nicht anmelden.
operator-email-taken = Ein Betreiber meldet sich bereits mit { $email } an.
nav-partners = Partner
operator-partners-lead = Die MPN-IDs der Partner im Portal. Suchen Sie nach Name oder MPN-ID.
operator-search-partners = Name oder MPN-ID
operator-no-partners = Noch keine Partner. Laden Sie sie mit dpor-portal import partners.
operator-no-partners-found = Kein Partner passt zu dieser Suche.
operator-partners-caption = Partner, nach Name
operator-enrolled = Im Online Services Usage-Programm registriert
operator-not-enrolled = Nicht registriert
operator-contact = Kontakt-E-Mail
operator-locations = Standort-IDs

## Registrierung und Status eines Partners, mit dem Datum, ab dem sie gelten
enrolled-since = Seit { $date }
partner-enrollment = OSU-Registrierung
enrollment-enrolled = Registriert
partner-change = Registrierung oder Status ändern
partner-change-lead = Eine Änderung gilt ab dem angegebenen Datum (spätestens heute) und wird dem Verlauf unten hinzugefügt; was vor diesem Datum galt, bleibt unverändert, sodass bereits verdiente Monate nach ihren damaligen Angaben beurteilt werden.
partner-history-caption = Registrierung und Status, das Neueste zuerst
partner-saved = Gespeichert. Die Änderung steht im Verlauf des Partners.
partner-unchanged = Diese Angaben galten an diesem Datum bereits; nichts wurde geändert.
partner-date-before-history = Der Verlauf dieses Partners beginnt am { $date }; eine Änderung kann nicht davor gelten.
activity-partner-changed = Partner geändert
partner-facts-value = { $enrollment }, { $status }

## Abonnements aller Mandanten, im Betreiberbereich
operator-subscriptions-lead = Die Abonnements aller Mandanten. Öffnen Sie eines, um Lizenzen, Abrechnung oder Status ab einem Datum zu ändern; ein neues Abonnement wird auf der Seite seines Mandanten erstellt.
operator-search-subscriptions = Produkt, Mandant oder Domäne
operator-subscriptions-caption = Abonnements, nach Mandant und Produkt
operator-no-subscriptions-yet = Noch kein Mandant hat ein Abonnement. Erstellen Sie eines auf der Seite eines Mandanten (Neues Abonnement).
operator-no-subscriptions-found = Kein Abonnement entspricht dieser Suche.
col-product = Produkt
col-tenant = Mandant

## Importe im Betreiberbereich
nav-imports = Importe
imports-lead = Laden Sie eine CSV-Datei mit Nutzung, Partnern, Mandanten, Benutzern oder Abonnements in den Formaten aus der README. Zuerst wird jede Zeile geprüft, und nichts ändert sich, solange nicht jede Zeile gültig ist (oder Sie fehlerhafte Zeilen überspringen); dann werden die Zeilen einige Hundert auf einmal geschrieben, sodass das Portal weiterarbeitet, während eine große Datei lädt.
import-new = Neuer Import
import-kind = Art
import-kind-usage = Nutzung (subscription_id, workload, month, active_users)
import-kind-partners = Partner (mpn_id, name, kind, parent_mpn_id, country, contact_email, enrolled_since, status)
import-kind-tenants = Mandanten (name, domain)
import-kind-users = Benutzer (tenant_domain, name, email, role): jeder neue Benutzer erhält eine Einladung
import-file = Datei
import-file-hint = Eine CSV-Datei mit Kopfzeile, bis 1 GiB.
import-skip-invalid = Gültige Zeilen importieren und fehlerhafte auflisten (sonst importiert eine Datei mit einer fehlerhaften Zeile nichts)
import-kind-unknown = Wählen Sie, was die Datei enthält.
import-file-missing = Wählen Sie eine CSV-Datei, die nicht leer ist.
imports-latest = Letzte Importe
imports-none = Hier wurde noch keine Datei importiert.
imports-caption = Importe, der neueste zuerst
import-status-checking = Zeilen werden geprüft
import-status-applying = Zeilen werden geschrieben
import-status-done = Fertig
import-status-failed = Nichts importiert oder abgebrochen
import-progress = Fortschritt
import-counts-checking = { $checked } Zeilen geprüft.
import-counts-applying = { $applied } von { $total } Zeilen geschrieben.
import-running-hint = Sie können diese Seite verlassen: Der Import läuft weiter, und sein Ergebnis steht dann hier.
import-stalled = Abgebrochen
import-stalled-text = Dieser Import endete vorzeitig: Die Portalinstanz, die ihn ausführte, wurde vermutlich neu gestartet. Die bisher geschriebenen Zeilen bleiben; importieren Sie dieselbe Datei erneut, um ihn abzuschließen.
import-result = Ergebnis
import-added = Zeilen hinzugefügt
import-changed = Zeilen geändert
import-unchanged = Zeilen unverändert
import-refused-rows = Abgelehnte Zeilen
import-kind-subscriptions = Abonnements (tenant_domain, product, agreement, seats, billing, status, effective_from)

# Emails (operator area)
nav-emails = E-Mails
emails-lead = Jede E-Mail des Portals wartet im Postausgang, bis der Mailserver sie annimmt. Eine, die der Mailserver endgültig ablehnt oder die auch beim letzten Versuch scheitert, bleibt hier, bis Sie sie erneut senden.
emails-waiting = Wartend: { $count }
emails-failed = Fehlgeschlagen: { $count }
emails-sent-last-day = In den letzten 24 Stunden gesendet: { $count }
emails-none-failed = Keine E-Mail ist fehlgeschlagen.
emails-failed-caption = Nicht zustellbare E-Mails, neueste zuerst
emails-col-failed = Fehlgeschlagen (UTC)
emails-attempts = { $attempts } { $attempts ->
    [one] Versuch
   *[other] Versuche
}
emails-resend = Erneut senden
emails-resend-to = Erneut senden: E-Mail an { $recipient }
email-resent = Die E-Mail wird erneut gesendet.
email-not-failed = Diese E-Mail wartet nicht auf erneutes Senden: Sie wurde bereits zugestellt oder erneut gesendet.
activity-email-resent = E-Mail erneut gesendet
notification-failed = Nicht zugestellt; das Portal versucht es nicht mehr. Seine Betreiber können die E-Mail erneut senden.
