# ポータルの日本語の文言。en/portal.ftl のすべてのメッセージがここにもあります。

## 枠

dpor = Digital Partner of Record
area-home = DPOR ポータル
area-office = Office 365 管理センター
area-intune = Microsoft Intune アカウント ポータル
area-partner = パートナー関連付けの状況
brand-office-app = 管理センター
brand-intune-app = アカウント ポータル
brand-partner-app = 関連付けの状況
skip-to-content = メイン コンテンツへスキップ
footer-portal = Digital Partner of Record (DPOR) ポータル
footer-all-portals = すべてのポータル
select-language = 言語を選択
language-change = 変更
sign-in = サインイン
sign-out = サインアウト
nav-home = ホーム
nav-subscriptions = サブスクリプション
nav-support = サポート
nav-help = ヘルプ
nav-admin = 管理
nav-manage-details = 詳細の管理
nav-associations = 関連付け
nav-notifications = 通知
history = 履歴
partner-of-record = パートナー オブ レコード
mpn-id = MPN ID
check-id = ID の確認
ok = OK
add = 追加
cancel = キャンセル
save = 保存
none = なし
not-recorded = 記録なし
trial = 試用版
eligible = 対象
not-eligible = 対象外
global-id = グローバル ID
location-id = ロケーション ID
osu-program = Online Services Usage プログラム
sentence-end = 。
pages = ページ
page-previous = 前のページ
page-next = 次のページ

## スタート ページ

landing-title = ようこそ
landing-lead-html = 顧客は、サブスクリプションを支援するパートナーを、パートナーの MPN ID によって <strong>Digital Partner of Record</strong> (DPOR) に指定します。パートナーは、パートナー オブ レコードであり、サブスクリプションが実際に使用されている間、Online Services Usage インセンティブを受け取ります。
landing-office-html = Office 365 および Exchange Online のサブスクリプションの場合: サブスクリプション、サブスクリプションの詳細、パートナーの MPN ID、<strong>ID の確認</strong>、<strong>OK</strong> の順に進みます。
landing-intune-html = Microsoft Intune および Azure Active Directory Premium のサブスクリプションの場合: 管理、<strong>詳細の管理</strong>、サブスクリプションを選択、<strong>追加</strong>、MPN ID の順に進みます。
landing-partner = パートナー向け: どこでパートナー オブ レコードになっているか、いつからか、各サブスクリプションが今月インセンティブの対象かどうか、対象外ならその理由。

## サインイン

signin-lead-partner = パートナー アカウントでサインインすると、Digital Partner of Record になっているサブスクリプションと、Online Services Usage インセンティブの対象かどうかを確認できます。
signin-lead-customer = 職場のアカウントでサインインして、サブスクリプションとそのパートナー オブ レコードを管理します。
signin-email = メール アドレス
signin-password = パスワード
signin-signed-out = サインアウトしました。
signin-expired = セッションの有効期限が切れました。続行するにはもう一度サインインしてください。
signin-password-empty = パスワードを入力してください。
signin-password-too-long = パスワードは { $max } 文字以内です。
signin-incorrect = メール アドレスまたはパスワードが正しくありません。
email-empty = メール アドレスを入力してください。
email-too-long = メール アドレスは 254 文字以内です。
email-malformed = name@contoso.com のような形式でメール アドレスを入力してください。
auth-wrong-portal-customers = { $portal } は顧客の管理者とユーザー向けですが、別の種類のアカウントでサインインしています。スタート ページから正しいアカウントでサインインしてください。
auth-wrong-portal-partners = { $portal } はパートナー ユーザー向けですが、別の種類のアカウントでサインインしています。スタート ページから正しいアカウントでサインインしてください。

## エラー

error-code = エラー { $status }
error-reference = 参照番号:
error-start-page = スタート ページへ移動
error-not-found = ページが見つかりません
error-not-found-text = このアドレスには何もありません。移動したか、アクセス権がない可能性があります。
error-forbidden = アクセスが拒否されました
error-bad-request = 要求を読み取れませんでした
error-bad-request-text = ページが読み取れないフォームを受け取りました。前のページに戻り、再読み込みしてもう一度お試しください。
error-csrf = フォームの有効期限が切れました
error-csrf-text = セキュリティのため、フォームを送信できませんでした。前のページに戻り、再読み込みしてもう一度お試しください。
error-too-large = データが多すぎます
error-too-large-text = フォームがこのページで受け付ける量を超えるデータを送信しました。入力を短くしてもう一度お試しください。
error-too-many = 試行回数が多すぎます
error-too-many-text = 短時間に何度も試行されました。{ $seconds } 秒後にもう一度お試しください。
error-unexpected = 問題が発生しました
error-unexpected-text = ポータルは要求を完了できませんでした。失敗した手順では何も変更されていません。しばらくしてからもう一度お試しください。問題が続く場合は、下の参照番号をサポートにお伝えください。
error-unavailable = 一時的に利用できません
error-unavailable-text = ポータルは現在データベースに接続できません。数秒後にもう一度お試しください。
error-unavailable-busy-text = ポータルは現在ほかの変更を処理中です。数秒後にもう一度お試しください。
error-unavailable-not-saved = 何も保存されていません。ポータルが応答するようになったら、フォームをもう一度送信してください。

