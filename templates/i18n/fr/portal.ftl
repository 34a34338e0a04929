# Les mots du portail en français. Chaque message de en/portal.ftl figure aussi ici.

## Cadre

dpor = Digital Partner of Record
area-home = Portail DPOR
area-office = Centre d’administration Office 365
area-intune = Portail des comptes Microsoft Intune
area-partner = Statut des associations partenaire
brand-office-app = Centre d’administration
brand-intune-app = Portail des comptes
brand-partner-app = Statut des associations
skip-to-content = Aller au contenu principal
footer-portal = Portail du Digital Partner of Record (DPOR)
footer-all-portals = Tous les portails
select-language = Sélectionnez votre langue
language-change = Changer
sign-in = Se connecter
sign-out = Se déconnecter
nav-home = Accueil
nav-subscriptions = Abonnements
nav-support = Support
nav-help = Aide
nav-admin = Administration
nav-manage-details = Gérer les détails
nav-associations = Associations
nav-notifications = Notifications
history = Historique
partner-of-record = Partenaire de référence
mpn-id = ID MPN
check-id = Vérifier l’ID
ok = OK
add = Ajouter
cancel = Annuler
save = Enregistrer
none = Aucun
not-recorded = non enregistré
trial = essai
eligible = Éligible
not-eligible = Non éligible
global-id = ID global
location-id = ID de site
osu-program = Programme Online Services Usage
sentence-end = .
pages = Pages
page-previous = Page précédente
page-next = Page suivante

## Page d’accueil

landing-title = Bienvenue
landing-lead-html = Un client désigne le partenaire qui l’aide pour un abonnement, son <strong>Digital Partner of Record</strong> (DPOR), par l’ID MPN du partenaire. Le partenaire perçoit l’incentive Online Services Usage tant qu’il est partenaire de référence et que l’abonnement est activement utilisé.
landing-office-html = Pour les abonnements Office 365 et Exchange Online : Abonnements, puis les détails de l’abonnement, puis l’ID MPN du partenaire, <strong>Vérifier l’ID</strong> et <strong>OK</strong>.
landing-intune-html = Pour les abonnements Microsoft Intune et Azure Active Directory Premium : Administration, <strong>Gérer les détails</strong>, sélectionnez l’abonnement, <strong>Ajouter</strong>, puis l’ID MPN.
landing-partner = Pour les partenaires : où vous êtes partenaire de référence, depuis quand, et si chaque abonnement rapporte l’incentive ce mois-ci, et sinon pourquoi.

## Connexion

signin-lead-partner = Connectez-vous avec votre compte partenaire pour voir où vous êtes Digital Partner of Record et si vous percevez l’incentive Online Services Usage.
signin-lead-customer = Connectez-vous avec votre compte professionnel pour gérer vos abonnements et leur partenaire de référence.
signin-email = E-mail
signin-password = Mot de passe
signin-signed-out = Vous êtes déconnecté.
signin-expired = Votre session a expiré. Reconnectez-vous pour continuer.
signin-password-empty = Saisissez votre mot de passe.
signin-password-too-long = Un mot de passe compte au plus { $max } caractères.
signin-incorrect = L’adresse e-mail ou le mot de passe est incorrect.
email-empty = Saisissez votre adresse e-mail.
email-too-long = Une adresse e-mail compte au plus 254 caractères.
email-malformed = Saisissez une adresse e-mail comme nom@contoso.com.
auth-wrong-portal-customers = Le { $portal } est destiné aux administrateurs et utilisateurs clients, et vous êtes connecté avec un autre type de compte. Connectez-vous-y avec le bon compte depuis la page d’accueil.
auth-wrong-portal-partners = Le { $portal } est destiné aux utilisateurs partenaires, et vous êtes connecté avec un autre type de compte. Connectez-vous-y avec le bon compte depuis la page d’accueil.

## Erreurs

error-code = Erreur { $status }
error-reference = Référence :
error-start-page = Aller à la page d’accueil
error-not-found = Page introuvable
error-not-found-text = Il n’y a rien à cette adresse. La page a peut-être été déplacée, ou vous n’y avez pas accès.
error-forbidden = Accès refusé
error-bad-request = La requête n’a pas pu être lue
error-bad-request-text = La page a reçu un formulaire qu’elle n’a pas pu lire. Revenez en arrière, rechargez la page et réessayez.
error-csrf = Le formulaire a expiré
error-csrf-text = Pour votre sécurité, le formulaire n’a pas pu être envoyé. Revenez en arrière, rechargez la page et réessayez.
error-too-large = Trop de données
error-too-large-text = Le formulaire a envoyé plus de données que cette page n’en accepte. Raccourcissez votre saisie et réessayez.
error-too-many = Trop de tentatives
error-too-many-text = Vous avez essayé trop de fois en peu de temps. Réessayez dans { $seconds ->
        [one] { $seconds } seconde
       *[other] { $seconds } secondes
    }.
error-unexpected = Un problème est survenu
error-unexpected-text = Le portail n’a pas pu traiter votre demande. L’étape en échec n’a rien modifié ; réessayez dans un instant. Si cela se reproduit, donnez au support la référence ci-dessous.
error-unavailable = Momentanément indisponible
error-unavailable-text = Le portail ne parvient pas à joindre sa base de données pour le moment. Réessayez dans quelques secondes.
error-unavailable-busy-text = Le portail est occupé par d’autres modifications pour le moment. Réessayez dans quelques secondes.
error-unavailable-not-saved = Rien n’a été enregistré : renvoyez le formulaire dès que le portail répond.

