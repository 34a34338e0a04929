# The portal's words in English. Every message here must exist in de, fr and ja too (a unit test
# compares the files). Messages ending in -html carry markup; their arguments are escaped.

## Frame

dpor = Digital Partner of Record
area-home = DPOR Portal
area-office = Office 365 admin center
area-intune = Microsoft Intune account portal
area-partner = Partner association status
brand-office-app = Admin center
brand-intune-app = Account portal
brand-partner-app = Association status
skip-to-content = Skip to main content
footer-portal = Digital Partner of Record (DPOR) portal
footer-all-portals = All portals
select-language = Select your language
language-change = Change
sign-in = Sign in
sign-out = Sign out
nav-home = Home
nav-subscriptions = Subscriptions
nav-support = Support
nav-help = Help
nav-admin = Admin
nav-manage-details = Manage details
nav-associations = Associations
nav-notifications = Notifications
history = History
partner-of-record = Partner of record
mpn-id = MPN ID
check-id = Check ID
ok = OK
add = Add
cancel = Cancel
save = Save
none = None
not-recorded = not recorded
trial = trial
eligible = Eligible
not-eligible = Not eligible
global-id = global ID
location-id = location ID
osu-program = Online Services Usage program
sentence-end = .
pages = Pages
page-previous = Previous page
page-next = Next page

## Start page

landing-title = Welcome
landing-lead-html = A customer names the partner that helps with a subscription, its <strong>Digital Partner of Record</strong> (DPOR), by the partner's MPN ID. The partner earns the Online Services Usage incentive while it is the partner of record and the subscription is in active use.
landing-office-html = For Office 365 and Exchange Online subscriptions: Subscriptions, then the subscription's details, then the partner's MPN ID, <strong>Check ID</strong> and <strong>OK</strong>.
landing-intune-html = For Microsoft Intune and Azure Active Directory Premium subscriptions: Admin, <strong>Manage details</strong>, select the subscription, <strong>Add</strong>, then the MPN ID.
landing-partner = For partners: where you are the partner of record, since when, and whether each subscription earns the incentive this month, and why not.

## Sign-in

signin-lead-partner = Sign in with your partner account to see where you are the Digital Partner of Record and whether you earn the Online Services Usage incentive.
signin-lead-customer = Sign in with your work account to manage your subscriptions and their partner of record.
signin-email = Email
signin-password = Password
signin-signed-out = You have signed out.
signin-expired = Your session has expired. Sign in again to continue.
signin-password-empty = Enter your password.
signin-password-too-long = A password has at most { $max } characters.
signin-incorrect = The email or password is incorrect.
email-empty = Enter your email address.
email-too-long = An email address has at most 254 characters.
email-malformed = Enter an email address like name@contoso.com.
auth-wrong-portal-customers = The { $portal } is for customer admins and users, and you are signed in with another kind of account. Sign in to it with the right account from the start page.
auth-wrong-portal-partners = The { $portal } is for partner users, and you are signed in with another kind of account. Sign in to it with the right account from the start page.

## Errors

error-code = Error { $status }
error-reference = Reference:
error-start-page = Go to the start page
error-not-found = Page not found
error-not-found-text = There is nothing at this address. It may have moved, or you may not have access to it.
error-forbidden = Access denied
error-bad-request = The request could not be read
error-bad-request-text = The page received a form it could not read. Go back, reload the page and try again.
error-csrf = The form has expired
error-csrf-text = For your security the form could not be sent. Go back, reload the page and try again.
error-too-large = Too much data
error-too-large-text = The form sent more data than this page accepts. Shorten what you typed and try again.
error-too-many = Too many attempts
error-too-many-text = You have tried this too many times in a short while. Try again in { $seconds ->
        [one] { $seconds } second
       *[other] { $seconds } seconds
    }.