## ロール、経路、状態

role-global-admin = グローバル管理者
role-billing-admin = 課金管理者
role-user = ユーザー
channel-office = Office 365 管理センター
channel-intune = Microsoft Intune アカウント ポータル
channel-osa = OSA フォーム (旧)
status-active = アクティブ
status-suspended = 停止
status-expired = 期限切れ
billing-paid = 有料
billing-trial = 試用版
billing-trial-explained = 試用版 (試用版ではパートナーはインセンティブを受け取れません)

## 列

col-subscription = サブスクリプション
col-seats = ライセンス数
col-status = 状態
col-billing = 課金
col-agreement = 契約
col-select = 選択
col-when-utc = 日時 (UTC)
col-who = 実行者
col-what = 内容
col-partner = パートナー
col-where = 場所
col-customer = 顧客
col-since = 開始日
col-ended = 終了日
col-made-by = 設定元
col-by = 実行者
col-this-month = 今月
col-month = 月
col-eligibility = 適格性
col-reference = 参照番号
col-filed-utc = 送信日時 (UTC)
col-contact = 連絡方法
col-written-utc = 作成日時 (UTC)
col-to = 宛先
col-subject = 件名
col-delivery = 配信
csv-domain = ドメイン
csv-portal = ポータル
csv-reason = 理由

## Office 365 管理センター

office-welcome-html = ようこそ、{ $name } さん。<strong>{ $domain }</strong> の Office 365 管理センターに { $role } としてサインインしています。
office-home-por-html = サブスクリプションを支援するパートナーは、そのサブスクリプションの<strong>パートナー オブ レコード</strong>に指定されると Online Services Usage インセンティブを受け取ります。<a href="/office/subscriptions">サブスクリプション</a>に移動し、サブスクリプションを開いてパートナーの MPN ID を入力してください。
office-subscriptions-lead = { $tenant } の Office 365 サブスクリプション。パートナー オブ レコードは組織全体ではなく、サブスクリプションごとに設定します。パートナーを確認または変更するには、サブスクリプションを開いてください。
office-subscriptions-caption = Office 365 サブスクリプションとそのパートナー オブ レコード
office-no-subscriptions = 組織に Office 365 サブスクリプションはありません。

## Intune アカウント ポータル

intune-welcome-html = ようこそ、{ $name } さん。<strong>{ $tenant }</strong> の Microsoft Intune アカウント ポータルに { $role } としてサインインしています。
intune-home-manage-html = Microsoft Intune、Azure Active Directory Premium、Enterprise Mobility の各サブスクリプションとそのパートナー オブ レコード。サブスクリプションを選択して<strong>追加</strong>を選ぶと、支援するパートナーを MPN ID で指定できます。
intune-home-office = Office 365 サブスクリプションのパートナー オブ レコードは、Office 365 管理センターで設定します。
intune-manage-lead = このポータルで管理されている { $tenant } のサブスクリプション。パートナー オブ レコードはサブスクリプションごとに設定します。
intune-no-subscriptions = Intune アカウント ポータルで管理されているサブスクリプションはありません。
intune-select-subscription = サブスクリプションを選択してから、[追加] を選択してください。

## パートナー オブ レコード