## Rôles, canaux, statuts

role-global-admin = Administrateur général
role-billing-admin = Administrateur de facturation
role-user = Utilisateur
channel-office = Centre d’administration Office 365
channel-intune = Portail des comptes Microsoft Intune
channel-osa = Formulaire OSA (ancien)
status-active = Actif
status-suspended = Suspendu
status-expired = Expiré
billing-paid = Payant
billing-trial = Essai
billing-trial-explained = Essai (un essai ne rapporte jamais d’incentive au partenaire)

## Colonnes

col-subscription = Abonnement
col-seats = Licences
col-status = Statut
col-billing = Facturation
col-agreement = Contrat
col-select = Sélectionner
col-when-utc = Quand (UTC)
col-who = Qui
col-what = Quoi
col-partner = Partenaire
col-where = Où
col-customer = Client
col-since = Depuis
col-ended = Terminée
col-made-by = Faite via
col-by = Par
col-this-month = Ce mois-ci
col-month = Mois
col-eligibility = Éligibilité
col-reference = Référence
col-filed-utc = Déposée (UTC)
col-contact = Contact
col-written-utc = Rédigé (UTC)
col-to = À
col-subject = Objet
col-delivery = Remise
csv-domain = Domaine
csv-portal = Portail
csv-reason = Raison

## Centre d’administration Office 365

office-welcome-html = Bienvenue, { $name }. Vous êtes connecté au centre d’administration Office 365 pour <strong>{ $domain }</strong> en tant que { $role }.
office-home-por-html = Le partenaire qui vous aide pour un abonnement perçoit l’incentive Online Services Usage lorsque vous le désignez <strong>partenaire de référence</strong> de l’abonnement. Allez dans <a href="/office/subscriptions">Abonnements</a>, ouvrez un abonnement et saisissez l’ID MPN du partenaire.
office-subscriptions-lead = Les abonnements Office 365 de { $tenant }. Le partenaire de référence est défini pour chaque abonnement séparément, pas pour toute votre organisation : ouvrez un abonnement pour voir ou changer son partenaire.
office-subscriptions-caption = Abonnements Office 365 et leur partenaire de référence
office-no-subscriptions = Votre organisation n’a aucun abonnement Office 365.

## Portail des comptes Intune

intune-welcome-html = Bienvenue, { $name }. Vous êtes connecté au portail des comptes Microsoft Intune pour <strong>{ $tenant }</strong> en tant que { $role }.
intune-home-manage-html = Vos abonnements Microsoft Intune, Azure Active Directory Premium et Enterprise Mobility, avec leur partenaire de référence. Sélectionnez un abonnement et <strong>Ajouter</strong> pour désigner, par son ID MPN, le partenaire qui vous aide.
intune-home-office = Pour les abonnements Office 365, le partenaire de référence se définit plutôt dans le centre d’administration Office 365.
intune-manage-lead = Les abonnements de { $tenant } gérés dans ce portail. Le partenaire de référence est défini pour chaque abonnement séparément.
intune-no-subscriptions = Votre organisation n’a aucun abonnement géré dans le portail des comptes Intune.
intune-select-subscription = Sélectionnez un abonnement, puis Ajouter.

## Section partenaire de référence