error-unexpected = Something went wrong
error-unexpected-text = The portal could not complete your request. Nothing was changed by the failed step; try again in a moment. If it keeps happening, give support the reference below.
error-unavailable = Temporarily unavailable
error-unavailable-text = The portal cannot reach its database at the moment. Try again in a few seconds.
error-unavailable-busy-text = The portal is busy with other changes at the moment. Try again in a few seconds.
error-unavailable-not-saved = Nothing was saved: send the form again once the portal answers.

## Roles, channels, statuses

role-global-admin = Global admin
role-billing-admin = Billing admin
role-user = User
channel-office = Office 365 admin center
channel-intune = Microsoft Intune account portal
channel-osa = OSA form (legacy)
status-active = Active
status-suspended = Suspended
status-expired = Expired
billing-paid = Paid
billing-trial = Trial
billing-trial-explained = Trial (a trial never earns the partner an incentive)

## Columns

col-subscription = Subscription
col-seats = Seats
col-status = Status
col-billing = Billing
col-agreement = Agreement
col-select = Select
col-when-utc = When (UTC)
col-who = Who
col-what = What
col-partner = Partner
col-where = Where
col-customer = Customer
col-since = Since
col-ended = Ended
col-made-by = Made by
col-by = By
col-this-month = This month
col-month = Month
col-eligibility = Eligibility
col-reference = Reference
col-filed-utc = Filed (UTC)
col-contact = Contact
col-written-utc = Written (UTC)
col-to = To
col-subject = Subject
col-delivery = Delivery
csv-domain = Domain
csv-portal = Portal
csv-reason = Reason

## Office 365 admin center

office-welcome-html = Welcome, { $name }. You are signed in to the Office 365 admin center for <strong>{ $domain }</strong> as { $role }.
office-home-por-html = The partner that helps you with a subscription earns the Online Services Usage incentive when you name it the subscription's <strong>partner of record</strong>. Go to <a href="/office/subscriptions">Subscriptions</a>, open a subscription and enter the partner's MPN ID.
office-subscriptions-lead = The Office 365 subscriptions of { $tenant }. The partner of record is set for each subscription on its own, not for your whole organisation: open a subscription to see or change its partner.
office-subscriptions-caption = Office 365 subscriptions and their partner of record
office-no-subscriptions = Your organisation has no Office 365 subscriptions.

## Intune account portal

intune-welcome-html = Welcome, { $name }. You are signed in to the Microsoft Intune account portal for <strong>{ $tenant }</strong> as { $role }.
intune-home-manage-html = Your Microsoft Intune, Azure Active Directory Premium and Enterprise Mobility subscriptions, with their partner of record. Select a subscription and <strong>Add</strong> to name the partner that helps you with it, by its MPN ID.
intune-home-office = Office 365 subscriptions have their partner of record set in the Office 365 admin center instead.
intune-manage-lead = The subscriptions of { $tenant } managed in this portal. The partner of record is set for each subscription on its own.
intune-no-subscriptions = Your organisation has no subscriptions managed in the Intune account portal.
intune-select-subscription = Select a subscription, then select Add.

## Partner of record section