por-help-link = パートナー オブ レコードの指定方法
por-current-html = 現在のパートナー オブ レコード: <strong>{ $partner }</strong> (MPN ID { $mpn })
por-since = 、{ $date } から
por-through = 、{ $channel } で設定
por-none = このサブスクリプションにはパートナー オブ レコードがありません。
por-enter-html = パートナーの MPN ID (パートナーから伝えられたロケーション ID) を入力し、<strong>ID の確認</strong>を選択します。パートナー オブ レコードを削除するには、フィールドを空にして<strong>ID の確認</strong>を選択します。
por-found = パートナーが見つかりました
por-found-id = MPN ID { $mpn } · ロケーション ID · { $country }
por-enrolled-since = { $date } から Online Services Usage プログラムに登録されています。
por-enrolled = Online Services Usage プログラムに登録されています。
por-already = { $partner } は既にこのサブスクリプションのパートナー オブ レコードです。OK を選んでも何も変わりません。
por-replaces-html = <strong>{ $partner }</strong> (MPN ID { $mpn }) に代わってパートナー オブ レコードになります。両方のパートナーにメールが送信されます。
por-make-partner = { $partner } を { $product } のパートナー オブ レコードにしますか? パートナーにメールが送信されます。
por-remove-question = { $partner } をパートナー オブ レコードから削除しますか?
por-remove-explained = サブスクリプションにはパートナー オブ レコードがなくなり、{ $partner } にメールが送信され、このサブスクリプションのインセンティブは受け取れなくなります。
mpn-empty = パートナーの MPN ID を入力してください (例: 1234567)。
mpn-malformed = MPN ID は 6 ～ 10 桁の数字です (例: 1234567)。
check-found = { $partner } が見つかりました: { $country }、Online Services Usage プログラムに登録済み。
check-not-found = MPN ID { $mpn } のパートナーはいません。パートナーに番号を確認してください。Microsoft Partner Network のプロフィールに記載されています。
check-not-enrolled = { $partner } は Online Services Usage プログラムに登録されていないため、パートナー オブ レコードにできません。先に登録するようパートナーに依頼してください。
check-suspended = { $partner } は Microsoft Partner Network で停止されているため、現在パートナー オブ レコードにできません。
check-global-id = { $mpn } は { $name } のグローバル ID です。パートナー オブ レコードはロケーション ID で指定します。パートナーにロケーション ID を確認してください。
check-global-id-locations = { $mpn } は { $name } のグローバル ID です。パートナー オブ レコードはロケーション ID で指定します。代わりに次のいずれかを使用してください: { $locations }。
changed-added = { $partner } が { $product } のパートナー オブ レコードになりました。パートナーにメールが送信されました。
changed-replaced = { $old } に代わり、{ $partner } が { $product } のパートナー オブ レコードになりました。両方のパートナーにメールが送信されました。
changed-removed = { $partner } は { $product } のパートナー オブ レコードではなくなりました。パートナーにメールが送信されました。
changed-unchanged = { $partner } は既に { $product } のパートナー オブ レコードです。何も変更されていません。
change-forbidden = パートナー オブ レコードを変更できるのは、{ $tenant } のグローバル管理者または課金管理者だけです。
change-not-active = このサブスクリプションの状態は「{ $status }」です。パートナー オブ レコードはアクティブな間だけ変更できます。
change-nothing-to-remove = このサブスクリプションには削除するパートナー オブ レコードがありません。
change-conflict-partner = 検討中に、他のユーザーがこのサブスクリプションのパートナー オブ レコードを変更しました。現在は { $partner } です。変更する場合は、もう一度 ID を確認してください。
change-conflict-none = 検討中に、他のユーザーがこのサブスクリプションのパートナー オブ レコードを変更しました。現在はパートナー オブ レコードがありません。変更する場合は、もう一度 ID を確認してください。

## サブスクリプションの履歴

history-empty = このサブスクリプションのパートナー オブ レコードは、まだ設定も変更もされていません。
history-caption = すべての変更と試行 (新しい順)
history-added = 追加
history-replaced = 置き換え
history-removed = 削除
history-unchanged = 変更なし
history-refused = 拒否
history-repeated = { $count } 回試行 (最後は { $last })
history-pages = 履歴のページ
history-newer = 新しい履歴
history-older = 古い履歴
refusal-forbidden = パートナー オブ レコードを変更できるのは、グローバル管理者または課金管理者だけです。
refusal-not-active = サブスクリプションがアクティブではありませんでした。
refusal-not-found = この MPN ID のパートナーはいません。
refusal-not-enrolled = パートナーが Online Services Usage プログラムに登録されていません。
refusal-suspended = パートナーが停止されています。
refusal-global-id = グローバル ID が入力されました。ロケーション ID が必要です。
refusal-nothing-to-remove = 削除するパートナー オブ レコードがありませんでした。
refusal-conflict = 同時に他のユーザーがパートナー オブ レコードを変更しました。

## ヘルプ