por-help-link = Comment désigner un partenaire de référence
por-current-html = Partenaire de référence actuel : <strong>{ $partner }</strong> (ID MPN { $mpn })
por-since = , depuis le { $date }
por-through = , via le { $channel }
por-none = Cet abonnement n’a pas de partenaire de référence.
por-enter-html = Saisissez l’ID MPN de votre partenaire (l’ID de site qu’il vous a donné) et sélectionnez <strong>Vérifier l’ID</strong>. Pour supprimer le partenaire de référence, videz le champ et sélectionnez <strong>Vérifier l’ID</strong>.
por-found = Partenaire trouvé
por-found-id = ID MPN { $mpn } · ID de site · { $country }
por-enrolled-since = Inscrit au programme Online Services Usage depuis le { $date }.
por-enrolled = Inscrit au programme Online Services Usage.
por-already = { $partner } est déjà le partenaire de référence de cet abonnement. OK ne change rien.
por-replaces-html = Ceci remplace <strong>{ $partner }</strong> (ID MPN { $mpn }) comme partenaire de référence. Les deux partenaires recevront un e-mail.
por-make-partner = Désigner { $partner } comme partenaire de référence de { $product } ? Le partenaire recevra un e-mail.
por-remove-question = Supprimer { $partner } comme partenaire de référence ?
por-remove-explained = L’abonnement n’aura plus de partenaire de référence, { $partner } recevra un e-mail et ne percevra plus l’incentive sur cet abonnement.
mpn-empty = Saisissez l’ID MPN du partenaire, par exemple 1234567.
mpn-malformed = Un ID MPN compte de 6 à 10 chiffres, par exemple 1234567.
check-found = { $partner } a été trouvé : { $country }, inscrit au programme Online Services Usage.
check-not-found = Aucun partenaire n’a l’ID MPN { $mpn }. Vérifiez le numéro avec votre partenaire ; il figure sur son profil Microsoft Partner Network.
check-not-enrolled = { $partner } n’est pas inscrit au programme Online Services Usage et ne peut donc pas être partenaire de référence. Demandez d’abord au partenaire de s’inscrire.
check-suspended = { $partner } est suspendu dans le Microsoft Partner Network et ne peut pas être désigné partenaire de référence pour le moment.
check-global-id = { $mpn } est l’ID global de { $name }. Un partenaire de référence se désigne par un ID de site ; demandez le sien au partenaire.
check-global-id-locations = { $mpn } est l’ID global de { $name }. Un partenaire de référence se désigne par un ID de site ; utilisez plutôt l’un de ceux-ci : { $locations }.
changed-added = { $partner } est désormais le partenaire de référence de { $product }. Le partenaire a reçu un e-mail.
changed-replaced = { $partner } est désormais le partenaire de référence de { $product }, à la place de { $old }. Les deux partenaires ont reçu un e-mail.
changed-removed = { $partner } n’est plus le partenaire de référence de { $product }. Le partenaire a reçu un e-mail.
changed-unchanged = { $partner } était déjà le partenaire de référence de { $product } ; rien n’a changé.
change-forbidden = Seul un administrateur général ou un administrateur de facturation de { $tenant } peut changer le partenaire de référence.
change-not-active = Cet abonnement est { $status } ; son partenaire de référence ne peut être changé que lorsqu’il est actif.
change-nothing-to-remove = Cet abonnement n’a pas de partenaire de référence à supprimer.
change-conflict-partner = Quelqu’un a changé le partenaire de référence de cet abonnement pendant que vous décidiez. C’est maintenant { $partner }. Vérifiez de nouveau l’ID si vous voulez toujours le changer.
change-conflict-none = Quelqu’un a changé le partenaire de référence de cet abonnement pendant que vous décidiez. Il n’a maintenant plus de partenaire de référence. Vérifiez de nouveau l’ID si vous voulez toujours le changer.

## Historique d’un abonnement

history-empty = Aucun partenaire de référence n’a été défini ni changé pour cet abonnement.
history-caption = Chaque changement et chaque tentative, du plus récent au plus ancien
history-added = Ajouté
history-replaced = Remplacé
history-removed = Supprimé
history-unchanged = Aucun changement
history-refused = Refusé
history-repeated = Tenté { $count } fois ; la dernière le { $last }
history-pages = Pages de l’historique
history-newer = Plus récents
history-older = Plus anciens
refusal-forbidden = Seul un administrateur général ou un administrateur de facturation peut changer le partenaire de référence.
refusal-not-active = L’abonnement n’était pas actif.
refusal-not-found = Aucun partenaire n’a cet ID MPN.
refusal-not-enrolled = Le partenaire n’est pas inscrit au programme Online Services Usage.
refusal-suspended = Le partenaire est suspendu.
refusal-global-id = Un ID global a été saisi ; il faut un ID de site.
refusal-nothing-to-remove = Il n’y avait pas de partenaire de référence à supprimer.
refusal-conflict = Quelqu’un d’autre a changé le partenaire de référence au même moment.

## Aide