por-help-link = How naming a partner of record works
por-current-html = Current partner of record: <strong>{ $partner }</strong> (MPN ID { $mpn })
por-since = , since { $date }
por-through = , through the { $channel }
por-none = This subscription has no partner of record.
por-enter-html = Enter your partner's MPN ID (the location ID they gave you) and select <strong>Check ID</strong>. To remove the partner of record, empty the field and select <strong>Check ID</strong>.
por-found = Partner found
por-found-id = MPN ID { $mpn } · location ID · { $country }
por-enrolled-since = Enrolled in the Online Services Usage program since { $date }.
por-enrolled = Enrolled in the Online Services Usage program.
por-already = { $partner } is already the partner of record for this subscription. OK changes nothing.
por-replaces-html = This replaces <strong>{ $partner }</strong> (MPN ID { $mpn }) as partner of record. Both partners will be sent an email.
por-make-partner = Make { $partner } the partner of record for { $product }? The partner will be sent an email.
por-remove-question = Remove { $partner } as partner of record?
por-remove-explained = The subscription will have no partner of record, { $partner } will be sent an email, and it stops earning the incentive on this subscription.
mpn-empty = Enter the partner's MPN ID, like 1234567.
mpn-malformed = An MPN ID has 6 to 10 digits, like 1234567.
check-found = { $partner } was found: { $country }, enrolled in the Online Services Usage program.
check-not-found = No partner has the MPN ID { $mpn }. Check the number with your partner; it is on their Microsoft Partner Network profile.
check-not-enrolled = { $partner } is not enrolled in the Online Services Usage program, so it cannot be the partner of record. Ask the partner to enroll first.
check-suspended = { $partner } is suspended in the Microsoft Partner Network and cannot be made the partner of record now.
check-global-id = { $mpn } is the global ID of { $name }. A partner of record is named by a location ID; ask the partner for theirs.
check-global-id-locations = { $mpn } is the global ID of { $name }. A partner of record is named by a location ID; use one of these instead: { $locations }.
changed-added = { $partner } is now the partner of record for { $product }. The partner has been sent an email.
changed-replaced = { $partner } is now the partner of record for { $product }, replacing { $old }. Both partners have been sent an email.
changed-removed = { $partner } is no longer the partner of record for { $product }. The partner has been sent an email.
changed-unchanged = { $partner } was already the partner of record for { $product }; nothing changed.
change-forbidden = Only a global admin or a billing admin of { $tenant } can change the partner of record.
change-not-active = This subscription is { $status }; its partner of record can be changed only while it is active.
change-nothing-to-remove = This subscription has no partner of record to remove.
change-conflict-partner = Someone changed this subscription's partner of record while you were deciding. It is now { $partner }. Check the ID again if you still want to change it.
change-conflict-none = Someone changed this subscription's partner of record while you were deciding. It now has no partner of record. Check the ID again if you still want to change it.

## Subscription history

history-empty = No partner of record has been set or changed for this subscription.
history-caption = Every change and attempt, newest first
history-added = Added
history-replaced = Replaced
history-removed = Removed
history-unchanged = No change
history-refused = Refused
history-repeated = Tried { $count } times; the last on { $last }
history-pages = Pages of the history
history-newer = Newer
history-older = Older
refusal-forbidden = Only a global admin or a billing admin can change the partner of record.
refusal-not-active = The subscription was not active.
refusal-not-found = No partner has this MPN ID.
refusal-not-enrolled = The partner is not enrolled in the Online Services Usage program.
refusal-suspended = The partner is suspended.
refusal-global-id = A global ID was given; a location ID is needed.
refusal-nothing-to-remove = There was no partner of record to remove.
refusal-conflict = Someone else changed the partner of record at the same time.

## Help