help-title = パートナー オブ レコードの指定
help-add-heading = パートナーの追加または変更
help-remove-heading = パートナーの削除
help-good-to-know = 知っておくと便利なこと
help-office-lead-html = サブスクリプションを支援するパートナーは、そのサブスクリプションの <strong>Digital Partner of Record</strong> に指定され、サブスクリプションが実際に使用されている間、Microsoft から Online Services Usage インセンティブを受け取れます。Office 365 管理センターでの指定方法は次のとおりです。
help-office-step1-html = <a href="/office/subscriptions">サブスクリプション</a>を選択します。
help-office-step2-html = サブスクリプションを選択します。そのページに<strong>パートナー オブ レコード</strong>が表示されます。
help-step-check-html = パートナーの <strong>MPN ID</strong> を入力し、<strong>ID の確認</strong>を選択します。
help-step-ok-html = パートナーが見つかったら名前を確認し、<strong>OK</strong> を選択します。以前に別のパートナーが指定されていた場合は、置き換えられることがページに表示されます。
help-emails-history-html = パートナーを追加または削除すると、パートナーにメールが送信されます。サブスクリプションの<strong>履歴</strong>には、すべての変更と、誰がいつ行ったかが表示されます。
help-office-remove-html = サブスクリプションを開き、<strong>MPN ID</strong> フィールドを空にして、<strong>ID の確認</strong>、<strong>OK</strong> の順に選択します。
help-admins-html = パートナー オブ レコードを変更できるのは、<strong>グローバル管理者</strong>または<strong>課金管理者</strong>だけです。他のユーザーは表示のみできます。
help-one-partner-office = サブスクリプションのパートナー オブ レコードは最大 1 つで、組織全体ではなくサブスクリプションごとに設定します。
help-one-partner-intune = サブスクリプションのパートナー オブ レコードは最大 1 つで、サブスクリプションごとに設定します。
help-location-id-html = パートナーの<strong>ロケーション ID</strong> を使用してください。グローバル ID を入力すると、選択できるパートナーのロケーション ID が一覧表示されます。
help-enrolled = 指定できるのは、Online Services Usage プログラムに登録済みでアクティブなパートナーだけです。
help-office-intune-html = Microsoft Intune および Azure Active Directory Premium のサブスクリプションのパートナー オブ レコードは、<a href="/intune">Microsoft Intune アカウント ポータル</a>で設定します。
help-intune-lead-html = Microsoft Intune または Azure Active Directory Premium を支援するパートナーは、そのサブスクリプションの <strong>Digital Partner of Record</strong> に指定され、サブスクリプションが実際に使用されている間、Online Services Usage インセンティブを受け取れます。このポータルでの指定方法は次のとおりです。
help-intune-step1-html = <strong>管理</strong>で、<a href="/intune/subscriptions">詳細の管理</a>を選択します。
help-intune-step2-html = サブスクリプションを選択し、<strong>追加</strong>を選択します。
help-intune-remove-html = サブスクリプションを選択して<strong>追加</strong>を選び、<strong>MPN ID</strong> フィールドを空にして、<strong>ID の確認</strong>、<strong>OK</strong> の順に選択します。
help-intune-office-html = Office 365 サブスクリプションのパートナー オブ レコードは、<a href="/office">Office 365 管理センター</a>で設定します。
help-partner-title = 顧客の Digital Partner of Record になる
help-partner-lead = 顧客があなたを Digital Partner of Record に指定し、サブスクリプションが実際に使用されている間、その顧客のサブスクリプションについて Online Services Usage インセンティブを受け取れます。
help-partner-how = 顧客があなたを追加する方法
help-partner-step1-html = グローバル ID ではなく、<strong>ロケーション ID</strong> (支払いを受けるロケーションの MPN ID) を顧客に伝えます。
help-partner-step2-html = Office 365 の場合、顧客の管理者が Office 365 管理センターでサブスクリプションを開き、あなたの MPN ID を入力して<strong>ID の確認</strong>と <strong>OK</strong> を選択します。
help-partner-step3-html = Microsoft Intune と Azure Active Directory Premium の場合、管理者は Microsoft Intune アカウント ポータルで同じ操作をします: 管理、<strong>詳細の管理</strong>、サブスクリプション、<strong>追加</strong>。
help-partner-step4-html = メールが届き、<a href="/partner">関連付け</a>ページに関連付けが表示されます。
help-partner-eligible = 月が対象になる条件
help-partner-rule-por = その月に、2 つのポータルのいずれかで指定されたパートナー オブ レコードであったこと。旧 OSA フォームだけで行われた関連付けは 2016 年 1 月より前のみ有効です。Digital Partner of Record として追加するよう顧客に依頼してください。
help-partner-rule-enrolled = MPN ID が Online Services Usage プログラムに登録されていて、アクティブであること。
help-partner-rule-paid = サブスクリプションが有料であること。試用版は対象になりません。
help-partner-rule-usage = その月に少なくとも 1 つのワークロードで十分なアクティブ ユーザーがいたこと: プログラムで別の定めがない限り、ライセンス数の 5% かつ 1 人以上。
help-partner-months = 各関連付けのページには 12 か月分が表示され、対象外の月にはその理由が文章で示されます。

## パートナー関連付けの状況