help-title = Désigner votre partenaire de référence
help-add-heading = Ajouter ou changer le partenaire
help-remove-heading = Supprimer le partenaire
help-good-to-know = Bon à savoir
help-office-lead-html = Le partenaire qui vous aide pour un abonnement peut percevoir un incentive de Microsoft, l’incentive Online Services Usage, tant que vous le désignez <strong>Digital Partner of Record</strong> de l’abonnement et que l’abonnement est activement utilisé. Voici comment le désigner dans le centre d’administration Office 365.
help-office-step1-html = Sélectionnez <a href="/office/subscriptions">Abonnements</a>.
help-office-step2-html = Sélectionnez l’abonnement. Sa page indique son <strong>partenaire de référence</strong>.
help-step-check-html = Saisissez l’<strong>ID MPN</strong> du partenaire et sélectionnez <strong>Vérifier l’ID</strong>.
help-step-ok-html = Si le partenaire est trouvé, vérifiez son nom et sélectionnez <strong>OK</strong>. Si un autre partenaire était désigné, la page indique qu’il sera remplacé.
help-emails-history-html = Le partenaire reçoit un e-mail lorsque vous l’ajoutez ou le supprimez. L’<strong>historique</strong> de l’abonnement montre chaque changement, qui l’a fait et quand.
help-office-remove-html = Ouvrez l’abonnement, videz le champ <strong>ID MPN</strong>, sélectionnez <strong>Vérifier l’ID</strong>, puis <strong>OK</strong>.
help-admins-html = Seul un <strong>administrateur général</strong> ou un <strong>administrateur de facturation</strong> peut changer le partenaire de référence. Les autres utilisateurs peuvent le voir.
help-one-partner-office = Un abonnement a au plus un partenaire de référence, défini pour chaque abonnement séparément, pas pour toute votre organisation.
help-one-partner-intune = Un abonnement a au plus un partenaire de référence, défini pour chaque abonnement séparément.
help-location-id-html = Utilisez l’<strong>ID de site</strong> du partenaire. Si vous saisissez un ID global, la page liste les ID de site du partenaire parmi lesquels choisir.
help-enrolled = Un partenaire doit être inscrit au programme Online Services Usage et actif pour être désigné.
help-office-intune-html = Pour les abonnements Microsoft Intune et Azure Active Directory Premium, le partenaire de référence se définit dans le <a href="/intune">portail des comptes Microsoft Intune</a>.
help-intune-lead-html = Le partenaire qui vous aide pour Microsoft Intune ou Azure Active Directory Premium peut percevoir l’incentive Online Services Usage tant que vous le désignez <strong>Digital Partner of Record</strong> de l’abonnement et que l’abonnement est activement utilisé. Voici comment le désigner dans ce portail.
help-intune-step1-html = Dans <strong>Administration</strong>, sélectionnez <a href="/intune/subscriptions">Gérer les détails</a>.
help-intune-step2-html = Sélectionnez l’abonnement, puis <strong>Ajouter</strong>.
help-intune-remove-html = Sélectionnez l’abonnement et <strong>Ajouter</strong>, videz le champ <strong>ID MPN</strong>, sélectionnez <strong>Vérifier l’ID</strong>, puis <strong>OK</strong>.
help-intune-office-html = Pour les abonnements Office 365, le partenaire de référence se définit dans le <a href="/office">centre d’administration Office 365</a>.
help-partner-title = Être le Digital Partner of Record d’un client
help-partner-lead = Vous percevez l’incentive Online Services Usage sur l’abonnement d’un client tant que le client vous désigne comme son Digital Partner of Record et que l’abonnement est activement utilisé.
help-partner-how = Comment un client vous ajoute
help-partner-step1-html = Donnez au client votre <strong>ID de site</strong> (votre ID MPN pour le site qui est payé), pas votre ID global.
help-partner-step2-html = Pour Office 365, l’administrateur du client ouvre l’abonnement dans le centre d’administration Office 365, saisit votre ID MPN, sélectionne <strong>Vérifier l’ID</strong> et <strong>OK</strong>.
help-partner-step3-html = Pour Microsoft Intune et Azure Active Directory Premium, l’administrateur fait de même dans le portail des comptes Microsoft Intune : Administration, <strong>Gérer les détails</strong>, l’abonnement, <strong>Ajouter</strong>.
help-partner-step4-html = Vous recevez un e-mail, et l’association apparaît sur votre page <a href="/partner">Associations</a>.
help-partner-eligible = Quand un mois est éligible
help-partner-rule-por = Vous étiez partenaire de référence ce mois-là, désigné dans l’un des deux portails. Une association faite uniquement via l’ancien formulaire OSA ne compte qu’avant janvier 2016 ; demandez au client de vous ajouter comme Digital Partner of Record.
help-partner-rule-enrolled = Votre ID MPN était inscrit au programme Online Services Usage et est actif.
help-partner-rule-paid = L’abonnement est payant ; les essais ne comptent jamais.
help-partner-rule-usage = Au moins une charge de travail avait assez d’utilisateurs actifs ce mois-là : 5 % des licences et au moins un utilisateur, sauf indication contraire de votre programme.
help-partner-months = La page de chaque association montre douze mois, avec la raison en clair pour chaque mois non éligible.

## Statut des associations partenaire

partner-enrolled-since = Inscrit depuis le { $date }
partner-not-enrolled = Non inscrit : aucune association ne rapporte l’incentive tant que vous n’êtes pas inscrit
partner-location-ids = ID de site
partner-locations-explained = Les incentives sont versés sur les ID de site ; les clients désignent un ID de site comme partenaire de référence.
partner-associations-lead = Les abonnements dont vous êtes ou avez été le Digital Partner of Record, avec l’éligibilité à l’incentive de ce mois ({ $month }) et la raison lorsqu’elle manque.
partner-associations-caption = Associations, page { $page }
filter-show = Afficher
filter-all = Toutes les associations
filter-eligible = Éligibles ce mois-ci
filter-not-eligible = Non éligibles ce mois-ci
filter-ended = Terminées
filter-customer-name = Nom du client
filter = Filtrer
filter-error-control = Un nom de client ne contient ni caractère de contrôle (sauts de ligne, tabulations, etc.) ni caractère de mise en forme invisible.
download-csv = Télécharger le CSV
partner-empty-bad-filter = Corrigez le nom du client pour voir les associations.
partner-empty-no-more = Il n’y a plus d’associations.
partner-empty-none = Aucun client ne vous a encore désigné partenaire de référence.
partner-empty-filter = Aucune association ne correspond à ce filtre.
association-title = { $product } pour { $customer }
association-since = { $date }, faite via le { $channel }
association-ended = Terminée le { $date }
association-current = Vous êtes le partenaire de référence
association-usage-needed = Utilisation active requise
association-users-needed = { $users } utilisateurs actifs dans au moins une charge de travail
chart-heading = Utilisateurs actifs et éligibilité, { $months } derniers mois
chart-title = Utilisateurs actifs par charge de travail, { $product } pour { $customer }
chart-description = Utilisateurs actifs par charge de travail sur les { $months } derniers mois. Éligible pendant { $eligible } d’entre eux. Une charge de travail a besoin de { $needed } utilisateurs actifs pour que le mois compte.
chart-needed = Requis : { $users } utilisateurs actifs
chart-eligible-month = Mois éligible
months-caption = Éligibilité et utilisateurs actifs par mois
reason-not-partner = pas partenaire de référence ce mois-là
reason-osa-form = associé uniquement via le formulaire OSA ; le client doit vous ajouter comme Digital Partner of Record
reason-not-enrolled = votre ID MPN n’était pas inscrit au programme Online Services Usage ce mois-là
reason-suspended = votre ID MPN est suspendu
reason-trial = un abonnement d’essai ne rapporte jamais l’incentive
reason-no-usage = aucune charge de travail n’a atteint { $needed } { $needed ->
        [one] utilisateur actif
       *[other] utilisateurs actifs
    } (au plus { $best })