help-title = Naming your partner of record
help-add-heading = Add or change the partner
help-remove-heading = Remove the partner
help-good-to-know = Good to know
help-office-lead-html = The partner that helps you with a subscription can earn an incentive from Microsoft, the Online Services Usage incentive, while you name it the subscription's <strong>Digital Partner of Record</strong> and the subscription is in active use. Here is how to name it in the Office 365 admin center.
help-office-step1-html = Select <a href="/office/subscriptions">Subscriptions</a>.
help-office-step2-html = Select the subscription. Its page shows its <strong>Partner of record</strong>.
help-step-check-html = Type the partner's <strong>MPN ID</strong> and select <strong>Check ID</strong>.
help-step-ok-html = If the partner is found, check its name and select <strong>OK</strong>. If another partner was named before, the page says it will be replaced.
help-emails-history-html = The partner is sent an email when you add or remove it. The subscription's <strong>History</strong> shows every change, who made it and when.
help-office-remove-html = Open the subscription, empty the <strong>MPN ID</strong> field, select <strong>Check ID</strong>, then <strong>OK</strong>.
help-admins-html = Only a <strong>global admin</strong> or a <strong>billing admin</strong> can change the partner of record. Other users can see it.
help-one-partner-office = A subscription has one partner of record at most, and it is set for each subscription on its own, not for your whole organisation.
help-one-partner-intune = A subscription has one partner of record at most, set for each subscription on its own.
help-location-id-html = Use the partner's <strong>location ID</strong>. If you type a global ID, the page lists the partner's location IDs to choose from.
help-enrolled = A partner must be enrolled in the Online Services Usage program and active to be named.
help-office-intune-html = Microsoft Intune and Azure Active Directory Premium subscriptions have their partner of record set in the <a href="/intune">Microsoft Intune account portal</a>.
help-intune-lead-html = The partner that helps you with Microsoft Intune or Azure Active Directory Premium can earn the Online Services Usage incentive while you name it the subscription's <strong>Digital Partner of Record</strong> and the subscription is in active use. Here is how to name it in this portal.
help-intune-step1-html = In <strong>Admin</strong>, select <a href="/intune/subscriptions">Manage details</a>.
help-intune-step2-html = Select the subscription, then <strong>Add</strong>.
help-intune-remove-html = Select the subscription and <strong>Add</strong>, empty the <strong>MPN ID</strong> field, select <strong>Check ID</strong>, then <strong>OK</strong>.
help-intune-office-html = Office 365 subscriptions have their partner of record set in the <a href="/office">Office 365 admin center</a>.
help-partner-title = Being a customer's Digital Partner of Record
help-partner-lead = You earn the Online Services Usage incentive on a customer's subscription while the customer names you its Digital Partner of Record and the subscription is actively used.
help-partner-how = How a customer adds you
help-partner-step1-html = Give the customer your <strong>location ID</strong> (your MPN ID for the location that is paid), not your global ID.
help-partner-step2-html = For Office 365, the customer's admin opens the subscription in the Office 365 admin center, types your MPN ID, selects <strong>Check ID</strong> and <strong>OK</strong>.
help-partner-step3-html = For Microsoft Intune and Azure Active Directory Premium, the admin does the same in the Microsoft Intune account portal: Admin, <strong>Manage details</strong>, the subscription, <strong>Add</strong>.
help-partner-step4-html = You receive an email, and the association appears on your <a href="/partner">Associations</a> page.
help-partner-eligible = When a month is eligible
help-partner-rule-por = You were the partner of record that month, named in one of the two portals. An association made only through the old OSA form counts only before January 2016; ask the customer to add you as Digital Partner of Record.
help-partner-rule-enrolled = Your MPN ID was enrolled in the Online Services Usage program and is active.
help-partner-rule-paid = The subscription is paid; trials never count.
help-partner-rule-usage = At least one workload had enough active users that month: 5% of the seats and at least one user, unless your program says otherwise.
help-partner-months = Each association's page shows twelve months, with the reason in words for every month that is not eligible.

## Partner association status

partner-enrolled-since = Enrolled since { $date }
partner-not-enrolled = Not enrolled: no association earns the incentive until you enroll
partner-location-ids = Location IDs
partner-locations-explained = Incentives are paid on location IDs; customers name a location ID as partner of record.
partner-associations-lead = Subscriptions on which you are, or were, the Digital Partner of Record, with this month's ({ $month }) incentive eligibility and the reason when it is not.
partner-associations-caption = Associations, page { $page }
filter-show = Show
filter-all = All associations
filter-eligible = Eligible this month
filter-not-eligible = Not eligible this month
filter-ended = Ended
filter-customer-name = Customer name
filter = Filter
filter-error-control = A customer name has no control characters (line breaks, tabs and the like) and no invisible formatting characters.
download-csv = Download CSV
partner-empty-bad-filter = Correct the customer name to see associations.
partner-empty-no-more = No more associations.
partner-empty-none = No customer has named you partner of record yet.
partner-empty-filter = No association matches this filter.
association-title = { $product } for { $customer }
association-since = { $date }, made through the { $channel }
association-ended = Ended { $date }
association-current = You are the partner of record
association-usage-needed = Active usage needed
association-users-needed = { $users } active users in at least one workload
chart-heading = Active users and eligibility, last { $months } months
chart-title = Active users per workload, { $product } for { $customer }
chart-description = Active users per workload over the last { $months } months. Eligible in { $eligible } of them. A workload needs { $needed } active users for the month to count.
chart-needed = Needed: { $users } active users
chart-eligible-month = Eligible month
months-caption = Eligibility and active users by month
reason-not-partner = not the partner of record that month
reason-osa-form = associated only through the OSA form; the customer must add you as Digital Partner of Record
reason-not-enrolled = your MPN ID was not enrolled in the Online Services Usage program that month
reason-suspended = your MPN ID is suspended
reason-trial = a trial subscription never earns the incentive
reason-no-usage = no workload reached { $needed } active { $needed ->
        [one] user
       *[other] users
    } (the most was { $best })
