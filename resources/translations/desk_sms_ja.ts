<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../../ui/dialogs/contact_editor.py" line="71"/>
        <source>New contact</source>
        <translation>新しい連絡先</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_editor.py" line="71"/>
        <source>Contact</source>
        <translation>連絡先</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_editor.py" line="74"/>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_editor.py" line="75"/>
        <source>Messages</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_editor.py" line="94"/>
        <source>ヤマダ タロウ</source>
        <translation>ヤマダ タロウ</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_editor.py" line="96"/>
        <source>One number per line, e.g. 090-1234-5678</source>
        <translation>1 行に 1 つの番号 (例: 090-1234-5678)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_editor.py" line="101"/>
        <source>Field</source>
        <translation>項目</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_editor.py" line="101"/>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_editor.py" line="107"/>
        <source>Name:</source>
        <translation>氏名:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_editor.py" line="108"/>
        <source>Reading (furigana):</source>
        <translation>フリガナ:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_editor.py" line="109"/>
        <source>Phone numbers:</source>
        <translation>電話番号:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_editor.py" line="110"/>
        <source>Groups:</source>
        <translation>グループ:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_editor.py" line="111"/>
        <source>Fields:</source>
        <translation>追加項目:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_editor.py" line="112"/>
        <source>Consent:</source>
        <translation>同意:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_editor.py" line="113"/>
        <source>Opt-out:</source>
        <translation>配信停止:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_editor.py" line="114"/>
        <source>Notes:</source>
        <translation>メモ:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_editor.py" line="121"/>
        <source>given on</source>
        <translation>同意日</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_editor.py" line="126"/>
        <source>source, e.g. 入会申込書</source>
        <translation>取得元 (例: 入会申込書)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_editor.py" line="139"/>
        <source>When</source>
        <translation>日時</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_editor.py" line="139"/>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_editor.py" line="139"/>
        <source>Number</source>
        <translation>番号</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_editor.py" line="139"/>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_editor.py" line="139"/>
        <source>Text</source>
        <translation>本文</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_editor.py" line="171"/>
        <location filename="../../ui/dialogs/contact_editor.py" line="187"/>
        <source>No</source>
        <translation>なし</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_editor.py" line="189"/>
        <source>Opted out on {date}: {reason}</source>
        <translation>{date} に配信停止: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_editor.py" line="202"/>
        <source>Sent</source>
        <translation>送信</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_editor.py" line="202"/>
        <source>Received</source>
        <translation>受信</translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <location filename="../../ui/pages/contacts.py" line="140"/>
        <source>Contacts</source>
        <translation>連絡先</translation>
    </message>
    <message>
        <location filename="../../ui/pages/contacts.py" line="142"/>
        <source>Filter by name, reading, number, group or field…</source>
        <translation>氏名・フリガナ・番号・グループ・項目で絞り込み…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/contacts.py" line="143"/>
        <source>Add contact</source>
        <translation>連絡先を追加</translation>
    </message>
    <message>
        <location filename="../../ui/pages/contacts.py" line="144"/>
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <location filename="../../ui/pages/contacts.py" line="145"/>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../../ui/pages/contacts.py" line="146"/>
        <source>Add to group…</source>
        <translation>グループに追加…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/contacts.py" line="147"/>
        <source>Opt out / in…</source>
        <translation>配信停止 / 再開…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/contacts.py" line="148"/>
        <source>Groups…</source>
        <translation>グループ…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/contacts.py" line="149"/>
        <source>Export…</source>
        <translation>書き出し…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/contacts.py" line="150"/>
        <source>Undo</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <location filename="../../ui/pages/contacts.py" line="152"/>
        <location filename="../../ui/pages/contacts.py" line="209"/>
        <source>All groups</source>
        <translation>すべてのグループ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/contacts.py" line="195"/>
        <source>1 contact</source>
        <translation>1 件</translation>
    </message>
    <message>
        <location filename="../../ui/pages/contacts.py" line="195"/>
        <source>{count} contacts</source>
        <translation>{count} 件</translation>
    </message>
    <message>
        <location filename="../../ui/pages/contacts.py" line="245"/>
        <source>1 contact deleted.</source>
        <translation>1 件の連絡先を削除しました。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/contacts.py" line="246"/>
        <source>{count} contacts deleted.</source>
        <translation>{count} 件の連絡先を削除しました。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/contacts.py" line="257"/>
        <source>1 contact restored.</source>
        <translation>1 件の連絡先を元に戻しました。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/contacts.py" line="257"/>
        <source>{count} contacts restored.</source>
        <translation>{count} 件の連絡先を元に戻しました。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/contacts.py" line="278"/>
        <source>1 contact added to the group.</source>
        <translation>1 件の連絡先をグループに追加しました。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/contacts.py" line="278"/>
        <source>{count} contacts added to the group.</source>
        <translation>{count} 件の連絡先をグループに追加しました。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/contacts.py" line="287"/>
        <source>Opted back in.</source>
        <translation>配信を再開しました。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/contacts.py" line="289"/>
        <source>Opt out</source>
        <translation>配信停止</translation>
    </message>
    <message>
        <location filename="../../ui/pages/contacts.py" line="289"/>
        <source>Reason (optional):</source>
        <translation>理由 (任意):</translation>
    </message>
    <message>
        <location filename="../../ui/pages/contacts.py" line="291"/>
        <source>Opted out.</source>
        <translation>配信停止にしました。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/contacts.py" line="304"/>
        <source>Export contacts</source>
        <translation>連絡先の書き出し</translation>
    </message>
    <message>
        <location filename="../../ui/pages/contacts.py" line="304"/>
        <source>Excel (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/contacts.py" line="319"/>
        <source>Exported to {path}</source>
        <translation>{path} に書き出しました</translation>
    </message>
</context>
<context>
    <name>ContactsTableModel</name>
    <message>
        <location filename="../../ui/models/contacts_model.py" line="85"/>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <location filename="../../ui/models/contacts_model.py" line="85"/>
        <source>Reading</source>
        <translation>フリガナ</translation>
    </message>
    <message>
        <location filename="../../ui/models/contacts_model.py" line="85"/>
        <source>Phone</source>
        <translation>電話番号</translation>
    </message>
    <message>
        <location filename="../../ui/models/contacts_model.py" line="85"/>
        <source>Groups</source>
        <translation>グループ</translation>
    </message>
    <message>
        <location filename="../../ui/models/contacts_model.py" line="85"/>
        <source>Opt-out</source>
        <translation>配信停止</translation>
    </message>
    <message>
        <location filename="../../ui/models/contacts_model.py" line="129"/>
        <source>Opted out</source>
        <translation>配信停止中</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../ui/errors.py" line="36"/>
        <source>The database {path} cannot be opened: {reason}</source>
        <translation>データベース {path} を開けません: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="39"/>
        <source>The database {path} was made by a newer version of desk-sms (schema {revision}).
Please install the newer version. The file was left untouched.</source>
        <translation>データベース {path} は新しいバージョンの desk-sms で作成されています (スキーマ {revision})。
新しいバージョンをインストールしてください。ファイルは変更していません。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="44"/>
        <source>The data folder {path} cannot be written: {reason}</source>
        <translation>データフォルダー {path} に書き込めません: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="47"/>
        <source>Another desk-sms ({owner}) is already driving the modems on this database.</source>
        <translation>このデータベースのモデムは、別の desk-sms ({owner}) がすでに使用しています。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="50"/>
        <source>Please check your input: {detail}</source>
        <translation>入力内容を確認してください: {detail}</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="51"/>
        <source>{what} not found: {name}</source>
        <translation>{what}が見つかりません: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="78"/>
        <source>desk-sms</source>
        <translation>desk-sms</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="83"/>
        <source>desk-sms: unexpected error</source>
        <translation>desk-sms: 予期しないエラー</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="85"/>
        <source>Something went wrong inside desk-sms. This is a bug, not something you did.
Please copy the details below and send them to your support contact.</source>
        <translation>desk-sms の内部で問題が発生しました。操作の誤りではなく、プログラムの不具合です。
下の詳細をコピーして、サポート担当者に送ってください。</translation>
    </message>
</context>
<context>
    <name>GroupsDialog</name>
    <message>
        <location filename="../../ui/dialogs/groups.py" line="39"/>
        <source>Groups</source>
        <translation>グループ</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/groups.py" line="43"/>
        <source>New…</source>
        <translation>新規…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/groups.py" line="43"/>
        <source>Rename…</source>
        <translation>名前を変更…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/groups.py" line="44"/>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/groups.py" line="65"/>
        <source>{name}  ({count} contacts)</source>
        <translation>{name}  ({count} 件)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/groups.py" line="75"/>
        <source>New group</source>
        <translation>新しいグループ</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/groups.py" line="75"/>
        <source>Name of the group:</source>
        <translation>グループ名:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/groups.py" line="83"/>
        <source>Rename group</source>
        <translation>グループ名の変更</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/groups.py" line="83"/>
        <source>New name:</source>
        <translation>新しい名前:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/groups.py" line="91"/>
        <source>Delete the group {name}? Its {count} contacts stay in your list.</source>
        <translation>グループ「{name}」を削除しますか? 所属する {count} 件の連絡先は一覧に残ります。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/groups.py" line="92"/>
        <source>Delete group</source>
        <translation>グループを削除</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="244"/>
        <source>desk-sms</source>
        <translation>desk-sms</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="248"/>
        <source>{page} (Ctrl+{number})</source>
        <translation>{page} (Ctrl+{number})</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="250"/>
        <source>Modems: engine not started</source>
        <translation>モデム: エンジン未起動</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="252"/>
        <source>Queue: engine not started</source>
        <translation>送信待ち: エンジン未起動</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <location filename="../../ui/main_window.py" line="68"/>
        <source>Dashboard</source>
        <translation>ダッシュボード</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="69"/>
        <source>Today at a glance: messages waiting, sent and delivered, replies to answer, and the health of every modem.</source>
        <translation>今日の状況をひと目で: 送信待ち・送信済み・配信済みのメッセージ、未対応の返信、各モデムの状態。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="74"/>
        <source>Comes with the dashboard issue, once the engine reports its counts.</source>
        <translation>ダッシュボードの課題で、エンジンが件数を報告できるようになってから追加されます。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="78"/>
        <source>Contacts</source>
        <translation>連絡先</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="79"/>
        <source>Your customer list with groups, consent and opt-outs, and import from Excel or CSV rosters.</source>
        <translation>お客様の一覧。グループ、同意、配信停止の管理と、Excel・CSV 名簿からの取り込み。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="83"/>
        <source>Comes with the contacts and roster import issue.</source>
        <translation>連絡先と名簿取り込みの課題で追加されます。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="87"/>
        <source>Compose</source>
        <translation>作成</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="88"/>
        <source>Write a message or pick a template, choose recipients, see the SMS count, and send now or later.</source>
        <translation>メッセージを書くかテンプレートを選び、宛先を選んで、SMS の通数を確認し、今すぐまたは日時指定で送信。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="93"/>
        <source>Comes with the sending and templates issue.</source>
        <translation>送信とテンプレートの課題で追加されます。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="97"/>
        <source>Schedules</source>
        <translation>スケジュール</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="98"/>
        <source>Reminders and recurring messages, such as the day before an appointment, with their next run times.</source>
        <translation>予約の前日連絡などのリマインダーと定期メッセージ、次回の送信日時。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="103"/>
        <source>Comes with the scheduler issue.</source>
        <translation>スケジューラーの課題で追加されます。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="107"/>
        <source>Inbox</source>
        <translation>受信箱</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="108"/>
        <source>Replies from customers, grouped into conversations, with opt-out keywords marked.</source>
        <translation>お客様からの返信を会話ごとにまとめて表示。配信停止のキーワードには印が付きます。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="111"/>
        <source>Comes with the inbox issue.</source>
        <translation>受信箱の課題で追加されます。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="115"/>
        <source>Sent</source>
        <translation>送信済み</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="116"/>
        <source>Every outgoing message with its state: queued, sent, delivered, failed or needing attention, with one-click resend.</source>
        <translation>送信したすべてのメッセージとその状態 (送信待ち・送信済み・配信済み・失敗・要確認)。ワンクリックで再送できます。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="121"/>
        <source>Comes with the outbox and delivery reports issue.</source>
        <translation>送信ボックスと配信レポートの課題で追加されます。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="125"/>
        <source>Modems</source>
        <translation>モデム</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="126"/>
        <source>The connected GSM modems: signal, network, daily limit used, and adding or removing a modem.</source>
        <translation>接続中の GSM モデム: 電波状態、ネットワーク、1 日の送信上限の使用量、モデムの追加と削除。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="130"/>
        <source>Comes with the modem management issue.</source>
        <translation>モデム管理の課題で追加されます。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="134"/>
        <source>Reports</source>
        <translation>レポート</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="135"/>
        <source>Messages per day and per modem, delivery rates, and export to Excel.</source>
        <translation>日別・モデム別のメッセージ数、配信率、Excel への書き出し。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="136"/>
        <source>Comes with the reports issue.</source>
        <translation>レポートの課題で追加されます。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="140"/>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="141"/>
        <source>Language and business settings.</source>
        <translation>表示言語と業務設定。</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <location filename="../../ui/pages/placeholder.py" line="38"/>
        <source>This page is not built yet.</source>
        <translation>このページはまだ準備中です。</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../ui/pages/settings.py" line="183"/>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="184"/>
        <source>Language (this PC)</source>
        <translation>表示言語 (この PC)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="185"/>
        <source>Display language:</source>
        <translation>表示言語:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="186"/>
        <source>System default</source>
        <translation>システムの設定に従う</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="189"/>
        <source>Changes apply immediately and are remembered on this PC.</source>
        <translation>変更はすぐに反映され、この PC に保存されます。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="191"/>
        <source>Where desk-sms keeps its data</source>
        <translation>データの保存場所</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="194"/>
        <source>Data folder:</source>
        <translation>データフォルダー:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="194"/>
        <source>Database:</source>
        <translation>データベース:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="194"/>
        <source>Window settings:</source>
        <translation>画面の設定ファイル:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="200"/>
        <source>Business settings (shared by every desk)</source>
        <translation>業務設定 (すべての端末で共通)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="204"/>
        <source>Default region:</source>
        <translation>既定の国・地域:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="205"/>
        <source>Time zone:</source>
        <translation>タイムゾーン:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="206"/>
        <source>Quiet hours:</source>
        <translation>送信停止時間帯:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="207"/>
        <source>Approval:</source>
        <translation>承認:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="212"/>
        <source>to</source>
        <translation>〜</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="213"/>
        <source>Campaigns need approval before they are sent</source>
        <translation>一斉送信は承認されてから送信する</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="216"/>
        <source>Numbers without a country code are read as numbers of the default region. Non-urgent messages wait during quiet hours; the same start and end means no quiet hours.</source>
        <translation>国番号のない電話番号は、既定の国・地域の番号として扱います。送信停止時間帯の間、急ぎでないメッセージは送信を待ちます。開始と終了が同じ時刻なら停止時間帯はありません。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="220"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="282"/>
        <source>Choose a default region from the list.</source>
        <translation>既定の国・地域を一覧から選んでください。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="284"/>
        <source>“{zone}” is not a known time zone (example: Asia/Tokyo).</source>
        <translation>「{zone}」は不明なタイムゾーンです (例: Asia/Tokyo)。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="305"/>
        <source>Saved.</source>
        <translation>保存しました。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="310"/>
        <source>Not saved.</source>
        <translation>保存できませんでした。</translation>
    </message>
</context>
</TS>