partner-enrolled-since = { $date } から登録済み
partner-not-enrolled = 未登録: 登録するまで、どの関連付けもインセンティブの対象になりません
partner-location-ids = ロケーション ID
partner-locations-explained = インセンティブはロケーション ID に支払われます。顧客はロケーション ID をパートナー オブ レコードに指定します。
partner-associations-lead = あなたが Digital Partner of Record である、またはであったサブスクリプションと、今月 ({ $month }) のインセンティブの適格性、および対象外の場合の理由。
partner-associations-caption = 関連付け (ページ { $page })
filter-show = 表示
filter-all = すべての関連付け
filter-eligible = 今月対象
filter-not-eligible = 今月対象外
filter-ended = 終了
filter-customer-name = 顧客名
filter = 絞り込み
filter-error-control = 顧客名に制御文字 (改行、タブなど) や不可視の書式文字は使用できません。
download-csv = CSV をダウンロード
partner-empty-bad-filter = 関連付けを表示するには、顧客名を修正してください。
partner-empty-no-more = これ以上の関連付けはありません。
partner-empty-none = まだどの顧客もあなたをパートナー オブ レコードに指定していません。
partner-empty-filter = この条件に一致する関連付けはありません。
association-title = { $customer } の { $product }
association-since = { $date } ({ $channel } で設定)
association-ended = { $date } に終了
association-current = あなたがパートナー オブ レコードです
association-usage-needed = 必要なアクティブ使用量
association-users-needed = 少なくとも 1 つのワークロードで { $users } 人のアクティブ ユーザー
chart-heading = アクティブ ユーザーと適格性 (過去 { $months } か月)
chart-title = ワークロードごとのアクティブ ユーザー、{ $customer } の { $product }
chart-description = 過去 { $months } か月のワークロードごとのアクティブ ユーザー。そのうち { $eligible } か月が対象。その月が対象になるには、ワークロードに { $needed } 人のアクティブ ユーザーが必要です。
chart-needed = 必要数: { $users } 人のアクティブ ユーザー
chart-eligible-month = 対象の月
months-caption = 月ごとの適格性とアクティブ ユーザー
reason-not-partner = その月はパートナー オブ レコードではありませんでした
reason-osa-form = OSA フォームでのみ関連付けられています。顧客があなたを Digital Partner of Record として追加する必要があります
reason-not-enrolled = その月、MPN ID は Online Services Usage プログラムに登録されていませんでした
reason-suspended = MPN ID が停止されています
reason-trial = 試用版のサブスクリプションはインセンティブの対象になりません
reason-no-usage = { $needed } 人のアクティブ ユーザーに達したワークロードはありません (最大 { $best } 人)
reason-separator = 。
partner-ended-heading = 終了した関連付け
partner-ended-none = 終了した関連付けはありません。
partner-ended-caption = 終了した関連付け (新しい順)
partner-changes-heading = 変更
partner-changes-none = まだどの顧客もあなたを追加または削除していません。
partner-changes-caption = 顧客があなたを追加または削除したすべての記録 (新しい順)
partner-event-added = パートナー オブ レコードとして追加
partner-event-added-replacing = 別のパートナーに代わってパートナー オブ レコードとして追加
partner-event-replaced = 別のパートナーに置き換え
partner-event-removed = パートナー オブ レコードから削除
partner-event-changed = 変更
notifications-lead = 顧客があなたをパートナー オブ レコードとして追加または削除したときにポータルが送信したメールと、その配信状況。
notifications-email-language = メールの言語
notifications-email-language-saved = 今後のメールは { $language } で送信されます。
notifications-none = まだメールは送信されていません。
notifications-caption = メール (新しい順)
notifications-last-error = 最後のエラー: { $error }
notification-sent = { $when } UTC に送信済み
notification-waiting = 送信待ち
notification-retrying = まだ配信されていません ({ $attempts } 回試行)。再試行されます

## サポート

support-new = 新しいサポート リクエスト
support-intro-html = <strong>カテゴリ</strong>、<strong>トピック</strong>、<strong>問題</strong>の順に選択し、問題の内容と希望する連絡方法を入力してください。
support-category = カテゴリ
support-topic = トピック
support-issue = 問題
support-choose-category = カテゴリを選択
support-choose-topic = トピックを選択
support-choose-issue = 問題を選択
support-next = 次へ
support-description = 説明
support-contact-question = 連絡方法を選択してください
support-submit = 送信
support-my-requests = マイ リクエスト
support-none-yet = まだサポート リクエストを送信していません。
support-requests-caption = サポート リクエスト (新しい順)
support-open = 対応中
support-closed = 完了
contact-chat = チャット
contact-forum = フォーラム
contact-email = メール
support-received-email = リクエスト { $reference } を受け付けました。確認メールをお送りしています。
support-received-chat = リクエスト { $reference } を受け付けました。サポート担当者がここでチャットを開始します。
support-received-forum = リクエスト { $reference } を受け付けました。サポート フォーラムで回答します。
support-error-no-issue = カテゴリ、トピック、問題を選択してください。
support-error-short = 問題を 10 文字以上で説明してください。
support-error-long = 説明は { $max } 文字以内です。
support-error-control = 説明に制御文字や不可視の書式文字 (右から左への強制など) は使用できません。
support-error-no-contact = 連絡方法 (チャット、フォーラム、メール) を選択してください。

## メール