reason-separator = ;{" "}
partner-ended-heading = Ended associations
partner-ended-none = None of your associations has ended.
partner-ended-caption = Associations that have ended, newest first
partner-changes-heading = Changes
partner-changes-none = No customer has added or removed you yet.
partner-changes-caption = Every time a customer added or removed you, newest first
partner-event-added = Added as partner of record
partner-event-added-replacing = Added as partner of record, replacing another partner
partner-event-replaced = Replaced by another partner
partner-event-removed = Removed as partner of record
partner-event-changed = Changed
notifications-lead = The emails the portal sent you when a customer added or removed you as partner of record, and whether they were delivered.
notifications-email-language = Language of your emails
notifications-email-language-saved = Your emails will be written in { $language }.
notifications-none = No email has been sent to you yet.
notifications-caption = Emails, newest first
notifications-last-error = Last error: { $error }
notification-sent = Sent { $when } UTC
notification-waiting = Waiting to be sent
notification-retrying = Not delivered yet ({ $attempts } { $attempts ->
        [one] attempt
       *[other] attempts
    }); it will be tried again

## Support

support-new = New support request
support-intro-html = Choose a <strong>Category</strong>, then a <strong>Topic</strong>, then the <strong>Issue</strong>, describe the problem and how you want to be contacted.
support-category = Category
support-topic = Topic
support-issue = Issue
support-choose-category = Choose a category
support-choose-topic = Choose a topic
support-choose-issue = Choose an issue
support-next = Next
support-description = Description
support-contact-question = How should we contact you?
support-submit = Submit
support-my-requests = My requests
support-none-yet = You have not filed a support request yet.
support-requests-caption = Your support requests, newest first
support-open = Open
support-closed = Closed
contact-chat = Chat
contact-forum = Forum
contact-email = E-mail
support-received-email = Your request { $reference } was received. A confirmation is on its way to your e-mail address.
support-received-chat = Your request { $reference } was received. A support agent will open a chat with you here.
support-received-forum = Your request { $reference } was received. Your question will be answered in the support forum.
support-error-no-issue = Select a category, a topic and an issue.
support-error-short = Describe the problem in at least 10 characters.
support-error-long = A description has at most { $max } characters.
support-error-control = The description cannot contain control characters or invisible formatting characters (such as a right-to-left override).
support-error-no-contact = Choose how you want to be contacted: Chat, Forum or E-mail.

## Emails

email-hello = Hello { $name },
email-notice-subject-added = { $customer } made you the Digital Partner of Record for { $product }
email-notice-subject-removed = { $customer } removed you as Digital Partner of Record for { $product }
email-notice-added = { $customer } ({ $domain }) has made you the Digital Partner of Record (DPOR) for their { $product } subscription.
email-notice-removed = { $customer } ({ $domain }) has removed you as the Digital Partner of Record (DPOR) for their { $product } subscription.
email-notice-replaced = The customer named another partner of record.
email-partner-mpn = Partner MPN ID
email-customer = Customer
email-subscription = Subscription
email-subscription-seats = { $product }, { $seats } seats
email-added-by = Added by
email-removed-by = Removed by
email-when = When
email-where = Where
email-notice-added-after = You earn the Online Services Usage incentive on this subscription while you remain its partner of record and its workloads are actively used. Your association status page shows each month's eligibility.
email-notice-removed-after = From now on this subscription no longer earns you the Online Services Usage incentive. If you think this is a mistake, contact the customer.
email-notice-footer = This message was sent by the DPOR portal because a customer changed the partner of record of a subscription.
email-support-subject = Your support request { $reference } was received
email-support-received = Your support request { $reference } was received on { $when }.
email-support-issue = Issue
email-support-wrote = What you wrote
email-support-next = We will answer by e-mail. Quote { $reference } in any message about this request.
error-method = This address takes a form
error-method-text = This address is where a form is sent; it has no page of its own. Go back to the page the form was on.