reason-separator = {" ; "}
partner-ended-heading = Associations terminées
partner-ended-none = Aucune de vos associations n’est terminée.
partner-ended-caption = Associations terminées, de la plus récente à la plus ancienne
partner-changes-heading = Changements
partner-changes-none = Aucun client ne vous a encore ajouté ni supprimé.
partner-changes-caption = Chaque fois qu’un client vous a ajouté ou supprimé, du plus récent au plus ancien
partner-event-added = Ajouté comme partenaire de référence
partner-event-added-replacing = Ajouté comme partenaire de référence, à la place d’un autre partenaire
partner-event-replaced = Remplacé par un autre partenaire
partner-event-removed = Supprimé comme partenaire de référence
partner-event-changed = Modifié
notifications-lead = Les e-mails que le portail vous a envoyés lorsqu’un client vous a ajouté ou supprimé comme partenaire de référence, et s’ils ont été remis.
notifications-email-language = Langue de vos e-mails
notifications-email-language-saved = Vos e-mails seront rédigés en { $language }.
notifications-none = Aucun e-mail ne vous a encore été envoyé.
notifications-caption = E-mails, du plus récent au plus ancien
notifications-last-error = Dernière erreur : { $error }
notification-sent = Envoyé le { $when } UTC
notification-waiting = En attente d’envoi
notification-retrying = Pas encore remis ({ $attempts } { $attempts ->
        [one] tentative
       *[other] tentatives
    }) ; il sera renvoyé

## Support

support-new = Nouvelle demande de support
support-intro-html = Choisissez une <strong>catégorie</strong>, puis un <strong>sujet</strong>, puis le <strong>problème</strong>, décrivez-le et indiquez comment vous souhaitez être contacté.
support-category = Catégorie
support-topic = Sujet
support-issue = Problème
support-choose-category = Choisissez une catégorie
support-choose-topic = Choisissez un sujet
support-choose-issue = Choisissez un problème
support-next = Suivant
support-description = Description
support-contact-question = Comment devons-nous vous contacter ?
support-submit = Envoyer
support-my-requests = Mes demandes
support-none-yet = Vous n’avez encore déposé aucune demande de support.
support-requests-caption = Vos demandes de support, de la plus récente à la plus ancienne
support-open = Ouverte
support-closed = Fermée
contact-chat = Chat
contact-forum = Forum
contact-email = E-mail
support-received-email = Votre demande { $reference } a été reçue. Une confirmation est en route vers votre adresse e-mail.
support-received-chat = Votre demande { $reference } a été reçue. Un agent du support ouvrira un chat avec vous ici.
support-received-forum = Votre demande { $reference } a été reçue. Votre question recevra une réponse dans le forum de support.
support-error-no-issue = Sélectionnez une catégorie, un sujet et un problème.
support-error-short = Décrivez le problème en au moins 10 caractères.
support-error-long = Une description compte au plus { $max } caractères.
support-error-control = La description ne peut contenir ni caractère de contrôle ni caractère de mise en forme invisible (comme un forçage de droite à gauche).
support-error-no-contact = Choisissez comment être contacté : Chat, Forum ou E-mail.

## E-mails

email-hello = Bonjour { $name },
email-notice-subject-added = { $customer } vous a désigné Digital Partner of Record pour { $product }
email-notice-subject-removed = { $customer } vous a retiré comme Digital Partner of Record pour { $product }
email-notice-added = { $customer } ({ $domain }) vous a désigné Digital Partner of Record (DPOR) de son abonnement { $product }.
email-notice-removed = { $customer } ({ $domain }) vous a retiré comme Digital Partner of Record (DPOR) de son abonnement { $product }.
email-notice-replaced = Le client a désigné un autre partenaire de référence.
email-partner-mpn = ID MPN du partenaire
email-customer = Client
email-subscription = Abonnement
email-subscription-seats = { $product }, { $seats } licences
email-added-by = Ajouté par
email-removed-by = Retiré par
email-when = Quand
email-where = Où
email-notice-added-after = Vous percevez l’incentive Online Services Usage sur cet abonnement tant que vous en restez le partenaire de référence et que ses charges de travail sont activement utilisées. Votre page de statut des associations montre l’éligibilité de chaque mois.
email-notice-removed-after = Désormais, cet abonnement ne vous rapporte plus l’incentive Online Services Usage. Si vous pensez qu’il s’agit d’une erreur, contactez le client.
email-notice-footer = Ce message a été envoyé par le portail DPOR parce qu’un client a changé le partenaire de référence d’un abonnement.
email-support-subject = Votre demande de support { $reference } a été reçue
email-support-received = Votre demande de support { $reference } a été reçue le { $when }.
email-support-issue = Problème
email-support-wrote = Ce que vous avez écrit
email-support-next = Nous vous répondrons par e-mail. Indiquez { $reference } dans tout message concernant cette demande.
error-method = Cette adresse reçoit un formulaire
error-method-text = Cette adresse est celle où un formulaire est envoyé ; elle n’a pas de page propre. Revenez à la page où se trouvait le formulaire.

