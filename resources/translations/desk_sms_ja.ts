<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
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
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="231"/>
        <source>desk-sms</source>
        <translation>desk-sms</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="235"/>
        <source>{page} (Ctrl+{number})</source>
        <translation>{page} (Ctrl+{number})</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="237"/>
        <source>Modems: engine not started</source>
        <translation>モデム: エンジン未起動</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="239"/>
        <source>Queue: engine not started</source>
        <translation>送信待ち: エンジン未起動</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <location filename="../../ui/main_window.py" line="57"/>
        <source>Dashboard</source>
        <translation>ダッシュボード</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="58"/>
        <source>Today at a glance: messages waiting, sent and delivered, replies to answer, and the health of every modem.</source>
        <translation>今日の状況をひと目で: 送信待ち・送信済み・配信済みのメッセージ、未対応の返信、各モデムの状態。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="63"/>
        <source>Comes with the dashboard issue, once the engine reports its counts.</source>
        <translation>ダッシュボードの課題で、エンジンが件数を報告できるようになってから追加されます。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="67"/>
        <source>Contacts</source>
        <translation>連絡先</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="68"/>
        <source>Your customer list with groups, consent and opt-outs, and import from Excel or CSV rosters.</source>
        <translation>お客様の一覧。グループ、同意、配信停止の管理と、Excel・CSV 名簿からの取り込み。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="72"/>
        <source>Comes with the contacts and roster import issue.</source>
        <translation>連絡先と名簿取り込みの課題で追加されます。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="76"/>
        <source>Compose</source>
        <translation>作成</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="77"/>
        <source>Write a message or pick a template, choose recipients, see the SMS count, and send now or later.</source>
        <translation>メッセージを書くかテンプレートを選び、宛先を選んで、SMS の通数を確認し、今すぐまたは日時指定で送信。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="82"/>
        <source>Comes with the sending and templates issue.</source>
        <translation>送信とテンプレートの課題で追加されます。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="86"/>
        <source>Schedules</source>
        <translation>スケジュール</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="87"/>
        <source>Reminders and recurring messages, such as the day before an appointment, with their next run times.</source>
        <translation>予約の前日連絡などのリマインダーと定期メッセージ、次回の送信日時。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="92"/>
        <source>Comes with the scheduler issue.</source>
        <translation>スケジューラーの課題で追加されます。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="96"/>
        <source>Inbox</source>
        <translation>受信箱</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="97"/>
        <source>Replies from customers, grouped into conversations, with opt-out keywords marked.</source>
        <translation>お客様からの返信を会話ごとにまとめて表示。配信停止のキーワードには印が付きます。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="100"/>
        <source>Comes with the inbox issue.</source>
        <translation>受信箱の課題で追加されます。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="104"/>
        <source>Sent</source>
        <translation>送信済み</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="105"/>
        <source>Every outgoing message with its state: queued, sent, delivered, failed or needing attention, with one-click resend.</source>
        <translation>送信したすべてのメッセージとその状態 (送信待ち・送信済み・配信済み・失敗・要確認)。ワンクリックで再送できます。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="110"/>
        <source>Comes with the outbox and delivery reports issue.</source>
        <translation>送信ボックスと配信レポートの課題で追加されます。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="114"/>
        <source>Modems</source>
        <translation>モデム</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="115"/>
        <source>The connected GSM modems: signal, network, daily limit used, and adding or removing a modem.</source>
        <translation>接続中の GSM モデム: 電波状態、ネットワーク、1 日の送信上限の使用量、モデムの追加と削除。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="119"/>
        <source>Comes with the modem management issue.</source>
        <translation>モデム管理の課題で追加されます。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="123"/>
        <source>Reports</source>
        <translation>レポート</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="124"/>
        <source>Messages per day and per modem, delivery rates, and export to Excel.</source>
        <translation>日別・モデム別のメッセージ数、配信率、Excel への書き出し。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="125"/>
        <source>Comes with the reports issue.</source>
        <translation>レポートの課題で追加されます。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="129"/>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="130"/>
        <source>Language and business settings.</source>
        <translation>表示言語と業務設定。</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <location filename="../../ui/pages/placeholder.py" line="35"/>
        <source>This page is not built yet.</source>
        <translation>このページはまだ準備中です。</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../ui/pages/settings.py" line="174"/>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="175"/>
        <source>Language (this PC)</source>
        <translation>表示言語 (この PC)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="176"/>
        <source>Display language:</source>
        <translation>表示言語:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="177"/>
        <source>System default</source>
        <translation>システムの設定に従う</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="180"/>
        <source>Changes apply immediately and are remembered on this PC.</source>
        <translation>変更はすぐに反映され、この PC に保存されます。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="182"/>
        <source>Where desk-sms keeps its data</source>
        <translation>データの保存場所</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="185"/>
        <source>Data folder:</source>
        <translation>データフォルダー:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="185"/>
        <source>Database:</source>
        <translation>データベース:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="185"/>
        <source>Window settings:</source>
        <translation>画面の設定ファイル:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="191"/>
        <source>Business settings (shared by every desk)</source>
        <translation>業務設定 (すべての端末で共通)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="195"/>
        <source>Default region:</source>
        <translation>既定の国・地域:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="196"/>
        <source>Time zone:</source>
        <translation>タイムゾーン:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="197"/>
        <source>Quiet hours:</source>
        <translation>送信停止時間帯:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="198"/>
        <source>Approval:</source>
        <translation>承認:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="203"/>
        <source>to</source>
        <translation>〜</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="204"/>
        <source>Campaigns need approval before they are sent</source>
        <translation>一斉送信は承認されてから送信する</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="207"/>
        <source>Numbers without a country code are read as numbers of the default region. Non-urgent messages wait during quiet hours; the same start and end means no quiet hours.</source>
        <translation>国番号のない電話番号は、既定の国・地域の番号として扱います。送信停止時間帯の間、急ぎでないメッセージは送信を待ちます。開始と終了が同じ時刻なら停止時間帯はありません。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="211"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="263"/>
        <source>Choose a default region from the list.</source>
        <translation>既定の国・地域を一覧から選んでください。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="265"/>
        <source>“{zone}” is not a known time zone (example: Asia/Tokyo).</source>
        <translation>「{zone}」は不明なタイムゾーンです (例: Asia/Tokyo)。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="286"/>
        <source>Saved.</source>
        <translation>保存しました。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="291"/>
        <source>Not saved.</source>
        <translation>保存できませんでした。</translation>
    </message>
</context>
</TS>