## The operator area, accounts and passwords
area-operator = Operator area
brand-operator-app = Operations
nav-tenants = Tenants
nav-activity = Activity
signin-lead-operator = Sign in with your operator account to onboard customers and partners and to run the portal.
signin-password-set = Your password is set. Sign in with it.
auth-wrong-portal-operators = The { $portal } is for operators, and you are signed in with another kind of account. Sign in to it with the right account from the start page.
password-set-title = Set password
password-set-lead-html = Choose the password for <strong>{ $email }</strong>. The link works once; after this you sign in with your email address and this password.
password-new = New password
password-confirm = Confirm password
password-hint = At least 12 characters. A few words in a row are easy to remember and hard to guess.
password-set-button = Set password
password-too-short = A password has at least { $min } characters.
password-too-long = A password has at most { $max } characters.
password-mismatch = The two passwords are not the same. Type the same password in both fields.
link-unknown = This link does not work
link-unknown-text = No link like this one was made here. Copy the whole link from the email, or from whoever gave it to you.
link-used = This link has already been used
link-used-text = A link to set a password works once. If you have set your password, sign in with it; otherwise ask for a new link.
link-expired = This link has expired
link-expired-text = A link to set a password works for 72 hours. Ask for a new link.
tenant-new = New tenant
tenant-name = Name
tenant-domain = Domain
tenant-domain-hint = The tenant's default domain, like tailwind.onmicrosoft.com.
tenant-created = Tenant { $name } created.
tenant-name-empty = Enter the organisation's name.
tenant-name-too-long = A name has at most { $max } characters.
tenant-name-control = A name cannot contain line breaks, tabs, other control characters or invisible formatting characters (such as a right-to-left override).
tenant-domain-empty = Enter the tenant's domain, like tailwind.onmicrosoft.com.
tenant-domain-malformed = A domain is names of letters, digits and hyphens joined by dots, like tailwind.onmicrosoft.com.
tenant-domain-taken = A tenant with the domain { $domain } already exists. Each tenant has a domain of its own.
operator-tenants-lead = The customer organisations in the portal. Search by name or domain.
operator-search-tenants = Name or domain
search = Search
operator-no-tenants = No tenants yet. Create the first one with New tenant.
operator-no-tenants-found = No tenant matches this search.
operator-tenants-caption = Tenants, by name
col-created-utc = Created (UTC)
pager-page = Page { $page }
create = Create
operator-users = Users
operator-no-users = No users yet.
operator-no-subscriptions = No subscriptions yet.
col-name = Name
col-role = Role
col-portal = Portal
operator-activity-lead = Every change an operator made, newest first.
operator-no-activity = No changes yet.
operator-activity-caption = Changes made by operators
operator-col-subject = Of
operator-col-change = From → to
operator-command-line = Command line
activity-tenant-created = Tenant created
activity-operator-added = Operator added
activity-operator-link = Link to set the password made
user-new = New user
user-new-lead = A user of { $tenant }. They get an email with a link to set their password; until then they cannot sign in.
user-invited = { $name } was added, and an invitation was sent to { $email }.
user-email-taken = A user already signs in with { $email }.
user-name-empty = Enter the person's name.
user-name-too-long = A name has at most { $max } characters.
user-name-control = A name cannot contain line breaks, tabs, other control characters or invisible formatting characters (such as a right-to-left override).
user-role-saved = Role saved: { $role }.
user-role-unchanged = The user already had this role; nothing changed.
user-deactivated = The user was deactivated. They can no longer sign in; their history stays.
user-actions = Actions
user-role-of = Role of { $name }
user-status-invited = Invited, no password yet
user-status-active = Active
user-status-deactivated = Deactivated
user-deactivate = Deactivate
user-deactivate-who = Deactivate { $name }
activity-user-created = User added and invited
activity-role-changed = Role changed
activity-user-deactivated = User deactivated
email-invitation-subject = Your access to the { $portal }
email-invitation-hello = Hello { $name },
email-invitation-body = You have been given access to the { $portal } for { $organisation }.
email-invitation-set = Set your password
email-invitation-expires = The link works once, until { $when }.
email-invitation-sign-in = Then sign in with { $email } and your password.
email-invitation-portal-customer = Office 365 admin center and Microsoft Intune account portal
email-invitation-portal-partner = partner association status pages
email-invitation-portal-operator = DPOR Portal operator area
subscription-new = New subscription
subscription-new-lead = A subscription of { $tenant }. Its product decides the portal in which the tenant's admins name its partner of record.
subscription-product = Product
subscription-choose-product = Choose a product
subscription-product-in = { $product } ({ $portal })
subscription-product-unknown = Choose a product from the list.
subscription-agreement = Agreement
subscription-agreement-hint = How it is bought, like EA or MOSP.
subscription-created = Subscription created.
subscription-change = Change seats, billing or status
subscription-change-lead = A change takes effect from the date you give (today at the latest) and is added to the history below; what was in effect before that date stays as it was.
subscription-effective-from = Effective from
subscription-history-caption = Seats, billing and status, the latest first
subscription-recorded-utc = Recorded (UTC)
subscription-saved = Saved. The change is in the history.
subscription-unchanged = These facts were already in effect on that date; nothing changed.
seats-not-a-number = Enter the number of seats, like 20.
seats-below-zero = Seats cannot be below zero.
seats-too-many = A subscription has at most { $max } seats.
agreement-empty = Enter the agreement, like EA or MOSP.
agreement-malformed = An agreement is up to 20 letters, digits, spaces or hyphens, like EA or MOSP.
date-malformed = Enter the date the change took effect, like 2026-11-01.
date-in-the-future = A change cannot take effect after today.
activity-subscription-created = Subscription created
activity-subscription-changed = Subscription changed
facts-value = { $seats ->
    [one] 1 seat
   *[other] { $seats } seats
}, { $billing }, { $status }
facts-value-from = { $facts }, from { $date }
date-before-history = The history of this subscription begins on { $date }, when it was made; a change cannot take effect before that.
forgot-title = Forgot your password?
forgot-lead = Enter the email address you sign in with. If an account here uses it, we send it a link to set a new password; the link works once, for 72 hours.
forgot-send = Send link
forgot-back = Back to sign in
forgot-sent = If an account here uses this address, a link to set a new password is on its way to it. The link works once, for 72 hours. Nothing arrived? Check the address, or ask your administrator.
link-ask-new = Send me a new link
email-reset-subject = A new password for the { $portal }
email-reset-body = Someone asked for a new password for your account at the { $portal }. If it was you, use the link below. If it was not, ignore this email: your password stays as it is.
nav-operators = Operators
operators-lead = The people who run the portal. A new operator gets an email with a link to set their password.
operators-caption = Operators, by name
operator-new = New operator
operator-new-lead = Someone else who will run the portal. They get an email with a link to set their password; until then they cannot sign in.
operator-email-taken = An operator already signs in with { $email }.
nav-partners = Partners
operator-partners-lead = The partners' MPN IDs in the portal. Search by name or MPN ID.
operator-search-partners = Name or MPN ID
operator-no-partners = No partners yet. Load them with dpor-portal import partners.
operator-no-partners-found = No partner matches this search.
operator-partners-caption = Partners, by name
operator-enrolled = Enrolled in the Online Services Usage program
operator-not-enrolled = Not enrolled
operator-contact = Contact email
operator-locations = Location IDs