## The operator area, accounts and passwords
area-operator = Espace opérateur
brand-operator-app = Exploitation
nav-tenants = Locataires
nav-activity = Activité
signin-lead-operator = Connectez-vous avec votre compte d’opérateur pour accueillir clients et partenaires et exploiter le portail.
signin-password-set = Votre mot de passe est défini. Connectez-vous avec lui.
auth-wrong-portal-operators = Le portail { $portal } est réservé aux opérateurs, et vous êtes connecté avec un autre type de compte. Connectez-vous-y avec le bon compte depuis la page d’accueil.
password-set-title = Définir le mot de passe
password-set-lead-html = Choisissez le mot de passe de <strong>{ $email }</strong>. Le lien fonctionne une fois ; ensuite, vous vous connectez avec votre adresse e-mail et ce mot de passe.
password-new = Nouveau mot de passe
password-confirm = Confirmer le mot de passe
password-hint = Au moins 12 caractères. Quelques mots à la suite sont faciles à retenir et difficiles à deviner.
password-set-button = Définir le mot de passe
password-too-short = Un mot de passe compte au moins { $min } caractères.
password-too-long = Un mot de passe compte au plus { $max } caractères.
password-mismatch = Les deux mots de passe ne sont pas identiques. Saisissez le même mot de passe dans les deux champs.
link-unknown = Ce lien ne fonctionne pas
link-unknown-text = Aucun lien de ce type n’a été créé ici. Copiez le lien complet depuis l’e-mail, ou depuis la personne qui vous l’a donné.
link-used = Ce lien a déjà été utilisé
link-used-text = Un lien pour définir un mot de passe fonctionne une fois. Si vous avez défini votre mot de passe, connectez-vous avec lui ; sinon, demandez un nouveau lien.
link-expired = Ce lien a expiré
link-expired-text = Un lien pour définir un mot de passe fonctionne pendant 72 heures. Demandez un nouveau lien.
tenant-new = Nouveau locataire
tenant-name = Nom
tenant-domain = Domaine
tenant-domain-hint = Le domaine par défaut du locataire, par exemple tailwind.onmicrosoft.com.
tenant-created = Locataire { $name } créé.
tenant-name-empty = Saisissez le nom de l’organisation.
tenant-name-too-long = Un nom compte au plus { $max } caractères.
tenant-name-control = Un nom ne peut contenir ni saut de ligne, ni tabulation, ni autre caractère de contrôle, ni caractère de mise en forme invisible (comme un forçage de droite à gauche).
tenant-domain-empty = Saisissez le domaine du locataire, par exemple tailwind.onmicrosoft.com.
tenant-domain-malformed = Un domaine est fait de noms de lettres, de chiffres et de tirets reliés par des points, par exemple tailwind.onmicrosoft.com.
tenant-domain-taken = Un locataire avec le domaine { $domain } existe déjà. Chaque locataire a son propre domaine.
operator-tenants-lead = Les organisations clientes du portail. Cherchez par nom ou par domaine.
operator-search-tenants = Nom ou domaine
search = Rechercher
operator-no-tenants = Aucun locataire pour l’instant. Créez le premier avec « Nouveau locataire ».
operator-no-tenants-found = Aucun locataire ne correspond à cette recherche.
operator-tenants-caption = Locataires, par nom
col-created-utc = Créé (UTC)
pager-page = Page { $page }
create = Créer
operator-users = Utilisateurs
operator-no-users = Aucun utilisateur pour l’instant.
operator-no-subscriptions = Aucun abonnement pour l’instant.
col-name = Nom
col-role = Rôle
col-portal = Portail
operator-activity-lead = Chaque modification faite par un opérateur, la plus récente d’abord.
operator-no-activity = Aucune modification pour l’instant.
operator-activity-caption = Modifications faites par les opérateurs
operator-col-subject = Concerne
operator-col-change = De → à
operator-command-line = Ligne de commande
activity-tenant-created = Locataire créé
activity-operator-added = Opérateur ajouté
activity-operator-link = Lien pour définir le mot de passe créé
user-new = Nouvel utilisateur
user-new-lead = Un utilisateur de { $tenant }. Il reçoit un e-mail avec un lien pour définir son mot de passe ; d’ici là, il ne peut pas se connecter.
user-invited = { $name } a été ajouté, et une invitation a été envoyée à { $email }.
user-email-taken = Un utilisateur se connecte déjà avec { $email }.
user-name-empty = Saisissez le nom de la personne.
user-name-too-long = Un nom compte au plus { $max } caractères.
user-name-control = Un nom ne peut contenir ni saut de ligne, ni tabulation, ni autre caractère de contrôle, ni caractère de mise en forme invisible (comme un forçage de droite à gauche).
user-role-saved = Rôle enregistré : { $role }.
user-role-unchanged = L’utilisateur avait déjà ce rôle ; rien n’a changé.
user-deactivated = L’utilisateur a été désactivé. Il ne peut plus se connecter ; son historique est conservé.
user-actions = Actions
user-role-of = Rôle de { $name }
user-status-invited = Invité, pas encore de mot de passe
user-status-active = Actif
user-status-deactivated = Désactivé
user-deactivate = Désactiver
user-deactivate-who = Désactiver { $name }
activity-user-created = Utilisateur ajouté et invité
activity-role-changed = Rôle modifié
activity-user-deactivated = Utilisateur désactivé
email-invitation-subject = Votre accès au { $portal }
email-invitation-hello = Bonjour { $name },
email-invitation-body = Vous avez reçu l’accès au { $portal } pour { $organisation }.
email-invitation-set = Définir votre mot de passe
email-invitation-expires = Le lien fonctionne une fois, jusqu’au { $when }.
email-invitation-sign-in = Connectez-vous ensuite avec { $email } et votre mot de passe.
email-invitation-portal-customer = Centre d’administration Office 365 et portail de compte Microsoft Intune
email-invitation-portal-partner = pages d’état des partenaires
email-invitation-portal-operator = espace opérateur du portail DPOR
subscription-new = Nouvel abonnement
subscription-new-lead = Un abonnement de { $tenant }. Son produit décide du portail dans lequel les administrateurs du locataire désignent son partenaire de référence.
subscription-product = Produit
subscription-choose-product = Choisir un produit
subscription-product-in = { $product } ({ $portal })
subscription-product-unknown = Choisissez un produit dans la liste.
subscription-agreement = Contrat
subscription-agreement-hint = Le mode d’achat, par exemple EA ou MOSP.
subscription-created = Abonnement créé.
subscription-change = Modifier les licences, la facturation ou l’état
subscription-change-lead = Une modification prend effet à la date indiquée (aujourd’hui au plus tard) et s’ajoute à l’historique ci-dessous ; ce qui valait avant cette date reste inchangé.
subscription-effective-from = En vigueur à partir du
subscription-history-caption = Licences, facturation et état, le plus récent d’abord
subscription-recorded-utc = Enregistré (UTC)
subscription-saved = Enregistré. La modification figure dans l’historique.
subscription-unchanged = Ces informations valaient déjà à cette date ; rien n’a changé.
seats-not-a-number = Saisissez le nombre de licences, par exemple 20.
seats-below-zero = Le nombre de licences ne peut pas être inférieur à zéro.
seats-too-many = Un abonnement compte au plus { $max } licences.
agreement-empty = Saisissez le contrat, par exemple EA ou MOSP.
agreement-malformed = Un contrat compte jusqu’à 20 lettres, chiffres, espaces ou tirets, par exemple EA ou MOSP.
date-malformed = Saisissez la date à laquelle la modification prend effet, par exemple 2026-11-01.
date-in-the-future = Une modification ne peut pas prendre effet après aujourd’hui.
activity-subscription-created = Abonnement créé
activity-subscription-changed = Abonnement modifié
facts-value = { $seats ->
    [one] 1 licence
   *[other] { $seats } licences
}, { $billing }, { $status }
facts-value-from = { $facts }, à partir du { $date }
date-before-history = L’historique de cet abonnement commence le { $date }, date de sa création ; une modification ne peut pas prendre effet avant.
forgot-title = Mot de passe oublié ?
forgot-lead = Saisissez l’adresse e-mail avec laquelle vous vous connectez. Si un compte l’utilise ici, nous lui envoyons un lien pour définir un nouveau mot de passe ; le lien fonctionne une fois, pendant 72 heures.
forgot-send = Envoyer le lien
forgot-back = Retour à la connexion
forgot-sent = Si un compte utilise cette adresse ici, un lien pour définir un nouveau mot de passe est en route. Le lien fonctionne une fois, pendant 72 heures. Rien reçu ? Vérifiez l’adresse ou demandez à votre administrateur.
link-ask-new = M’envoyer un nouveau lien
email-reset-subject = Un nouveau mot de passe pour le { $portal }
email-reset-body = Quelqu’un a demandé un nouveau mot de passe pour votre compte sur le { $portal }. Si c’était vous, utilisez le lien ci-dessous. Sinon, ignorez cet e-mail : votre mot de passe reste tel quel.
nav-operators = Opérateurs
operators-lead = Les personnes qui exploitent le portail. Un nouvel opérateur reçoit un e-mail avec un lien pour définir son mot de passe.
operators-caption = Opérateurs, par nom
operator-new = Nouvel opérateur
operator-new-lead = Une autre personne qui exploitera le portail. Elle reçoit un e-mail avec un lien pour définir son mot de passe ; d’ici là, elle ne peut pas se connecter.
operator-email-taken = Un opérateur se connecte déjà avec { $email }.
nav-partners = Partenaires
operator-partners-lead = Les MPN ID des partenaires dans le portail. Cherchez par nom ou par MPN ID.
operator-search-partners = Nom ou MPN ID
operator-no-partners = Aucun partenaire pour l’instant. Chargez-les avec dpor-portal import partners.
operator-no-partners-found = Aucun partenaire ne correspond à cette recherche.
operator-partners-caption = Partenaires, par nom
operator-enrolled = Inscrit au programme Online Services Usage
operator-not-enrolled = Non inscrit
operator-contact = E-mail de contact
operator-locations = ID d’emplacement