email-hello = { $name } 様
email-notice-subject-added = { $customer } があなたを { $product } の Digital Partner of Record に指定しました
email-notice-subject-removed = { $customer } があなたを { $product } の Digital Partner of Record から削除しました
email-notice-added = { $customer } ({ $domain }) が、{ $product } サブスクリプションの Digital Partner of Record (DPOR) にあなたを指定しました。
email-notice-removed = { $customer } ({ $domain }) が、{ $product } サブスクリプションの Digital Partner of Record (DPOR) からあなたを削除しました。
email-notice-replaced = 顧客は別のパートナー オブ レコードを指定しました。
email-partner-mpn = パートナーの MPN ID
email-customer = 顧客
email-subscription = サブスクリプション
email-subscription-seats = { $product }、{ $seats } ライセンス
email-added-by = 追加した人
email-removed-by = 削除した人
email-when = 日時
email-where = 場所
email-notice-added-after = パートナー オブ レコードであり続け、ワークロードが実際に使用されている間、このサブスクリプションについて Online Services Usage インセンティブを受け取れます。関連付けの状況ページで各月の適格性を確認できます。
email-notice-removed-after = 今後、このサブスクリプションで Online Services Usage インセンティブを受け取ることはできません。誤りと思われる場合は、顧客に連絡してください。
email-notice-footer = このメッセージは、顧客がサブスクリプションのパートナー オブ レコードを変更したため、DPOR ポータルから送信されました。
email-support-subject = サポート リクエスト { $reference } を受け付けました
email-support-received = サポート リクエスト { $reference } を { $when } に受け付けました。
email-support-issue = 問題
email-support-wrote = お問い合わせ内容
email-support-next = メールで回答します。このリクエストに関するメッセージには { $reference } を記載してください。
error-method = このアドレスはフォームの送信先です
error-method-text = このアドレスはフォームの送信先で、独自のページはありません。フォームがあったページに戻ってください。