## A partner's enrollment and status, kept with the date each took effect
enrolled-since = Since { $date }
partner-enrollment = OSU enrollment
enrollment-enrolled = Enrolled
partner-change = Change enrollment or status
partner-change-lead = A change takes effect from the date you give (today at the latest) and is added to the history below; what was in effect before that date stays as it was, so months already earned are judged on the facts they had.
partner-history-caption = Enrollment and status, the latest first
partner-saved = Saved. The change is in the partner's history.
partner-unchanged = These facts were already in effect on that date; nothing changed.
partner-date-before-history = The history of this partner begins on { $date }; a change cannot take effect before that.
activity-partner-changed = Partner changed
partner-facts-value = { $enrollment }, { $status }

## Subscriptions of every tenant, in the operator area
operator-subscriptions-lead = Every tenant's subscriptions. Open one to change its seats, billing or status from a date; a new subscription is made from its tenant's page.
operator-search-subscriptions = Product, tenant or domain
operator-subscriptions-caption = Subscriptions, by tenant and product
operator-no-subscriptions-yet = No tenant has a subscription yet. Make one from a tenant's page (New subscription).
operator-no-subscriptions-found = No subscription matches this search.
col-product = Product
col-tenant = Tenant

## Imports in the operator area
nav-imports = Imports
imports-lead = Load a CSV file of usage, partners, tenants, users or subscriptions, with the formats the README gives. Every row is checked first and nothing changes unless every row is good (or you choose to skip bad rows); then the rows are written a few hundred at a time, so the portal goes on serving while a large file loads.
import-new = New import
import-kind = Kind
import-kind-usage = Usage (subscription_id, workload, month, active_users)
import-kind-partners = Partners (mpn_id, name, kind, parent_mpn_id, country, contact_email, enrolled_since, status)
import-kind-tenants = Tenants (name, domain)
import-kind-users = Users (tenant_domain, name, email, role): each new user is sent an invitation
import-file = File
import-file-hint = A CSV file with a header line, up to 1 GiB.
import-skip-invalid = Import the good rows and list the bad ones (otherwise a file with a bad row imports nothing)
import-kind-unknown = Choose what the file holds.
import-file-missing = Choose a CSV file that is not empty.
imports-latest = Latest imports
imports-none = No file has been imported here yet.
imports-caption = Imports, the latest first
import-status-checking = Checking the rows
import-status-applying = Writing the rows
import-status-done = Done
import-status-failed = Nothing imported, or stopped
import-progress = Progress
import-counts-checking = { $checked } rows checked.
import-counts-applying = { $applied } of { $total } rows written.
import-running-hint = You can leave this page: the import goes on, and its result will be here.
import-stalled = Stopped
import-stalled-text = This import stopped before it ended: the portal instance running it was probably restarted. The rows written so far stay; import the same file again to finish it.
import-result = Result
import-added = Rows added
import-changed = Rows changed
import-unchanged = Rows unchanged
import-refused-rows = Refused rows
import-kind-subscriptions = Subscriptions (tenant_domain, product, agreement, seats, billing, status, effective_from)

# Emails (operator area)
nav-emails = Emails
emails-lead = Every email the portal writes waits in its outbox until the mail server takes it. One the mail server refuses for good, or that still fails at its last attempt, stops here until you send it again.
emails-waiting = Waiting: { $count }
emails-failed = Failed: { $count }
emails-sent-last-day = Sent in the last 24 hours: { $count }
emails-none-failed = No email has failed.
emails-failed-caption = Emails that could not be delivered, latest first
emails-col-failed = Failed (UTC)
emails-attempts = { $attempts } { $attempts ->
    [one] attempt
   *[other] attempts
}
emails-resend = Resend
emails-resend-to = Resend the email to { $recipient }
email-resent = The email will be sent again.
email-not-failed = That email is not waiting to be resent: it was delivered or resent already.
activity-email-resent = Email resent
notification-failed = Not delivered; the portal stopped trying. Its operators can send it again.