## Inscription et état d’un partenaire, avec la date de prise d’effet
enrolled-since = Depuis le { $date }
partner-enrollment = Inscription OSU
enrollment-enrolled = Inscrit
partner-change = Modifier l’inscription ou l’état
partner-change-lead = Une modification prend effet à la date indiquée (aujourd’hui au plus tard) et s’ajoute à l’historique ci-dessous ; ce qui valait avant cette date reste inchangé, de sorte que les mois déjà acquis sont jugés sur leurs informations d’alors.
partner-history-caption = Inscription et état, le plus récent d’abord
partner-saved = Enregistré. La modification figure dans l’historique du partenaire.
partner-unchanged = Ces informations valaient déjà à cette date ; rien n’a changé.
partner-date-before-history = L’historique de ce partenaire commence le { $date } ; une modification ne peut pas prendre effet avant.
activity-partner-changed = Partenaire modifié
partner-facts-value = { $enrollment }, { $status }

## Abonnements de tous les locataires, dans l’espace des opérateurs
operator-subscriptions-lead = Les abonnements de tous les locataires. Ouvrez-en un pour modifier ses licences, sa facturation ou son état à partir d’une date ; un nouvel abonnement se crée depuis la page de son locataire.
operator-search-subscriptions = Produit, locataire ou domaine
operator-subscriptions-caption = Abonnements, par locataire et produit
operator-no-subscriptions-yet = Aucun locataire n’a encore d’abonnement. Créez-en un depuis la page d’un locataire (Nouvel abonnement).
operator-no-subscriptions-found = Aucun abonnement ne correspond à cette recherche.
col-product = Produit
col-tenant = Locataire