## The operator area, accounts and passwords
area-operator = 運用者エリア
brand-operator-app = 運用
nav-tenants = テナント
nav-activity = アクティビティ
signin-lead-operator = 運用者アカウントでサインインして、顧客とパートナーを登録し、ポータルを運用します。
signin-password-set = パスワードを設定しました。このパスワードでサインインしてください。
auth-wrong-portal-operators = { $portal } は運用者用です。別の種類のアカウントでサインインしています。スタート ページから正しいアカウントでサインインしてください。
password-set-title = パスワードの設定
password-set-lead-html = <strong>{ $email }</strong> のパスワードを決めてください。このリンクは 1 回だけ使えます。この後は、メール アドレスとこのパスワードでサインインします。
password-new = 新しいパスワード
password-confirm = パスワードの確認
password-hint = 12 文字以上。いくつかの単語を続けると、覚えやすく推測されにくくなります。
password-set-button = パスワードを設定
password-too-short = パスワードは { $min } 文字以上です。
password-too-long = パスワードは { $max } 文字以下です。
password-mismatch = 2 つのパスワードが一致しません。両方の欄に同じパスワードを入力してください。
link-unknown = このリンクは使えません
link-unknown-text = このようなリンクはここで作成されていません。メールから、または受け取った相手から、リンク全体をコピーしてください。
link-used = このリンクは既に使用されています
link-used-text = パスワードを設定するリンクは 1 回だけ使えます。パスワードを設定済みならサインインしてください。そうでなければ新しいリンクを依頼してください。
link-expired = このリンクは期限切れです
link-expired-text = パスワードを設定するリンクの有効期間は 72 時間です。新しいリンクを依頼してください。
tenant-new = 新しいテナント
tenant-name = 名前
tenant-domain = ドメイン
tenant-domain-hint = テナントの既定のドメイン (例: tailwind.onmicrosoft.com)。
tenant-created = テナント { $name } を作成しました。
tenant-name-empty = 組織の名前を入力してください。
tenant-name-too-long = 名前は { $max } 文字以下です。
tenant-name-control = 名前に改行、タブなどの制御文字や、不可視の書式文字 (右から左への強制など) は使えません。
tenant-domain-empty = テナントのドメインを入力してください (例: tailwind.onmicrosoft.com)。
tenant-domain-malformed = ドメインは、英字・数字・ハイフンでできた名前をドットでつないだものです (例: tailwind.onmicrosoft.com)。
tenant-domain-taken = ドメイン { $domain } のテナントは既にあります。テナントごとに別のドメインが必要です。
operator-tenants-lead = ポータルにある顧客組織です。名前またはドメインで検索できます。
operator-search-tenants = 名前またはドメイン
search = 検索
operator-no-tenants = テナントはまだありません。「新しいテナント」で最初のテナントを作成してください。
operator-no-tenants-found = この検索に一致するテナントはありません。
operator-tenants-caption = テナント (名前順)
col-created-utc = 作成日時 (UTC)
pager-page = { $page } ページ
create = 作成
operator-users = ユーザー
operator-no-users = ユーザーはまだいません。
operator-no-subscriptions = サブスクリプションはまだありません。
col-name = 名前
col-role = 役割
col-portal = ポータル
operator-activity-lead = 運用者が行ったすべての変更です (新しい順)。
operator-no-activity = 変更はまだありません。
operator-activity-caption = 運用者による変更
operator-col-subject = 対象
operator-col-change = 変更前 → 変更後
operator-command-line = コマンド ライン
activity-tenant-created = テナントを作成
activity-operator-added = 運用者を追加
activity-operator-link = パスワード設定リンクを作成
user-new = 新しいユーザー
user-new-lead = { $tenant } のユーザーです。パスワードを設定するリンクをメールで受け取ります。それまではサインインできません。
user-invited = { $name } を追加し、招待を { $email } に送信しました。
user-email-taken = { $email } で既にサインインしているユーザーがいます。
user-name-empty = 名前を入力してください。
user-name-too-long = 名前は { $max } 文字以下です。
user-name-control = 名前に改行、タブなどの制御文字や、不可視の書式文字 (右から左への強制など) は使えません。
user-role-saved = 役割を保存しました: { $role }。
user-role-unchanged = ユーザーは既にこの役割です。何も変更していません。
user-deactivated = ユーザーを無効にしました。サインインできなくなりますが、履歴は残ります。
user-actions = 操作
user-role-of = { $name } の役割
user-status-invited = 招待済み (パスワード未設定)
user-status-active = 有効
user-status-deactivated = 無効
user-deactivate = 無効にする
user-deactivate-who = { $name } を無効にする
activity-user-created = ユーザーを追加して招待
activity-role-changed = 役割を変更
activity-user-deactivated = ユーザーを無効化
email-invitation-subject = { $portal } へのアクセス
email-invitation-hello = { $name } 様
email-invitation-body = { $organisation } の { $portal } へのアクセス権が付与されました。
email-invitation-set = パスワードを設定
email-invitation-expires = このリンクは { $when } まで 1 回だけ使えます。
email-invitation-sign-in = その後、{ $email } とパスワードでサインインしてください。
email-invitation-portal-customer = Office 365 管理センターと Microsoft Intune アカウント ポータル
email-invitation-portal-partner = パートナーの状況ページ
email-invitation-portal-operator = DPOR ポータルの運用者エリア
subscription-new = 新しいサブスクリプション
subscription-new-lead = { $tenant } のサブスクリプションです。製品によって、テナントの管理者がパートナー オブ レコードを指定するポータルが決まります。
subscription-product = 製品
subscription-choose-product = 製品を選択
subscription-product-in = { $product } ({ $portal })
subscription-product-unknown = 一覧から製品を選択してください。
subscription-agreement = 契約
subscription-agreement-hint = 購入方法 (例: EA、MOSP)。
subscription-created = サブスクリプションを作成しました。
subscription-change = ライセンス数、課金、状態の変更
subscription-change-lead = 変更は指定した日付 (今日まで) から有効になり、下の履歴に追加されます。その日付より前に有効だった内容は変わりません。
subscription-effective-from = 有効開始日
subscription-history-caption = ライセンス数、課金、状態 (新しい順)
subscription-recorded-utc = 記録日時 (UTC)
subscription-saved = 保存しました。変更は履歴にあります。
subscription-unchanged = その日付には既にこの内容が有効でした。何も変更していません。
seats-not-a-number = ライセンス数を入力してください (例: 20)。
seats-below-zero = ライセンス数は 0 未満にできません。
seats-too-many = サブスクリプションのライセンス数は { $max } 以下です。
agreement-empty = 契約を入力してください (例: EA、MOSP)。
agreement-malformed = 契約は英数字、スペース、ハイフンで 20 文字以内です (例: EA、MOSP)。
date-malformed = 変更が有効になる日付を入力してください (例: 2026-11-01)。
date-in-the-future = 今日より後の日付から有効にはできません。
activity-subscription-created = サブスクリプションを作成
activity-subscription-changed = サブスクリプションを変更
facts-value = { $seats } ライセンス、{ $billing }、{ $status }
facts-value-from = { $facts } ({ $date } から)
date-before-history = このサブスクリプションの履歴は作成日の { $date } から始まります。それより前の日付から変更を有効にはできません。
forgot-title = パスワードをお忘れですか?
forgot-lead = サインインに使うメール アドレスを入力してください。このアドレスを使うアカウントがあれば、新しいパスワードを設定するリンクを送ります。リンクは 72 時間、1 回だけ使えます。
forgot-send = リンクを送信
forgot-back = サインインに戻る
forgot-sent = このアドレスを使うアカウントがあれば、新しいパスワードを設定するリンクを送信しました。リンクは 72 時間、1 回だけ使えます。届かない場合は、アドレスを確認するか、管理者に問い合わせてください。
link-ask-new = 新しいリンクを送る
email-reset-subject = { $portal } の新しいパスワード
email-reset-body = { $portal } のアカウントについて、新しいパスワードの設定が依頼されました。ご本人であれば下のリンクを使ってください。心当たりがなければ、このメールは無視してください。パスワードは変わりません。
nav-operators = 運用者
operators-lead = ポータルを運用する人です。新しい運用者には、パスワードを設定するリンクがメールで届きます。
operators-caption = 運用者 (名前順)
operator-new = 新しい運用者
operator-new-lead = ポータルを運用する別の人です。パスワードを設定するリンクがメールで届きます。それまではサインインできません。
operator-email-taken = { $email } で既にサインインしている運用者がいます。
nav-partners = パートナー
operator-partners-lead = ポータルにあるパートナーの MPN ID です。名前または MPN ID で検索できます。
operator-search-partners = 名前または MPN ID
operator-no-partners = パートナーはまだいません。dpor-portal import partners で読み込んでください。
operator-no-partners-found = この検索に一致するパートナーはありません。
operator-partners-caption = パートナー (名前順)
operator-enrolled = Online Services Usage プログラムへの登録
operator-not-enrolled = 未登録
operator-contact = 連絡先メール
operator-locations = ロケーション ID