## Imports dans l’espace des opérateurs
nav-imports = Imports
imports-lead = Chargez un fichier CSV d’utilisation, de partenaires, de locataires, d’utilisateurs ou d’abonnements, aux formats décrits dans le README. Chaque ligne est d’abord vérifiée et rien ne change tant que toutes ne sont pas valides (ou que vous choisissez d’ignorer les mauvaises) ; puis les lignes sont écrites quelques centaines à la fois, de sorte que le portail continue de servir pendant le chargement d’un gros fichier.
import-new = Nouvel import
import-kind = Type
import-kind-usage = Utilisation (subscription_id, workload, month, active_users)
import-kind-partners = Partenaires (mpn_id, name, kind, parent_mpn_id, country, contact_email, enrolled_since, status)
import-kind-tenants = Locataires (name, domain)
import-kind-users = Utilisateurs (tenant_domain, name, email, role) : chaque nouvel utilisateur reçoit une invitation
import-file = Fichier
import-file-hint = Un fichier CSV avec une ligne d’en-tête, jusqu’à 1 Gio.
import-skip-invalid = Importer les lignes valides et lister les mauvaises (sinon un fichier avec une mauvaise ligne n’importe rien)
import-kind-unknown = Choisissez ce que contient le fichier.
import-file-missing = Choisissez un fichier CSV non vide.
imports-latest = Derniers imports
imports-none = Aucun fichier n’a encore été importé ici.
imports-caption = Imports, le plus récent d’abord
import-status-checking = Vérification des lignes
import-status-applying = Écriture des lignes
import-status-done = Terminé
import-status-failed = Rien importé, ou interrompu
import-progress = Progression
import-counts-checking = { $checked } lignes vérifiées.
import-counts-applying = { $applied } lignes écrites sur { $total }.
import-running-hint = Vous pouvez quitter cette page : l’import continue et son résultat sera ici.
import-stalled = Interrompu
import-stalled-text = Cet import s’est arrêté avant la fin : l’instance du portail qui l’exécutait a probablement redémarré. Les lignes déjà écrites restent ; importez de nouveau le même fichier pour le terminer.
import-result = Résultat
import-added = Lignes ajoutées
import-changed = Lignes modifiées
import-unchanged = Lignes inchangées
import-refused-rows = Lignes refusées
import-kind-subscriptions = Abonnements (tenant_domain, product, agreement, seats, billing, status, effective_from)

# Emails (operator area)
nav-emails = E-mails
emails-lead = Chaque e-mail du portail attend dans la boîte d'envoi jusqu'à ce que le serveur de messagerie l'accepte. Celui que le serveur refuse définitivement, ou qui échoue encore à la dernière tentative, reste ici jusqu'à ce que vous le renvoyiez.
emails-waiting = En attente : { $count }
emails-failed = En échec : { $count }
emails-sent-last-day = Envoyés ces dernières 24 heures : { $count }
emails-none-failed = Aucun e-mail n'a échoué.
emails-failed-caption = E-mails non distribués, les plus récents en premier
emails-col-failed = Échec (UTC)
emails-attempts = { $attempts } { $attempts ->
    [one] tentative
   *[other] tentatives
}
emails-resend = Renvoyer
emails-resend-to = Renvoyer l'e-mail à { $recipient }
email-resent = L'e-mail sera renvoyé.
email-not-failed = Cet e-mail n'attend pas d'être renvoyé : il a déjà été distribué ou renvoyé.
activity-email-resent = E-mail renvoyé
notification-failed = Non distribué ; le portail a cessé d'essayer. Ses opérateurs peuvent le renvoyer.