## パートナーの登録と状態 (有効開始日とともに保持)
enrolled-since = { $date } から
partner-enrollment = OSU 登録
enrollment-enrolled = 登録済み
partner-change = 登録または状態の変更
partner-change-lead = 変更は指定した日付 (今日まで) から有効になり、下の履歴に追加されます。その日付より前に有効だった内容は変わらないため、既に獲得した月はその時点の内容で判定されます。
partner-history-caption = 登録と状態 (新しい順)
partner-saved = 保存しました。変更はパートナーの履歴にあります。
partner-unchanged = その日付には既にこの内容が有効でした。何も変更していません。
partner-date-before-history = このパートナーの履歴は { $date } から始まります。それより前の日付から変更を有効にはできません。
activity-partner-changed = パートナーを変更
partner-facts-value = { $enrollment }、{ $status }

## すべてのテナントのサブスクリプション (運用者エリア)
operator-subscriptions-lead = すべてのテナントのサブスクリプションです。開くと、ライセンス数、課金、状態を指定した日付から変更できます。新しいサブスクリプションはテナントのページから作成します。
operator-search-subscriptions = 製品、テナント、ドメイン
operator-subscriptions-caption = サブスクリプション (テナントと製品の順)
operator-no-subscriptions-yet = まだどのテナントにもサブスクリプションがありません。テナントのページ (新しいサブスクリプション) から作成してください。
operator-no-subscriptions-found = この検索に一致するサブスクリプションはありません。
col-product = 製品
col-tenant = テナント

## 運用者エリアのインポート
nav-imports = インポート
imports-lead = 使用状況、パートナー、テナント、ユーザー、サブスクリプションの CSV ファイルを README の形式で読み込みます。まずすべての行を確認し、すべての行が正しくない限り (または不正な行をスキップすることを選ばない限り) 何も変更しません。その後、行を数百ずつ書き込むため、大きなファイルの読み込み中もポータルは応答を続けます。
import-new = 新しいインポート
import-kind = 種類
import-kind-usage = 使用状況 (subscription_id, workload, month, active_users)
import-kind-partners = パートナー (mpn_id, name, kind, parent_mpn_id, country, contact_email, enrolled_since, status)
import-kind-tenants = テナント (name, domain)
import-kind-users = ユーザー (tenant_domain, name, email, role): 新しいユーザーには招待が送られます
import-file = ファイル
import-file-hint = ヘッダー行のある CSV ファイル (1 GiB まで)。
import-skip-invalid = 正しい行をインポートし、不正な行を一覧にする (選ばない場合、不正な行のあるファイルは何もインポートしません)
import-kind-unknown = ファイルの内容を選んでください。
import-file-missing = 空でない CSV ファイルを選んでください。
imports-latest = 最近のインポート
imports-none = ここではまだファイルがインポートされていません。
imports-caption = インポート (新しい順)
import-status-checking = 行を確認中
import-status-applying = 行を書き込み中
import-status-done = 完了
import-status-failed = インポートなし、または中断
import-progress = 進行状況
import-counts-checking = { $checked } 行を確認しました。
import-counts-applying = { $total } 行中 { $applied } 行を書き込みました。
import-running-hint = このページを離れてもインポートは続き、結果はここに表示されます。
import-stalled = 中断
import-stalled-text = このインポートは終了前に止まりました。実行していたポータルのインスタンスが再起動された可能性があります。書き込み済みの行は残ります。同じファイルをもう一度インポートすると完了します。
import-result = 結果
import-added = 追加した行
import-changed = 変更した行
import-unchanged = 変更のない行
import-refused-rows = 拒否された行
import-kind-subscriptions = サブスクリプション (tenant_domain, product, agreement, seats, billing, status, effective_from)

# Emails (operator area)
nav-emails = メール
emails-lead = ポータルが作成したメールは、メール サーバーが受け付けるまで送信トレイで待機します。メール サーバーが完全に拒否したメール、または最後の試行でも失敗したメールは、再送信するまでここに残ります。
emails-waiting = 待機中: { $count }
emails-failed = 失敗: { $count }
emails-sent-last-day = 過去 24 時間に送信: { $count }
emails-none-failed = 失敗したメールはありません。
emails-failed-caption = 配信できなかったメール (新しい順)
emails-col-failed = 失敗日時 (UTC)
emails-attempts = { $attempts } 回試行
emails-resend = 再送信
emails-resend-to = 再送信: { $recipient } 宛てのメール
email-resent = メールを再送信します。
email-not-failed = このメールは再送信の対象ではありません。既に配信されたか、再送信済みです。
activity-email-resent = メールを再送信
notification-failed = 配信されませんでした。ポータルは送信を停止しました。運営者が再送信できます。
