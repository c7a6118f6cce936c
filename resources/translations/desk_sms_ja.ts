<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>ApiGroup</name>
    <message>
        <location filename="../../ui/pages/settings_api.py" line="126"/>
        <source>Other programs: HTTP API (administrators)</source>
        <translation>ほかのプログラムとの連携: HTTP API(管理者)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_api.py" line="127"/>
        <source>Let other programs send and read through the local HTTP API</source>
        <translation>ほかのプログラムがこのパソコンの HTTP API で送信・受信確認できるようにする</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_api.py" line="128"/>
        <source>Address:</source>
        <translation>アドレス:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_api.py" line="129"/>
        <source>Port:</source>
        <translation>ポート:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_api.py" line="130"/>
        <source>API keys:</source>
        <translation>API キー:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_api.py" line="131"/>
        <source>New key:</source>
        <translation>新しいキー:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_api.py" line="132"/>
        <source>Key:</source>
        <translation>キー:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_api.py" line="134"/>
        <source>127.0.0.1 means only programs on this PC. The engine (desk-sms serve) starts the API with these settings when it starts.</source>
        <translation>127.0.0.1 はこのパソコンのプログラムだけが使えるという意味です。エンジン(desk-sms serve)が起動するときに、この設定で API を始めます。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_api.py" line="136"/>
        <source>e.g. the reservation system</source>
        <translation>例: 予約システム</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_api.py" line="137"/>
        <source>send</source>
        <translation>送信</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_api.py" line="137"/>
        <source>read replies</source>
        <translation>返信の読み取り</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_api.py" line="138"/>
        <source>appointments</source>
        <translation>予約</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_api.py" line="141"/>
        <source>Create key</source>
        <translation>キーを作成</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_api.py" line="142"/>
        <source>Revoke</source>
        <translation>無効にする</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_api.py" line="143"/>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_api.py" line="144"/>
        <source>Save API settings</source>
        <translation>API の設定を保存</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_api.py" line="146"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_api.py" line="146"/>
        <source>Scopes</source>
        <translation>権限</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_api.py" line="146"/>
        <source>Created</source>
        <translation>作成日時</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_api.py" line="146"/>
        <source>Last used</source>
        <translation>最終使用</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_api.py" line="146"/>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_api.py" line="174"/>
        <source>Type an IP address, e.g. 127.0.0.1.</source>
        <translation>IP アドレスを入力してください(例: 127.0.0.1)。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_api.py" line="177"/>
        <source>Warning: other computers on the network can reach the API at this address; anyone with a key can send messages. Use 127.0.0.1 unless another computer must call it.</source>
        <translation>注意: このアドレスでは、ネットワーク上のほかのパソコンから API に接続できます。キーを持つ人は誰でもメッセージを送信できます。ほかのパソコンから使う必要がなければ 127.0.0.1 にしてください。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_api.py" line="188"/>
        <location filename="../../ui/pages/settings_api.py" line="191"/>
        <source>Not saved.</source>
        <translation>保存できませんでした。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_api.py" line="190"/>
        <source>Saved. The engine uses it from its next start.</source>
        <translation>保存しました。エンジンの次回の起動から使われます。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_api.py" line="205"/>
        <source>active</source>
        <translation>有効</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_api.py" line="205"/>
        <source>revoked</source>
        <translation>無効</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_api.py" line="227"/>
        <source>Copy the key for {name} now: it is shown only this once.</source>
        <translation>{name} のキーを今コピーしてください。表示されるのはこの一度だけです。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_api.py" line="239"/>
        <source>Revoke an API key</source>
        <translation>API キーを無効にする</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_api.py" line="240"/>
        <source>Revoke the key {name}? Programs using it are refused from now on.</source>
        <translation>キー {name} を無効にしますか? このキーを使うプログラムは、今後すべて拒否されます。</translation>
    </message>
</context>
<context>
    <name>AppointmentEditor</name>
    <message>
        <location filename="../../ui/dialogs/appointment_editor.py" line="49"/>
        <source>Appointment</source>
        <translation>予約</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appointment_editor.py" line="56"/>
        <source>Name or number</source>
        <translation>名前または番号</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appointment_editor.py" line="58"/>
        <source>Find contact</source>
        <translation>連絡先を検索</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appointment_editor.py" line="60"/>
        <source>Contact</source>
        <translation>連絡先</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appointment_editor.py" line="64"/>
        <source>Date and time</source>
        <translation>日時</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appointment_editor.py" line="66"/>
        <source>Place</source>
        <translation>場所</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appointment_editor.py" line="68"/>
        <source>Notes</source>
        <translation>メモ</translation>
    </message>
</context>
<context>
    <name>ApprovalPanel</name>
    <message>
        <location filename="../../ui/widgets/approval_panel.py" line="68"/>
        <source>Campaigns and approval</source>
        <translation>キャンペーンと承認</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/approval_panel.py" line="69"/>
        <source>Campaign</source>
        <translation>キャンペーン</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/approval_panel.py" line="69"/>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/approval_panel.py" line="69"/>
        <source>Made by</source>
        <translation>作成者</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/approval_panel.py" line="69"/>
        <source>Approved by</source>
        <translation>承認者</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/approval_panel.py" line="70"/>
        <source>Approved at</source>
        <translation>承認日時</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/approval_panel.py" line="72"/>
        <source>Approve</source>
        <translation>承認</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/approval_panel.py" line="73"/>
        <source>Reject</source>
        <translation>却下</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/approval_panel.py" line="105"/>
        <source>awaiting approval</source>
        <translation>承認待ち</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/approval_panel.py" line="105"/>
        <source>sending</source>
        <translation>送信中</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/approval_panel.py" line="106"/>
        <source>paused</source>
        <translation>一時停止中</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/approval_panel.py" line="106"/>
        <source>cancelled</source>
        <translation>中止</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/approval_panel.py" line="106"/>
        <source>draft</source>
        <translation>下書き</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/approval_panel.py" line="133"/>
        <source>Only an administrator can approve a campaign.</source>
        <translation>キャンペーンを承認できるのは管理者だけです。</translation>
    </message>
</context>
<context>
    <name>AssignmentBar</name>
    <message>
        <location filename="../../ui/widgets/inbox_assignment.py" line="53"/>
        <source>Anyone&apos;s</source>
        <translation>全員の担当</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/inbox_assignment.py" line="54"/>
        <source>Nobody</source>
        <translation>担当なし</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/inbox_assignment.py" line="55"/>
        <source>Assign</source>
        <translation>担当にする</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/inbox_assignment.py" line="56"/>
        <source>Give the selected messages to this user (administrators)</source>
        <translation>選んだメッセージをこのユーザーの担当にします（管理者）</translation>
    </message>
</context>
<context>
    <name>AuditLogDialog</name>
    <message>
        <location filename="../../ui/pages/audit.py" line="121"/>
        <source>Audit log</source>
        <translation>監査ログ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="122"/>
        <source>All users</source>
        <translation>すべてのユーザー</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="123"/>
        <source>All actions</source>
        <translation>すべての操作</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="128"/>
        <source>Imports</source>
        <translation>取り込み</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="130"/>
        <source>Sending</source>
        <translation>送信</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="131"/>
        <source>Campaigns</source>
        <translation>キャンペーン</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="132"/>
        <source>Approvals</source>
        <translation>承認</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="125"/>
        <source>Contacts</source>
        <translation>連絡先</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="126"/>
        <source>Opt-outs</source>
        <translation>配信停止</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="138"/>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="140"/>
        <source>Backups</source>
        <translation>バックアップ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="137"/>
        <source>Inbox</source>
        <translation>受信箱</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="134"/>
        <source>Segments</source>
        <translation>絞り込み</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="148"/>
        <source>Last day</source>
        <translation>過去1日</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="149"/>
        <source>Last 7 days</source>
        <translation>過去7日間</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="150"/>
        <source>Last 30 days</source>
        <translation>過去30日間</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="151"/>
        <source>Last year</source>
        <translation>過去1年</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="152"/>
        <source>Everything</source>
        <translation>すべて</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="156"/>
        <source>Search the details</source>
        <translation>詳細を検索</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="158"/>
        <source>When</source>
        <translation>日時</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="158"/>
        <source>Who</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="158"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="158"/>
        <source>Object</source>
        <translation>対象</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="158"/>
        <source>Detail</source>
        <translation>詳細</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="160"/>
        <source>Export…</source>
        <translation>書き出し…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="161"/>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/audit.py" line="208"/>
        <source>%Ln entries</source>
        <translation>
            <numerusform>%Ln 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/audit.py" line="211"/>
        <source>%Ln entries, the newest {shown} shown</source>
        <translation>
            <numerusform>%Ln 件(新しい {shown} 件を表示)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="220"/>
        <source>Export the audit log</source>
        <translation>監査ログの書き出し</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="222"/>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel ブック (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="127"/>
        <source>Groups</source>
        <translation>グループ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="129"/>
        <source>Exports of personal data</source>
        <translation>個人データの書き出し</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="133"/>
        <source>Templates</source>
        <translation>テンプレート</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="135"/>
        <source>Schedules</source>
        <translation>スケジュール</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="136"/>
        <source>Appointments</source>
        <translation>予約</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="139"/>
        <source>Modems</source>
        <translation>モデム</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="141"/>
        <source>Database</source>
        <translation>データベース</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="142"/>
        <source>Users and sign-ins</source>
        <translation>ユーザーとサインイン</translation>
    </message>
</context>
<context>
    <name>BackupGroup</name>
    <message>
        <location filename="../../ui/pages/settings_backups.py" line="92"/>
        <source>Backups</source>
        <translation>バックアップ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_backups.py" line="93"/>
        <source>Keep daily backups for</source>
        <translation>毎日のバックアップの保存期間</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_backups.py" line="94"/>
        <source> days</source>
        <translation> 日</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_backups.py" line="95"/>
        <source>Back up now</source>
        <translation>今すぐバックアップ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_backups.py" line="96"/>
        <source>Restore…</source>
        <translation>復元…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_backups.py" line="139"/>
        <source>The backups folder cannot be read: {reason}</source>
        <translation>バックアップフォルダーを読み取れません: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_backups.py" line="145"/>
        <source>The database is on a server: its administrator backs it up with the server&apos;s own tools.</source>
        <translation>データベースはサーバー上にあります。バックアップはサーバーの管理者がサーバー側のツールで行います。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_backups.py" line="151"/>
        <source>The daily backup failed: {reason}</source>
        <translation>毎日のバックアップに失敗しました: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_backups.py" line="153"/>
        <source>No backup yet. Backups are kept in {folder}.</source>
        <translation>まだバックアップはありません。バックアップの保存先: {folder}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/settings_backups.py" line="156"/>
        <source>Last backup {when}; %Ln backup(s) in {folder}.</source>
        <translation>
            <numerusform>最新のバックアップ {when}({folder} に %Ln 件)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_backups.py" line="166"/>
        <source>No room for a backup: the disk holding {folder} has {free} free and a backup needs about {needed}. Free some space there; until then no daily backup is made.</source>
        <translation>バックアップを置く空きがありません: {folder} のあるディスクの空きは {free} で、バックアップには約 {needed} 必要です。空き容量を増やしてください。それまで毎日のバックアップは作成されません。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_backups.py" line="197"/>
        <location filename="../../ui/pages/settings_backups.py" line="226"/>
        <source>Restore a backup</source>
        <translation>バックアップから復元</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_backups.py" line="199"/>
        <source>desk-sms backups (*.sqlite3);;All files (*)</source>
        <translation>desk-sms のバックアップ (*.sqlite3);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_backups.py" line="217"/>
        <source>Replace the current database with {file}?

The current database is kept as a backup first. This window stops sending and receiving, and desk-sms closes when the restore is done: start it again to work on the restored data.</source>
        <translation>現在のデータベースを {file} で置き換えますか?

現在のデータベースは先にバックアップとして保存されます。このウィンドウは送受信を止め、復元が終わると desk-sms は終了します。復元したデータで作業するには、もう一度起動してください。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_backups.py" line="251"/>
        <source>The database was restored from {file}. The previous one is kept as {kept}.

desk-sms closes now; start it again.</source>
        <translation>{file} からデータベースを復元しました。以前のデータベースは {kept} に保存されています。

desk-sms を終了します。もう一度起動してください。</translation>
    </message>
</context>
<context>
    <name>BusinessHoursForm</name>
    <message>
        <location filename="../../ui/pages/rules_hours.py" line="84"/>
        <source>Monday:</source>
        <translation>月曜日:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rules_hours.py" line="84"/>
        <source>Tuesday:</source>
        <translation>火曜日:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rules_hours.py" line="84"/>
        <source>Wednesday:</source>
        <translation>水曜日:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rules_hours.py" line="84"/>
        <source>Thursday:</source>
        <translation>木曜日:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rules_hours.py" line="85"/>
        <source>Friday:</source>
        <translation>金曜日:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rules_hours.py" line="85"/>
        <source>Saturday:</source>
        <translation>土曜日:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rules_hours.py" line="85"/>
        <source>Sunday:</source>
        <translation>日曜日:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rules_hours.py" line="88"/>
        <source>closed</source>
        <translation>休み</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rules_hours.py" line="89"/>
        <source>Public holidays:</source>
        <translation>祝日:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rules_hours.py" line="90"/>
        <source>Also closed on:</source>
        <translation>その他の休業日:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rules_hours.py" line="91"/>
        <source>Open on these holidays:</source>
        <translation>営業する祝日:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rules_hours.py" line="92"/>
        <source>Closed on Japan&apos;s public holidays</source>
        <translation>祝日は休業</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rules_hours.py" line="94"/>
        <source>Rules marked “outside business hours” act when a message arrives outside these hours. Write hours as 09:00-18:00; leave a day empty when closed. Dates as 2026-08-13, one per line.</source>
        <translation>「営業時間外」のルールは、この時間外に届いたメッセージに働きます。時間は 09:00-18:00 の形で、休みの曜日は空欄にします。日付は 2026-08-13 の形で1行に1つ。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rules_hours.py" line="96"/>
        <source>Save business hours</source>
        <translation>営業時間を保存</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rules_hours.py" line="142"/>
        <source>Saved.</source>
        <translation>保存しました。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rules_hours.py" line="142"/>
        <source>Not saved.</source>
        <translation>保存できませんでした。</translation>
    </message>
</context>
<context>
    <name>CampaignProgressPanel</name>
    <message>
        <location filename="../../ui/widgets/campaign_progress.py" line="96"/>
        <source>Pause</source>
        <translation>一時停止</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/campaign_progress.py" line="97"/>
        <source>Resume</source>
        <translation>再開</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/campaign_progress.py" line="98"/>
        <location filename="../../ui/widgets/campaign_progress.py" line="206"/>
        <source>Cancel campaign</source>
        <translation>一斉送信を中止</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/campaign_progress.py" line="145"/>
        <source>{done} of {total}</source>
        <translation>{done} / {total}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/campaign_progress.py" line="147"/>
        <source>{rate:.1f} per minute</source>
        <translation>毎分 {rate:.1f} 通</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/campaign_progress.py" line="166"/>
        <source>Nothing left to send</source>
        <translation>送信待ちはありません</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/campaign_progress.py" line="168"/>
        <source>Paused</source>
        <translation>一時停止中</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/campaign_progress.py" line="170"/>
        <source>No modem is ready: no estimate</source>
        <translation>使えるモデムがないため見込みを出せません</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/campaign_progress.py" line="172"/>
        <source>Resting until {time} (quiet hours)</source>
        <translation>{time} まで休止中（送信停止時間帯）</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/campaign_progress.py" line="175"/>
        <source>Daily limits reached: waiting for them to free up</source>
        <translation>1日の上限に達しました。枠が空くのを待っています</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/campaign_progress.py" line="176"/>
        <source>Daily limits reached: resumes about {time}</source>
        <translation>1日の上限に達しました。{time} ごろ再開します</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/campaign_progress.py" line="179"/>
        <source>Less than a minute left</source>
        <translation>残り1分未満</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/campaign_progress.py" line="180"/>
        <source>About {duration} left</source>
        <translation>残り約 {duration}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/campaign_progress.py" line="182"/>
        <source>%Ln wait(s) for tomorrow&apos;s limits</source>
        <translation>
            <numerusform>%Ln 通は翌日の枠を待ちます</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/widgets/campaign_progress.py" line="188"/>
        <source>{minutes} min</source>
        <translation>{minutes} 分</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/campaign_progress.py" line="189"/>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} 時間 {minutes} 分</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/campaign_progress.py" line="207"/>
        <source>Cancel every message of this campaign that has not gone out yet?
Messages already sent are not affected.</source>
        <translation>この一斉送信で未送信のメッセージをすべて取り消しますか？
送信済みのメッセージはそのままです。</translation>
    </message>
</context>
<context>
    <name>CheckStep</name>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_pages.py" line="284"/>
        <source>%Ln row(s) read</source>
        <translation>
            <numerusform>%Ln 行を読み込みました</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_pages.py" line="285"/>
        <source>%Ln new contact(s)</source>
        <translation>
            <numerusform>新規 %Ln 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_pages.py" line="286"/>
        <source>%Ln already in your contacts</source>
        <translation>
            <numerusform>登録済み %Ln 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_pages.py" line="288"/>
        <source>%Ln duplicate(s) within the file</source>
        <translation>
            <numerusform>ファイル内の重複 %Ln 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_pages.py" line="290"/>
        <source>%Ln invalid</source>
        <translation>
            <numerusform>エラー %Ln 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_pages.py" line="311"/>
        <source>%Ln more row(s) are in the saved file.</source>
        <translation>
            <numerusform>残りの %Ln 行は保存したファイルで確認できます。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComposePage</name>
    <message>
        <location filename="../../ui/pages/compose.py" line="218"/>
        <source>Compose</source>
        <translation>作成</translation>
    </message>
    <message>
        <location filename="../../ui/pages/compose.py" line="219"/>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/compose.py" line="220"/>
        <source>Templates…</source>
        <translation>テンプレート…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/compose.py" line="221"/>
        <source>When a value is missing:</source>
        <translation>値がない場合:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/compose.py" line="222"/>
        <source>skip the recipient</source>
        <translation>その宛先に送らない</translation>
    </message>
    <message>
        <location filename="../../ui/pages/compose.py" line="223"/>
        <source>use this text</source>
        <translation>次の文字で代用</translation>
    </message>
    <message>
        <location filename="../../ui/pages/compose.py" line="224"/>
        <location filename="../../ui/pages/compose.py" line="241"/>
        <source>Send</source>
        <translation>送信</translation>
    </message>
    <message>
        <location filename="../../ui/pages/compose.py" line="225"/>
        <source>Campaign name</source>
        <translation>キャンペーン名</translation>
    </message>
    <message>
        <location filename="../../ui/pages/compose.py" line="226"/>
        <source>Kind:</source>
        <translation>種類:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/compose.py" line="227"/>
        <source>Notice</source>
        <translation>お知らせ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/compose.py" line="228"/>
        <source>Advertising</source>
        <translation>広告・宣伝</translation>
    </message>
    <message>
        <location filename="../../ui/pages/compose.py" line="230"/>
        <source>Notice: appointments, fees, closures. Advertising: courses, events, offers; it goes only to contacts with recorded consent and must name the sender and say how to stop.</source>
        <translation>お知らせ: 予約、月謝、休講など。広告・宣伝: 講習、イベント、キャンペーンなど。同意を記録した連絡先にだけ送られ、送信者名と配信停止の方法を本文に書く必要があります。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/compose.py" line="232"/>
        <source>Now</source>
        <translation>今すぐ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/compose.py" line="233"/>
        <source>At</source>
        <translation>日時</translation>
    </message>
    <message>
        <location filename="../../ui/pages/compose.py" line="234"/>
        <source>If the PC was off, still send up to</source>
        <translation>PCが止まっていた場合も送る遅れの上限</translation>
    </message>
    <message>
        <location filename="../../ui/pages/compose.py" line="236"/>
        <source>Urgent</source>
        <translation>緊急</translation>
    </message>
    <message>
        <location filename="../../ui/pages/compose.py" line="238"/>
        <source>Goes out during quiet hours too, before other messages. Only an administrator may send a campaign as urgent.</source>
        <translation>送信停止時間帯でも、ほかのメッセージより先に送ります。一斉送信を緊急にできるのは管理者だけです。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/compose.py" line="240"/>
        <source>Review…</source>
        <translation>確認…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/compose.py" line="247"/>
        <source>30 minutes late</source>
        <translation>30分遅れまで</translation>
    </message>
    <message>
        <location filename="../../ui/pages/compose.py" line="247"/>
        <source>1 hour late</source>
        <translation>1時間遅れまで</translation>
    </message>
    <message>
        <location filename="../../ui/pages/compose.py" line="247"/>
        <source>2 hours late</source>
        <translation>2時間遅れまで</translation>
    </message>
    <message>
        <location filename="../../ui/pages/compose.py" line="248"/>
        <source>6 hours late</source>
        <translation>6時間遅れまで</translation>
    </message>
    <message>
        <location filename="../../ui/pages/compose.py" line="285"/>
        <source>(type freely)</source>
        <translation>(自由に入力)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/compose.py" line="335"/>
        <source>Not sent to this recipient: {reason}</source>
        <translation>この宛先には送られません: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/compose.py" line="399"/>
        <source>Campaign stored. &lt;a href=&quot;campaign:{id}&quot;&gt;Show it on the Sent page&lt;/a&gt;</source>
        <translation>キャンペーンを登録しました。&lt;a href=&quot;campaign:{id}&quot;&gt;送信済みページで見る&lt;/a&gt;</translation>
    </message>
</context>
<context>
    <name>ComposeSummary</name>
    <message>
        <location filename="../../ui/pages/compose_summary.py" line="22"/>
        <source>opted out</source>
        <translation>配信停止</translation>
    </message>
    <message>
        <location filename="../../ui/pages/compose_summary.py" line="23"/>
        <source>not a valid mobile number</source>
        <translation>携帯電話番号ではない</translation>
    </message>
    <message>
        <location filename="../../ui/pages/compose_summary.py" line="24"/>
        <source>duplicate number</source>
        <translation>番号の重複</translation>
    </message>
    <message>
        <location filename="../../ui/pages/compose_summary.py" line="25"/>
        <source>missing value</source>
        <translation>値がない</translation>
    </message>
    <message>
        <location filename="../../ui/pages/compose_summary.py" line="26"/>
        <source>message too long</source>
        <translation>メッセージが長すぎる</translation>
    </message>
    <message>
        <location filename="../../ui/pages/compose_summary.py" line="27"/>
        <source>no consent to advertising</source>
        <translation>広告の同意なし</translation>
    </message>
    <message>
        <location filename="../../ui/pages/compose_summary.py" line="28"/>
        <source>contact deleted</source>
        <translation>連絡先が削除済み</translation>
    </message>
    <message>
        <location filename="../../ui/pages/compose_summary.py" line="36"/>
        <source>about {minutes} min</source>
        <translation>約{minutes}分</translation>
    </message>
    <message>
        <location filename="../../ui/pages/compose_summary.py" line="37"/>
        <source>about {hours} h {minutes} min</source>
        <translation>約{hours}時間{minutes}分</translation>
    </message>
    <message>
        <location filename="../../ui/pages/compose_summary.py" line="43"/>
        <source>no modem is ready: the messages wait until one is</source>
        <translation>使えるモデムがありません。モデムが使えるようになるまで待ちます</translation>
    </message>
    <message>
        <location filename="../../ui/pages/compose_summary.py" line="45"/>
        <source>quiet hours: sending starts at {time}</source>
        <translation>送信停止時間帯です。{time}に送信を始めます</translation>
    </message>
    <message>
        <location filename="../../ui/pages/compose_summary.py" line="51"/>
        <source>every modem reached its daily limit: sending waits until one frees</source>
        <translation>すべてのモデムが1日の上限に達しました。空きができるまで待ちます</translation>
    </message>
    <message>
        <location filename="../../ui/pages/compose_summary.py" line="63"/>
        <source>Recipients</source>
        <translation>宛先</translation>
    </message>
    <message>
        <location filename="../../ui/pages/compose_summary.py" line="64"/>
        <source>Excluded</source>
        <translation>除外</translation>
    </message>
    <message>
        <location filename="../../ui/pages/compose_summary.py" line="65"/>
        <source>SMS parts in total</source>
        <translation>SMS通数の合計</translation>
    </message>
    <message>
        <location filename="../../ui/pages/compose_summary.py" line="66"/>
        <source>Estimated time</source>
        <translation>所要時間の目安</translation>
    </message>
    <message>
        <location filename="../../ui/pages/compose_summary.py" line="70"/>
        <source>Sending at</source>
        <translation>送信日時</translation>
    </message>
    <message>
        <location filename="../../ui/pages/compose_summary.py" line="78"/>
        <source>An administrator must approve this campaign before it is sent.</source>
        <translation>このキャンペーンは管理者の承認後に送信されます。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/compose_summary.py" line="88"/>
        <source>Not sent to</source>
        <translation>送らない宛先</translation>
    </message>
    <message>
        <location filename="../../ui/pages/compose_summary.py" line="96"/>
        <source>… and {count} more</source>
        <translation>…ほか{count}件</translation>
    </message>
    <message>
        <location filename="../../ui/pages/compose_summary.py" line="105"/>
        <source>Missing values</source>
        <translation>値がない項目</translation>
    </message>
    <message>
        <location filename="../../ui/pages/compose_summary.py" line="48"/>
        <source>every modem reached its daily limit: sending resumes at {time}</source>
        <translation>どのモデムも1日の上限に達しました：{time}に送信を再開します</translation>
    </message>
</context>
<context>
    <name>ConditionRow</name>
    <message>
        <location filename="../../ui/dialogs/segment_editor.py" line="76"/>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/segment_editor.py" line="79"/>
        <source>Value</source>
        <translation>値</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../../ui/dialogs/contact_editor.py" line="69"/>
        <source>New contact</source>
        <translation>新しい連絡先</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_editor.py" line="69"/>
        <source>Contact</source>
        <translation>連絡先</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_editor.py" line="72"/>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_editor.py" line="73"/>
        <source>Messages</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_editor.py" line="92"/>
        <source>ヤマダ タロウ</source>
        <translation>ヤマダ タロウ</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_editor.py" line="94"/>
        <source>One number per line, e.g. 090-1234-5678</source>
        <translation>1 行に 1 つの番号 (例: 090-1234-5678)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_editor.py" line="99"/>
        <source>Field</source>
        <translation>項目</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_editor.py" line="99"/>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_editor.py" line="105"/>
        <source>Name:</source>
        <translation>氏名:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_editor.py" line="106"/>
        <source>Reading (furigana):</source>
        <translation>フリガナ:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_editor.py" line="107"/>
        <source>Phone numbers:</source>
        <translation>電話番号:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_editor.py" line="108"/>
        <source>Groups:</source>
        <translation>グループ:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_editor.py" line="109"/>
        <source>Fields:</source>
        <translation>追加項目:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_editor.py" line="110"/>
        <source>Consent:</source>
        <translation>同意:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_editor.py" line="111"/>
        <source>Opt-out:</source>
        <translation>配信停止:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_editor.py" line="112"/>
        <source>Notes:</source>
        <translation>メモ:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_editor.py" line="119"/>
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
        <location filename="../../ui/dialogs/contact_editor.py" line="188"/>
        <source>No</source>
        <translation>なし</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_editor.py" line="177"/>
        <source>Contact: {name}</source>
        <translation>連絡先: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_editor.py" line="190"/>
        <source>Opted out on {date}: {reason}</source>
        <translation>{date} に配信停止: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_editor.py" line="203"/>
        <source>Sent</source>
        <translation>送信</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_editor.py" line="203"/>
        <source>Received</source>
        <translation>受信</translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <location filename="../../ui/pages/contacts.py" line="168"/>
        <source>Contacts</source>
        <translation>連絡先</translation>
    </message>
    <message>
        <location filename="../../ui/pages/contacts.py" line="170"/>
        <source>Filter by name, reading, number, group or field…</source>
        <translation>氏名・フリガナ・番号・グループ・項目で絞り込み…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/contacts.py" line="171"/>
        <source>Add contact</source>
        <translation>連絡先を追加</translation>
    </message>
    <message>
        <location filename="../../ui/pages/contacts.py" line="172"/>
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <location filename="../../ui/pages/contacts.py" line="173"/>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../../ui/pages/contacts.py" line="174"/>
        <source>Add to group…</source>
        <translation>グループに追加…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/contacts.py" line="175"/>
        <source>Opt out / in…</source>
        <translation>配信停止 / 再開…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/contacts.py" line="176"/>
        <source>Groups…</source>
        <translation>グループ…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/contacts.py" line="177"/>
        <source>Export…</source>
        <translation>書き出し…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/contacts.py" line="178"/>
        <source>Import…</source>
        <translation>取り込み…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/contacts.py" line="179"/>
        <source>Undo</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <location filename="../../ui/pages/contacts.py" line="181"/>
        <location filename="../../ui/pages/contacts.py" line="245"/>
        <source>All groups</source>
        <translation>すべてのグループ</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/contacts.py" line="236"/>
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/contacts.py" line="281"/>
        <source>%Ln contact(s) deleted.</source>
        <translation>
            <numerusform>%Ln 件の連絡先を削除しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/contacts.py" line="292"/>
        <source>%Ln contact(s) restored.</source>
        <translation>
            <numerusform>%Ln 件の連絡先を元に戻しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/contacts.py" line="312"/>
        <source>%Ln contact(s) added to the group.</source>
        <translation>
            <numerusform>%Ln 件の連絡先をグループに追加しました。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/contacts.py" line="321"/>
        <source>Opted back in.</source>
        <translation>配信を再開しました。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/contacts.py" line="323"/>
        <source>Opt out</source>
        <translation>配信停止</translation>
    </message>
    <message>
        <location filename="../../ui/pages/contacts.py" line="323"/>
        <source>Reason (optional):</source>
        <translation>理由 (任意):</translation>
    </message>
    <message>
        <location filename="../../ui/pages/contacts.py" line="325"/>
        <source>Opted out.</source>
        <translation>配信停止にしました。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/contacts.py" line="338"/>
        <source>Export contacts</source>
        <translation>連絡先の書き出し</translation>
    </message>
    <message>
        <location filename="../../ui/pages/contacts.py" line="338"/>
        <source>Excel (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/contacts.py" line="352"/>
        <source>Exported to {path}</source>
        <translation>{path} に書き出しました</translation>
    </message>
    <message>
        <location filename="../../ui/pages/contacts.py" line="183"/>
        <source>With or without consent</source>
        <translation>同意の有無を問わず</translation>
    </message>
    <message>
        <location filename="../../ui/pages/contacts.py" line="183"/>
        <source>With consent</source>
        <translation>同意あり</translation>
    </message>
    <message>
        <location filename="../../ui/pages/contacts.py" line="183"/>
        <source>Without consent</source>
        <translation>同意なし</translation>
    </message>
</context>
<context>
    <name>ContactsTableModel</name>
    <message>
        <location filename="../../ui/models/contacts_model.py" line="87"/>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <location filename="../../ui/models/contacts_model.py" line="87"/>
        <source>Reading</source>
        <translation>フリガナ</translation>
    </message>
    <message>
        <location filename="../../ui/models/contacts_model.py" line="87"/>
        <source>Phone</source>
        <translation>電話番号</translation>
    </message>
    <message>
        <location filename="../../ui/models/contacts_model.py" line="87"/>
        <source>Groups</source>
        <translation>グループ</translation>
    </message>
    <message>
        <location filename="../../ui/models/contacts_model.py" line="87"/>
        <source>Opt-out</source>
        <translation>配信停止</translation>
    </message>
    <message>
        <location filename="../../ui/models/contacts_model.py" line="131"/>
        <source>Opted out</source>
        <translation>配信停止中</translation>
    </message>
</context>
<context>
    <name>ConversationDialog</name>
    <message>
        <location filename="../../ui/dialogs/conversation.py" line="94"/>
        <source>Write a reply…</source>
        <translation>返信を入力…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conversation.py" line="98"/>
        <source>Urgent</source>
        <translation>緊急</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conversation.py" line="99"/>
        <source>Goes out during quiet hours too, before other messages.</source>
        <translation>送信停止時間帯でも、ほかのメッセージより先に送ります。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conversation.py" line="100"/>
        <source>Send reply</source>
        <translation>返信する</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conversation.py" line="103"/>
        <source>Reply anyway</source>
        <translation>それでも返信する</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conversation.py" line="105"/>
        <source>Add as contact</source>
        <translation>連絡先に追加</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conversation.py" line="107"/>
        <source>Export…</source>
        <translation>書き出し…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conversation.py" line="156"/>
        <source>Conversation with {who}</source>
        <translation>{who} とのやりとり</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conversation.py" line="172"/>
        <source>from {modem}</source>
        <translation>{modem} から送信</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conversation.py" line="183"/>
        <source>Insert a template…</source>
        <translation>テンプレートを挿入…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conversation.py" line="225"/>
        <source>Another desk started replying at {time}; wait, or reply anyway.</source>
        <translation>別の席が {time} から返信中です。お待ちいただくか、それでも返信してください。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conversation.py" line="249"/>
        <source>Reply queued; it leaves through the modem the customer wrote to.</source>
        <translation>返信を送信待ちにしました。お客様が送ってきたモデムから送信されます。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conversation.py" line="259"/>
        <source>Export conversation</source>
        <translation>やりとりを書き出す</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conversation.py" line="259"/>
        <source>Excel (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message numerus="yes">
        <location filename="../../ui/counts.py" line="21"/>
        <source>%Ln minute(s)</source>
        <translation>
            <numerusform>%Ln 分</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/counts.py" line="24"/>
        <source>%Ln part(s)</source>
        <translation>
            <numerusform>%Ln 通</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/counts.py" line="27"/>
        <source>%Ln need(s) attention</source>
        <translation>
            <numerusform>要対応 %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/counts.py" line="30"/>
        <source>%Ln tries left.</source>
        <translation>
            <numerusform>残り %Ln 回です。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/counts.py" line="33"/>
        <source>{ready} of %Ln modem(s) ready</source>
        <translation>
            <numerusform>モデム %Ln 台中 {ready} 台が使用可能</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/counts.py" line="36"/>
        <source>(%Ln wait(s) for tomorrow&apos;s daily limits)</source>
        <translation>
            <numerusform>(%Ln件は翌日の上限まで待ちます)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/counts.py" line="42"/>
        <source>%Ln byte(s)</source>
        <translation>
            <numerusform>%Ln バイト</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/counts.py" line="43"/>
        <source>{size} {unit}</source>
        <translation>{size} {unit}</translation>
    </message>
</context>
<context>
    <name>CurrentUserIndicator</name>
    <message>
        <location filename="../../ui/widgets/user_indicator.py" line="50"/>
        <source>Switch user</source>
        <translation>ユーザー切替</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/user_indicator.py" line="86"/>
        <source>Not signed in</source>
        <translation>未ログイン</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/user_indicator.py" line="88"/>
        <source>administrator</source>
        <translation>管理者</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/user_indicator.py" line="88"/>
        <source>operator</source>
        <translation>担当者</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/user_indicator.py" line="89"/>
        <source>User: {name} ({role})</source>
        <translation>ユーザー: {name}({role})</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="147"/>
        <source>Going out later today</source>
        <translation>本日このあと送信</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="148"/>
        <source>Waiting to send</source>
        <translation>送信待ち</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="149"/>
        <source>Sending now</source>
        <translation>送信中</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="150"/>
        <source>Needs attention</source>
        <translation>要対応</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="151"/>
        <source>Replies to answer</source>
        <translation>未対応の返信</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="152"/>
        <source>Missed schedule runs (7 days)</source>
        <translation>実行されなかった予約(7日間)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="153"/>
        <source>Sent today</source>
        <translation>本日の送信</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="154"/>
        <source>Delivered today</source>
        <translation>本日の配信済み</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="155"/>
        <source>Failed today</source>
        <translation>本日の失敗</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="156"/>
        <source>On hold</source>
        <translation>保留中</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="157"/>
        <source>Received today</source>
        <translation>本日の受信</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="158"/>
        <source>Modems ready</source>
        <translation>使用可能なモデム</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="162"/>
        <source>Dashboard</source>
        <translation>ダッシュボード</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="164"/>
        <source>Today, {date}. Click a figure to open its list.</source>
        <translation>本日 {date}。数字をクリックすると一覧を開きます。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="168"/>
        <source>Modems</source>
        <translation>モデム</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="197"/>
        <source>{ready} of {total}</source>
        <translation>{total} 台中 {ready} 台</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="214"/>
        <source>No modem yet: add one on the Modems page.</source>
        <translation>モデムがまだありません。「モデム」ページで追加してください。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/dashboard.py" line="216"/>
        <source>{name}: {state}, signal {bars}/5, {used} of %Ln part(s) in 24 h{error}</source>
        <translation>
            <numerusform>{name}: {state}、電波 {bars}/5、24時間で %Ln 通中 {used} 通{error}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="219"/>
        <source>disabled</source>
        <translation>無効</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="234"/>
        <source>daily limit reached, sends again at {time}</source>
        <translation>1日の上限に到達、{time}に送信再開</translation>
    </message>
</context>
<context>
    <name>DatabaseGroup</name>
    <message>
        <location filename="../../ui/pages/settings_database.py" line="140"/>
        <source>Database</source>
        <translation>データベース</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_database.py" line="144"/>
        <source>This computer only (file)</source>
        <translation>このパソコンだけ（ファイル）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_database.py" line="145"/>
        <source>A PostgreSQL server shared by several desks</source>
        <translation>複数の受付で共有する PostgreSQL サーバー</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_database.py" line="147"/>
        <source>Server (host name or address):</source>
        <translation>サーバー（ホスト名またはアドレス）:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_database.py" line="148"/>
        <source>Port:</source>
        <translation>ポート:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_database.py" line="149"/>
        <source>Database name:</source>
        <translation>データベース名:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_database.py" line="150"/>
        <source>User:</source>
        <translation>ユーザー:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_database.py" line="151"/>
        <source>Password:</source>
        <translation>パスワード:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_database.py" line="155"/>
        <source>Use TLS (encryption)</source>
        <translation>TLS を使う（暗号化）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_database.py" line="156"/>
        <source>Test connection</source>
        <translation>接続をテスト</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_database.py" line="157"/>
        <source>Use this database</source>
        <translation>このデータベースを使う</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_database.py" line="168"/>
        <source>In use now: this computer&apos;s file {path}</source>
        <translation>現在の保存先: このパソコンのファイル {path}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_database.py" line="171"/>
        <source>In use now: database {database} on the PostgreSQL server {host}:{port}, user {user}</source>
        <translation>現在の保存先: PostgreSQL サーバー {host}:{port} のデータベース {database}（ユーザー {user}）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_database.py" line="183"/>
        <source>The environment variable {name} is set on this PC: it decides the database, whatever is saved here.</source>
        <translation>このパソコンには環境変数 {name} が設定されています。ここで保存した内容にかかわらず、その設定のデータベースが使われます。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_database.py" line="188"/>
        <source>desk-sms was started with --db: the choice saved here applies when it starts without it.</source>
        <translation>desk-sms は --db を付けて起動されています。ここで保存した設定は、--db を付けずに起動したときに使われます。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_database.py" line="195"/>
        <source>Connected. The database is empty: desk-sms will set it up when it next starts.</source>
        <translation>接続できました。データベースは空です。次回の起動時に desk-sms が準備します。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_database.py" line="198"/>
        <source>Connected. The database already holds desk-sms data of this version.</source>
        <translation>接続できました。このデータベースには、このバージョンの desk-sms のデータがすでにあります。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_database.py" line="201"/>
        <source>Connected. The database holds desk-sms data of an older version: desk-sms upgrades it when it next starts.</source>
        <translation>接続できました。このデータベースには古いバージョンの desk-sms のデータがあります。次回の起動時に desk-sms が更新します。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_database.py" line="205"/>
        <source>Connected, but the database was made by a newer desk-sms. Install that version on this PC first.</source>
        <translation>接続できましたが、このデータベースは新しいバージョンの desk-sms で作られています。先にこのパソコンにそのバージョンをインストールしてください。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_database.py" line="209"/>
        <source>Connected, but the database holds tables that desk-sms did not make. Choose an empty database.</source>
        <translation>接続できましたが、このデータベースには desk-sms が作ったものではないテーブルがあります。空のデータベースを選んでください。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_database.py" line="213"/>
        <source>Connected, but the user {user} may not create tables in this database. Ask the server&apos;s administrator to make {user} the owner of the database.</source>
        <translation>接続できましたが、ユーザー {user} にはこのデータベースにテーブルを作る権限がありません。サーバーの管理者に、{user} をこのデータベースの所有者にするよう依頼してください。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_database.py" line="216"/>
        <source>The server refused the user name or the password.</source>
        <translation>サーバーがユーザー名またはパスワードを受け付けませんでした。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_database.py" line="217"/>
        <source>The server has no database named {database}.</source>
        <translation>サーバーに {database} という名前のデータベースがありません。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_database.py" line="219"/>
        <source>The server cannot be reached at {host}, port {port}. Check the address and the port, that the server is running, and that no firewall blocks the connection.</source>
        <translation>サーバー {host}（ポート {port}）に接続できません。アドレスとポート、サーバーが動いているか、ファイアウォールが接続を妨げていないかを確認してください。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_database.py" line="223"/>
        <source>The server does not accept connections from this computer. Its administrator must allow them (pg_hba.conf).</source>
        <translation>サーバーがこのパソコンからの接続を許可していません。サーバーの管理者に許可を依頼してください（pg_hba.conf）。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_database.py" line="227"/>
        <source>The server does not offer TLS encryption. Untick “Use TLS” or ask its administrator to turn TLS on.</source>
        <translation>サーバーが TLS 暗号化に対応していません。「TLS を使う」のチェックを外すか、管理者に TLS を有効にするよう依頼してください。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_database.py" line="231"/>
        <source>This desk-sms was installed without the PostgreSQL driver (psycopg).</source>
        <translation>この desk-sms には PostgreSQL のドライバー（psycopg）が入っていません。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_database.py" line="233"/>
        <source>desk-sms cannot use this database: {detail}</source>
        <translation>このデータベースは desk-sms では使えません: {detail}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_database.py" line="234"/>
        <source>The database cannot be opened: {detail}</source>
        <translation>データベースを開けません: {detail}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_database.py" line="241"/>
        <source>To bring this computer&apos;s existing data over to the server, run:</source>
        <translation>このパソコンにあるデータをサーバーへ移すには、次のコマンドを実行してください:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_database.py" line="244"/>
        <source>(*** stands for the password)</source>
        <translation>（*** はパスワードに置き換えてください）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_database.py" line="292"/>
        <source>Testing the connection…</source>
        <translation>接続をテストしています…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_database.py" line="325"/>
        <source>Saved. desk-sms uses this computer&apos;s file from its next start.</source>
        <translation>保存しました。次回の起動から、このパソコンのファイルを使います。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_database.py" line="327"/>
        <source>Saved. desk-sms uses the server {server} from its next start.</source>
        <translation>保存しました。次回の起動から、サーバー {server} を使います。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_database.py" line="330"/>
        <source>Close desk-sms and start it again to switch.</source>
        <translation>切り替えるには、desk-sms を終了してもう一度起動してください。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_database.py" line="337"/>
        <source>Not saved: {reason}</source>
        <translation>保存できませんでした: {reason}</translation>
    </message>
</context>
<context>
    <name>EngineStatus</name>
    <message>
        <location filename="../../ui/widgets/engine_status.py" line="21"/>
        <source>The sending engine stopped unexpectedly; starting it again in {seconds} s</source>
        <translation>送信エンジンが予期せず停止しました。{seconds} 秒後に再起動します</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/engine_status.py" line="26"/>
        <source>Sending engine: running again (restarts: {count})</source>
        <translation>送信エンジン: 再び動作中(再起動 {count} 回)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/engine_status.py" line="29"/>
        <source>Sending engine: starting…</source>
        <translation>送信エンジン: 起動中…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/engine_status.py" line="30"/>
        <source>Sending engine: running</source>
        <translation>送信エンジン: 動作中</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/engine_status.py" line="31"/>
        <source>Sending engine: running ({where})</source>
        <translation>送信エンジン: 動作中({where})</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/engine_status.py" line="32"/>
        <source>Sending engine: stopped</source>
        <translation>送信エンジン: 停止</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/engine_status.py" line="39"/>
        <source>The engine sends and receives for this window in a process of its own. A message it was sending when it stopped shows as uncertain on the Sent page: check with the recipient before resending it.</source>
        <translation>送信エンジンはこのウィンドウとは別のプロセスで送受信しています。停止したときに送信中だったメッセージは送信履歴で「不確定」と表示されます。再送する前に相手に確認してください。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/engine_status.py" line="45"/>
        <source>The engine sends and receives for this window in a process of its own.</source>
        <translation>送信エンジンはこのウィンドウとは別のプロセスで送受信しています。</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../ui/errors.py" line="39"/>
        <source>The database {path} cannot be opened: {reason}</source>
        <translation>データベース {path} を開けません: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="42"/>
        <source>The database server {url} cannot be reached: {reason}</source>
        <translation>データベースサーバー {url} に接続できません: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="45"/>
        <source>The database {path} was made by a newer version of desk-sms (schema {revision}).
Please install the newer version. The file was left untouched.</source>
        <translation>データベース {path} は新しいバージョンの desk-sms で作成されています (スキーマ {revision})。
新しいバージョンをインストールしてください。ファイルは変更していません。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="50"/>
        <source>The data folder {path} cannot be written: {reason}</source>
        <translation>データフォルダー {path} に書き込めません: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="53"/>
        <source>Another desk-sms ({owner}) is already driving the modems on this database.</source>
        <translation>このデータベースのモデムは、別の desk-sms ({owner}) がすでに使用しています。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="56"/>
        <source>The sending engine did not answer within {seconds} seconds. It may be starting or stopped: see the status bar, then try again.</source>
        <translation>送信エンジンが {seconds} 秒以内に応答しませんでした。起動中か停止している可能性があります。ステータスバーを確認してから、もう一度お試しください。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="61"/>
        <source>The sending engine could not do it: {detail}</source>
        <translation>送信エンジンが実行できませんでした: {detail}</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="64"/>
        <source>Please check your input: {detail}</source>
        <translation>入力内容を確認してください: {detail}</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="65"/>
        <source>{name} cannot send now ({state}). Send the test once it shows Ready.</source>
        <translation>{name} は今は送信できません（{state}）。「準備完了」になってからテスト送信してください。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="69"/>
        <source>{what} not found: {name}</source>
        <translation>{what}が見つかりません: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="70"/>
        <source>A rule named {name} exists already.</source>
        <translation>「{name}」という名前のルールはすでにあります。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="71"/>
        <source>The rule {name} does nothing: choose an answer, an assignee, a group, a tag or “Mark handled”.</source>
        <translation>ルール「{name}」には動作がありません。自動返信・担当者・グループ・タグ・「対応済みにする」のいずれかを選んでください。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="78"/>
        <source>{name} is locked after {attempts} wrong passwords. Try again in {minutes}.</source>
        <translation>パスワードを{attempts}回間違えたため、{name} はロックされています。{minutes}後にもう一度お試しください。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="85"/>
        <source>An API key named {name} exists already (revoked keys keep their names).</source>
        <translation>{name} という名前の API キーはすでにあります(無効にしたキーも名前を使い続けます)。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="88"/>
        <source>Unknown scope {scope}.</source>
        <translation>{scope} という権限はありません。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="97"/>
        <source>The message is empty.</source>
        <translation>メッセージが空です。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="98"/>
        <source>The recipient has no value for {fields}: fill it in or write the text without it.</source>
        <translation>宛先に {fields} の値がありません。値を入れるか、その項目を使わずに書いてください。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="101"/>
        <source>The message is {length} characters; at most {limit} characters can be sent as one message.</source>
        <translation>メッセージは {length} 文字です。1通で送れるのは {limit} 文字までです。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="108"/>
        <source>Unknown placeholder {names}: nothing was sent. Write {{{{ and }}}} for literal braces.</source>
        <translation>差し込み項目 {names} はありません。何も送信していません。波かっこそのものは {{{{ と }}}} と書きます。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="111"/>
        <source>Only an administrator may send a campaign as urgent.</source>
        <translation>一斉送信を緊急にできるのは管理者だけです。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="114"/>
        <source>An advertising message must name its sender: set the sender name in Settings first.</source>
        <translation>広告・宣伝のメッセージには送信者名が必要です。先に「設定」で送信者名を入力してください。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="117"/>
        <source>An advertising message must name its sender: add {sender} to the text.</source>
        <translation>広告・宣伝のメッセージには送信者名が必要です。本文に「{sender}」を入れてください。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="120"/>
        <source>An advertising message must say how to stop receiving it, e.g. 配信停止は「{keyword}」と返信.</source>
        <translation>広告・宣伝のメッセージには配信停止の方法が必要です。例: 配信停止は「{keyword}」と返信</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="124"/>
        <source>{at} is past and its send-late window ended at {until}: nothing was sent; choose a later time.</source>
        <translation>{at} は過ぎていて、送信できる時間も {until} に終わっています。送信していません。後の日時を選んでください。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="128"/>
        <source>{text} is not a send-late window; write minutes or hours, e.g. 30m or 2h.</source>
        <translation>{text} は遅れて送れる時間として使えません。30m や 2h のように分か時間で書いてください。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="164"/>
        <source>File not found: {file}</source>
        <translation>ファイルが見つかりません: {file}</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="165"/>
        <source>The file {file} is empty.</source>
        <translation>ファイル {file} は空です。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="166"/>
        <source>The file {file} is damaged and cannot be read.</source>
        <translation>ファイル {file} は壊れていて読み込めません。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="169"/>
        <source>The file {file} is protected by a password. Save it without a password and try again.</source>
        <translation>ファイル {file} はパスワードで保護されています。パスワードなしで保存してから、もう一度お試しください。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="172"/>
        <source>The file {file} is not a spreadsheet (xlsx, xls, ods) or a CSV file.</source>
        <translation>ファイル {file} は表計算ファイル（xlsx・xls・ods）でも CSV ファイルでもありません。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="175"/>
        <source>There is no sheet named {sheet}.</source>
        <translation>「{sheet}」という名前のシートはありません。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="205"/>
        <source>Cannot save as {suffix}: use .xlsx or .csv.</source>
        <translation>{suffix} 形式では保存できません。.xlsx か .csv を使ってください。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="208"/>
        <source>Cannot write {file}: {reason} (is it open in another program?)</source>
        <translation>{file} に書き込めません: {reason}（ほかのプログラムで開いていませんか？）</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="211"/>
        <source>There is no column {column} in the file.</source>
        <translation>ファイルに列「{column}」はありません。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="214"/>
        <source>No column holds phone numbers. Choose “Phone number” for the column that has them.</source>
        <translation>電話番号の列が見つかりません。電話番号が入っている列に「電話番号」を選んでください。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="217"/>
        <source>Row {row} cannot be the header: it is empty or too far down.</source>
        <translation>{row} 行目は見出し行にできません（空か、下すぎます）。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="220"/>
        <source>This import was already undone.</source>
        <translation>この取り込みはすでに取り消されています。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="240"/>
        <source>managing the API and its keys</source>
        <translation>API とキーの管理</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="241"/>
        <source>changing the rules for incoming messages</source>
        <translation>受信ルールの変更</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="286"/>
        <source>desk-sms</source>
        <translation>desk-sms</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="291"/>
        <source>desk-sms: unexpected error</source>
        <translation>desk-sms: 予期しないエラー</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="293"/>
        <source>Something went wrong inside desk-sms. This is a bug, not something you did.
Please copy the details below and send them to your support contact.</source>
        <translation>desk-sms の内部で問題が発生しました。操作の誤りではなく、プログラムの不具合です。
下の詳細をコピーして、サポート担当者に送ってください。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="176"/>
        <source>The sheet {sheet} of {file} is empty.</source>
        <translation>{file} のシート「{sheet}」は空です。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="177"/>
        <source>Every sheet of {file} is hidden. Show the sheet to import in Excel and try again.</source>
        <translation>{file} のシートはすべて非表示です。取り込むシートを Excel で再表示してから、もう一度お試しください。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="180"/>
        <source>The file {file} has no rows (it holds no text).</source>
        <translation>ファイル {file} には行がありません（文字が入っていません）。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="183"/>
        <source>The file {file} has no rows below the header: there is nothing to import.</source>
        <translation>ファイル {file} には見出しの下に行がありません。取り込むものがありません。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="186"/>
        <source>The file {file} holds one cell, comment or line larger than {limit}. No roster has one, so the file is not read.</source>
        <translation>ファイル {file} には {limit} を超えるセル・コメント・行があります。名簿にはありえない大きさのため、このファイルは読み込みません。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="191"/>
        <source>The file {file} holds more than a roster can ({detail}). Split it into parts.</source>
        <translation>ファイル {file} は名簿としては大きすぎます（{detail}）。いくつかに分けてください。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="137"/>
        <source>The disk holding {folder} is full ({free} free): desk-sms cannot save anything there.
Free at least {needed} on that disk, then start desk-sms again. Nothing was lost and the database is intact.</source>
        <translation>{folder} のあるディスクがいっぱいです(空き {free}): desk-sms はここに保存できません。
このディスクに {needed} 以上の空きを作ってから、desk-sms をもう一度起動してください。データは失われておらず、データベースも壊れていません。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="143"/>
        <source>The data folder {folder} is read-only ({free} free on its disk): desk-sms cannot save anything there.
Make it writable again, or start desk-sms with another data folder.</source>
        <translation>データフォルダー {folder} が読み取り専用です(ディスクの空き {free}): desk-sms はここに保存できません。
書き込みできるように戻すか、別のデータフォルダーで desk-sms を起動してください。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="148"/>
        <source>The data folder {folder} is not there any more (a USB stick or network drive that was removed?).
Connect it again and start desk-sms; nothing was lost.</source>
        <translation>データフォルダー {folder} が見つかりません(USB メモリーやネットワークドライブが外れていませんか?)。
もう一度接続してから desk-sms を起動してください。データは失われていません。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="153"/>
        <source>No backup was made: the disk holding {folder} has {free} free and a backup needs about {needed}. Free some space there.</source>
        <translation>バックアップを作成しませんでした: {folder} のあるディスクの空きは {free} で、バックアップには約 {needed} 必要です。空き容量を増やしてください。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="74"/>
        <source>Only an administrator may do this ({action}). Ask an administrator to sign in.</source>
        <translation>この操作（{action}）は管理者だけができます。管理者にサインインしてもらってください。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="77"/>
        <source>Wrong password for {name}.</source>
        <translation>{name} のパスワードが違います。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="81"/>
        <source>On a shared database server every user needs a password.</source>
        <translation>共有データベースサーバーでは、すべてのユーザーにパスワードが必要です。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="84"/>
        <source>The setting {key} was not saved: {reason}</source>
        <translation>設定 {key} は保存されませんでした: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="105"/>
        <source>The message needs {parts} SMS parts; at most {limit} are allowed per message.</source>
        <translation>このメッセージは SMS {parts} 通分になります。1件あたり {limit}分までしか送れません。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="194"/>
        <source>The file {file} has more than {limit} rows. Split it and import the parts one by one.</source>
        <translation>ファイル {file} の行数が {limit} 行を超えています。ファイルを分けて、1つずつ取り込んでください。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="197"/>
        <source>The text encoding of {file} cannot be recognised. Save it from Excel as CSV (UTF-8).</source>
        <translation>{file} の文字コードを判別できません。Excel で「CSV UTF-8」として保存し直してください。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="200"/>
        <source>The file {file} mixes text encodings (UTF-8 and Shift_JIS) from line {line}. Open it in Excel and save it again as one CSV file.</source>
        <translation>ファイル {file} は {line} 行目から文字コード（UTF-8 と Shift_JIS）が混在しています。Excel で開き、1つの CSV ファイルとして保存し直してください。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="227"/>
        <source>changing settings</source>
        <translation>設定の変更</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="228"/>
        <source>managing modems</source>
        <translation>モデムの管理</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="229"/>
        <source>managing users</source>
        <translation>ユーザーの管理</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="230"/>
        <source>making a backup</source>
        <translation>バックアップの作成</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="231"/>
        <source>restoring a backup</source>
        <translation>バックアップの復元</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="232"/>
        <source>moving the database</source>
        <translation>データベースの移行</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="233"/>
        <source>approving a campaign</source>
        <translation>一斉送信の承認</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="234"/>
        <source>deleting what a schedule uses</source>
        <translation>スケジュールが使うものの削除</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="237"/>
        <source>assigning a conversation to someone else</source>
        <translation>ほかの人への会話の割り当て</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <location filename="../../ui/dialogs/first_start.py" line="60"/>
        <source>Welcome to desk-sms</source>
        <translation>desk-sms へようこそ</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_start.py" line="63"/>
        <source>You are the administrator of desk-sms. Choose a password: it protects the settings, the modems, the users and the audit log.</source>
        <translation>あなたは desk-sms の管理者です。パスワードを決めてください。設定・モデム・ユーザー・監査ログを守ります。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_start.py" line="67"/>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_start.py" line="68"/>
        <source>Password again</source>
        <translation>パスワード（確認）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_start.py" line="70"/>
        <source>No password on this PC (only if nobody else can use this computer)</source>
        <translation>このPCではパスワードを使わない（ほかの人がこのPCを使えない場合だけ）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/first_start.py" line="86"/>
        <source>Choose a password of at least %n character(s), or tick “No password on this PC”.</source>
        <translation>
            <numerusform>%n文字以上のパスワードを決めるか、「このPCではパスワードを使わない」にチェックしてください。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_start.py" line="89"/>
        <source>The two passwords differ.</source>
        <translation>2つのパスワードが一致しません。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_start.py" line="108"/>
        <source>Please choose a password, or tick “No password on this PC”.</source>
        <translation>パスワードを決めるか、「このPCではパスワードを使わない」にチェックしてください。</translation>
    </message>
</context>
<context>
    <name>GroupsDialog</name>
    <message>
        <location filename="../../ui/dialogs/groups.py" line="40"/>
        <source>Groups</source>
        <translation>グループ</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/groups.py" line="44"/>
        <source>New…</source>
        <translation>新規…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/groups.py" line="44"/>
        <source>Rename…</source>
        <translation>名前を変更…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/groups.py" line="45"/>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/groups.py" line="66"/>
        <source>{name}  (%Ln contact(s))</source>
        <translation>
            <numerusform>{name}  (%Ln 件)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/groups.py" line="92"/>
        <source>Delete the group {name}? Its %Ln contact(s) stay in your list.</source>
        <translation>
            <numerusform>グループ「{name}」を削除しますか? 所属する %Ln 件の連絡先は一覧に残ります。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/groups.py" line="76"/>
        <source>New group</source>
        <translation>新しいグループ</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/groups.py" line="76"/>
        <source>Name of the group:</source>
        <translation>グループ名:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/groups.py" line="84"/>
        <source>Rename group</source>
        <translation>グループ名の変更</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/groups.py" line="84"/>
        <source>New name:</source>
        <translation>新しい名前:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/groups.py" line="94"/>
        <source>Delete group</source>
        <translation>グループを削除</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="40"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="41"/>
        <source>Reading (kana)</source>
        <translation>フリガナ</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="42"/>
        <source>Phone number</source>
        <translation>電話番号</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="43"/>
        <source>Group</source>
        <translation>グループ</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="44"/>
        <source>Notes</source>
        <translation>メモ</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="45"/>
        <source>Consent date</source>
        <translation>同意日</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="46"/>
        <source>Consent source</source>
        <translation>同意の取得方法</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="47"/>
        <source>Custom field</source>
        <translation>カスタム項目</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="48"/>
        <source>Do not import</source>
        <translation>取り込まない</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="54"/>
        <source>new</source>
        <translation>新規</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="55"/>
        <source>updates a contact</source>
        <translation>既存の連絡先を更新</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="56"/>
        <source>already a contact</source>
        <translation>登録済み</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="57"/>
        <source>duplicate in the file</source>
        <translation>ファイル内で重複</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="58"/>
        <source>invalid</source>
        <translation>エラー</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="65"/>
        <source>empty</source>
        <translation>空です</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="66"/>
        <source>not a number</source>
        <translation>番号ではありません</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="67"/>
        <source>shown as 9.01E+09 by Excel: the digits are lost</source>
        <translation>Excel で 9.01E+09 の形になり、桁が失われています</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="68"/>
        <source>too short</source>
        <translation>桁が足りません</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="69"/>
        <source>too long</source>
        <translation>桁が多すぎます</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="70"/>
        <source>unknown country code</source>
        <translation>国番号が不明です</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="71"/>
        <source>no such number</source>
        <translation>存在しない番号です</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="72"/>
        <source>not a mobile number (cannot receive SMS)</source>
        <translation>携帯電話の番号ではありません（SMS を受信できません）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="75"/>
        <source>The name is empty.</source>
        <translation>名前が空です。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="76"/>
        <source>There is no phone number.</source>
        <translation>電話番号がありません。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="77"/>
        <source>{column} {value}: {reason}</source>
        <translation>{column} {value}: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="78"/>
        <source>Same number as row {detail}.</source>
        <translation>{detail} 行目と同じ番号です。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="79"/>
        <source>The number belongs to a contact already.</source>
        <translation>この番号はすでに連絡先に登録されています。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="80"/>
        <source>The consent date {value} cannot be read.</source>
        <translation>同意日「{value}」を読み取れません。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="81"/>
        <source>Consent without a date: today is recorded.</source>
        <translation>同意の日付がないため、今日の日付を記録します。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="82"/>
        <source>{column} was cut to {detail} characters.</source>
        <translation>{column} を {detail} 文字に切り詰めました。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="126"/>
        <source>Choose a roster: Excel (.xlsx, .xlsm, .xls), LibreOffice (.ods) or CSV.</source>
        <translation>名簿ファイルを選んでください: Excel（.xlsx・.xlsm・.xls）、LibreOffice（.ods）、CSV。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="128"/>
        <source>Choose file…</source>
        <translation>ファイルを選ぶ…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="129"/>
        <source>Or drop the file here</source>
        <translation>またはここにファイルをドロップ</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="130"/>
        <source>File:</source>
        <translation>ファイル:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="131"/>
        <source>Sheet:</source>
        <translation>シート:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="141"/>
        <source>Header in row {row}.</source>
        <translation>見出し行: {row} 行目</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="143"/>
        <source>No header row: columns are named by letter.</source>
        <translation>見出し行がないため、列は A, B, C… で表します。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="167"/>
        <source>Check what each column holds. Suggestions come from the headers; change any of them. Columns set to “Custom field” are kept under their header&apos;s name (usable in templates).</source>
        <translation>各列の内容を確認してください。見出しから推測した項目を変更できます。「カスタム項目」の列は見出し名で保存され、テンプレートの差し込みに使えます。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="174"/>
        <source>Only the first rows are shown. Nothing is written until you confirm the import.</source>
        <translation>先頭の行だけを表示しています。取り込みを確定するまで何も保存されません。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="179"/>
        <location filename="../../ui/dialogs/import_pages.py" line="189"/>
        <source>Import as</source>
        <translation>取り込み先</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="225"/>
        <source>Column {letter}</source>
        <translation>{letter}列</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="262"/>
        <source>Numbers that are already contacts:</source>
        <translation>登録済みの番号の行:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="263"/>
        <source>Skip those rows</source>
        <translation>取り込まない（スキップ）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="264"/>
        <source>Update those contacts</source>
        <translation>既存の連絡先を更新する</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="267"/>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="268"/>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="269"/>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="270"/>
        <source>Row values</source>
        <translation>行の内容</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="273"/>
        <source>Save invalid rows…</source>
        <translation>エラー行を保存…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="283"/>
        <source>{rows}: {new}, {existing}, {duplicates}, {invalid}.</source>
        <translation>{rows}: {new}、{existing}、{duplicates}、{invalid}。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="357"/>
        <source>{imported}, {updated}, {skipped}, {invalid}.</source>
        <translation>{imported}、{updated}、{skipped}、{invalid}。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="336"/>
        <source>Undo this import</source>
        <translation>この取り込みを取り消す</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="340"/>
        <source>Importing… The whole file is checked first. You can cancel: the contacts added are taken back, contacts already updated stay updated.</source>
        <translation>取り込み中… まずファイル全体を確認します。キャンセルすると、追加した連絡先は取り消されますが、すでに更新した連絡先は更新されたままです。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="346"/>
        <source>Importing… You can cancel: nothing of this import is kept then.</source>
        <translation>取り込み中… キャンセルすると、この取り込みの内容は何も残りません。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="353"/>
        <source>The import was cancelled; no contact was added.</source>
        <translation>取り込みをキャンセルしました。連絡先は追加されていません。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="355"/>
        <source>The import is finished.</source>
        <translation>取り込みが完了しました。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="412"/>
        <source>Row {row}: a cell of {length} characters was cut to 1,000.</source>
        <translation>{row} 行目: {length} 文字のセルを 1,000 文字に切り詰めました。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="417"/>
        <source>Merged cells {ranges}: each row gets the merged value.</source>
        <translation>結合セル {ranges}: 結合された値を各行に入れました。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="421"/>
        <source>Formulas have no saved results (the file was not saved by Excel): those cells are empty.</source>
        <translation>数式の計算結果が保存されていません（Excel で保存されたファイルではありません）。それらのセルは空として扱います。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="426"/>
        <source>This file is CSV text with a spreadsheet&apos;s name; it was read as CSV.</source>
        <translation>このファイルは表計算ファイルの名前が付いた CSV です。CSV として読み込みました。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="436"/>
        <source>{cells} and {more} more</source>
        <translation>{cells} ほか {more} 個</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="437"/>
        <source>Cells far from the table ({cells}) hold values; they were ignored.</source>
        <translation>表から遠く離れたセル（{cells}）に値があります。これらは無視しました。</translation>
    </message>
</context>
<context>
    <name>ImportStep</name>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_pages.py" line="358"/>
        <source>%Ln contact(s) added</source>
        <translation>
            <numerusform>追加 %Ln 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_pages.py" line="359"/>
        <source>%Ln updated</source>
        <translation>
            <numerusform>更新 %Ln 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_pages.py" line="360"/>
        <source>%Ln skipped</source>
        <translation>
            <numerusform>スキップ %Ln 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_pages.py" line="361"/>
        <source>%Ln invalid</source>
        <translation>
            <numerusform>エラー %Ln 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_pages.py" line="369"/>
        <source>Import undone: %Ln contact(s) removed.</source>
        <translation>
            <numerusform>取り込みを取り消しました: %Ln 件の連絡先を削除しました。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="151"/>
        <source>Import contacts</source>
        <translation>連絡先の取り込み</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="154"/>
        <source>Back</source>
        <translation>戻る</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="171"/>
        <source>1. Choose the file</source>
        <translation>1. ファイルを選ぶ</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="172"/>
        <source>2. Preview and columns</source>
        <translation>2. プレビューと列の対応</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="173"/>
        <source>3. Check</source>
        <translation>3. 内容の確認</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="174"/>
        <source>4. Import</source>
        <translation>4. 取り込み</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="182"/>
        <source>Import</source>
        <translation>取り込む</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="182"/>
        <source>Next</source>
        <translation>次へ</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="187"/>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="187"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="207"/>
        <source>Choose a roster</source>
        <translation>名簿ファイルを選ぶ</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="207"/>
        <source>Rosters ({patterns})</source>
        <translation>名簿ファイル ({patterns})</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="234"/>
        <source>Reading {name}…</source>
        <translation>{name} を読み込み中…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="275"/>
        <source>Save invalid rows</source>
        <translation>エラー行を保存</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="275"/>
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_wizard.py" line="366"/>
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln 行</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InboxPage</name>
    <message>
        <location filename="../../ui/pages/inbox.py" line="165"/>
        <source>Inbox</source>
        <translation>受信箱</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inbox.py" line="166"/>
        <source>Search text, number or name</source>
        <translation>本文・番号・名前で検索</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inbox.py" line="167"/>
        <source>Unhandled only</source>
        <translation>未対応のみ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inbox.py" line="168"/>
        <source>Assigned to me</source>
        <translation>自分の担当</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inbox.py" line="169"/>
        <source>All modems</source>
        <translation>すべてのモデム</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inbox.py" line="171"/>
        <source>Any time</source>
        <translation>全期間</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inbox.py" line="172"/>
        <source>Last 24 hours</source>
        <translation>過去24時間</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inbox.py" line="173"/>
        <source>Last 7 days</source>
        <translation>過去7日間</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inbox.py" line="174"/>
        <source>Last 30 days</source>
        <translation>過去30日間</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inbox.py" line="178"/>
        <source>Open conversation</source>
        <translation>やりとりを開く</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inbox.py" line="179"/>
        <source>Mark handled</source>
        <translation>対応済みにする</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inbox.py" line="180"/>
        <source>Mark unhandled</source>
        <translation>未対応に戻す</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inbox.py" line="181"/>
        <source>Assign to me</source>
        <translation>自分に割り当て</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inbox.py" line="182"/>
        <source>Add sender as contact</source>
        <translation>送信者を連絡先に追加</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inbox.py" line="183"/>
        <source>Export…</source>
        <translation>書き出し…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/inbox.py" line="378"/>
        <source>%Ln message(s) exported.</source>
        <translation>
            <numerusform>%Ln 件を書き出しました。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/inbox.py" line="327"/>
        <source>Marked as handled.</source>
        <translation>対応済みにしました。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inbox.py" line="331"/>
        <source>Marked as unhandled.</source>
        <translation>未対応に戻しました。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inbox.py" line="336"/>
        <source>Assigned to you.</source>
        <translation>あなたに割り当てました。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inbox.py" line="336"/>
        <source>Unassigned.</source>
        <translation>割り当てを外しました。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inbox.py" line="358"/>
        <source>The sender is now a contact.</source>
        <translation>送信者を連絡先に追加しました。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inbox.py" line="369"/>
        <source>Export inbox</source>
        <translation>受信箱を書き出す</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inbox.py" line="369"/>
        <source>Excel (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inbox.py" line="184"/>
        <source>Opt out</source>
        <translation>配信停止にする</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inbox.py" line="186"/>
        <source>The sender gets no more messages (and the opt-out confirmation)</source>
        <translation>送信者に今後メッセージを送りません（配信停止の確認メッセージを送ります）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/inbox.py" line="294"/>
        <source>%Ln message(s)</source>
        <translation>
            <numerusform>%Ln 件</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/inbox.py" line="343"/>
        <source>Assigned.</source>
        <translation>担当を設定しました。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inbox.py" line="353"/>
        <source>The sender is opted out.</source>
        <translation>送信者を配信停止にしました。</translation>
    </message>
</context>
<context>
    <name>InboxStates</name>
    <message>
        <location filename="../../ui/models/inbox_model.py" line="62"/>
        <source>Opted out</source>
        <translation>配信停止</translation>
    </message>
    <message>
        <location filename="../../ui/models/inbox_model.py" line="66"/>
        <source>Handled</source>
        <translation>対応済み</translation>
    </message>
    <message>
        <location filename="../../ui/models/inbox_model.py" line="90"/>
        <source>Being handled by {name}</source>
        <translation>{name} さんが対応中</translation>
    </message>
    <message>
        <location filename="../../ui/models/inbox_model.py" line="97"/>
        <source>Poll</source>
        <translation>アンケート</translation>
    </message>
    <message>
        <location filename="../../ui/models/inbox_model.py" line="68"/>
        <source>Being handled</source>
        <translation>対応中</translation>
    </message>
    <message>
        <location filename="../../ui/models/inbox_model.py" line="69"/>
        <source>Unhandled</source>
        <translation>未対応</translation>
    </message>
    <message>
        <location filename="../../ui/models/inbox_model.py" line="64"/>
        <source>Opt out?</source>
        <translation>停止希望?</translation>
    </message>
    <message>
        <location filename="../../ui/models/inbox_model.py" line="84"/>
        <source>This reply contains an opt-out word. If the sender wants no more messages, use Opt out.</source>
        <translation>この返信には配信停止の言葉が含まれています。送信者が今後の配信を望まない場合は「配信停止にする」を押してください。</translation>
    </message>
</context>
<context>
    <name>InboxTableModel</name>
    <message>
        <location filename="../../ui/models/inbox_model.py" line="141"/>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../../ui/models/inbox_model.py" line="142"/>
        <source>From</source>
        <translation>送信者</translation>
    </message>
    <message>
        <location filename="../../ui/models/inbox_model.py" line="143"/>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <location filename="../../ui/models/inbox_model.py" line="144"/>
        <source>Received</source>
        <translation>受信日時</translation>
    </message>
    <message>
        <location filename="../../ui/models/inbox_model.py" line="145"/>
        <source>Modem</source>
        <translation>モデム</translation>
    </message>
    <message>
        <location filename="../../ui/models/inbox_model.py" line="146"/>
        <source>Assigned to</source>
        <translation>担当</translation>
    </message>
    <message>
        <location filename="../../ui/models/inbox_model.py" line="147"/>
        <source>Rule</source>
        <translation>ルール</translation>
    </message>
    <message>
        <location filename="../../ui/models/inbox_model.py" line="198"/>
        <source>{text} (incomplete)</source>
        <translation>{text}（一部未着）</translation>
    </message>
</context>
<context>
    <name>KeywordsGroup</name>
    <message>
        <location filename="../../ui/pages/settings_keywords.py" line="103"/>
        <source>Keywords and confirmations (administrators)</source>
        <translation>キーワードと確認メッセージ（管理者）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_keywords.py" line="106"/>
        <source>Opt-out words:</source>
        <translation>配信停止の言葉:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_keywords.py" line="106"/>
        <source>After an opt-out:</source>
        <translation>配信停止のあと:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_keywords.py" line="106"/>
        <source>Confirm words:</source>
        <translation>予約確認の言葉:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_keywords.py" line="107"/>
        <source>Cancel words:</source>
        <translation>予約取消の言葉:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_keywords.py" line="111"/>
        <source>Send this confirmation</source>
        <translation>この確認メッセージを送る</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_keywords.py" line="112"/>
        <source>Use the standard text</source>
        <translation>標準の文に戻す</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_keywords.py" line="115"/>
        <source>Separate words with commas. A reply that is one of these words acts by itself; full-width or half-width, upper or lower case, spaces and a final 。 or ! do not matter. A reply that only contains an opt-out word is shown in the inbox as a probable opt-out.</source>
        <translation>言葉は読点（、）かコンマで区切ります。返信がこれらの言葉そのものなら自動で処理します。全角・半角、大文字・小文字、空白、最後の「。」「！」は区別しません。配信停止の言葉を含むだけの返信は、受信箱に「停止希望?」として表示されます。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_keywords.py" line="120"/>
        <source>Save keywords</source>
        <translation>キーワードを保存</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_keywords.py" line="152"/>
        <source>Each list needs at least one word.</source>
        <translation>それぞれ少なくとも1つの言葉が必要です。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_keywords.py" line="154"/>
        <source>Write the confirmation, or untick “Send this confirmation”.</source>
        <translation>確認メッセージを書くか、「この確認メッセージを送る」のチェックを外してください。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_keywords.py" line="163"/>
        <source>Saved.</source>
        <translation>保存しました。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_keywords.py" line="163"/>
        <source>Not saved.</source>
        <translation>保存されませんでした。</translation>
    </message>
</context>
<context>
    <name>LimitsDialog</name>
    <message>
        <location filename="../../ui/dialogs/modem_add.py" line="277"/>
        <source>Sending limits for {name}</source>
        <translation>{name} の送信上限</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/modem_add.py" line="279"/>
        <source>A personal Japanese mobile number may send about 200 SMS parts in any 24 hours; past its limit a modem rests and the others take over.</source>
        <translation>個人向けの携帯電話番号から送れる SMS は、24時間でおよそ200通（分割分を含む）までです。上限を超えたモデムは休み、ほかのモデムが引き継ぎます。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/modem_add.py" line="282"/>
        <source>Daily limit (SMS parts in 24 h):</source>
        <translation>1日の上限（24時間の SMS 通数）:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/modem_add.py" line="283"/>
        <source>Minimum seconds between messages:</source>
        <translation>送信間隔の最小秒数:</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../ui/dialogs/login.py" line="99"/>
        <source>Switch user</source>
        <translation>ユーザー切替</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login.py" line="100"/>
        <source>User</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login.py" line="101"/>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login.py" line="102"/>
        <source>Add user (administrators)</source>
        <translation>ユーザーの追加(管理者のみ)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login.py" line="103"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login.py" line="104"/>
        <source>Password (optional)</source>
        <translation>パスワード(任意)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login.py" line="105"/>
        <source>Add user</source>
        <translation>ユーザーを追加</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login.py" line="106"/>
        <source>administrator</source>
        <translation>管理者</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login.py" line="107"/>
        <source>operator</source>
        <translation>担当者</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login.py" line="120"/>
        <source>Wrong password.</source>
        <translation>パスワードが違います。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login.py" line="129"/>
        <source>This user can no longer sign in. The list was updated.</source>
        <translation>このユーザーはもうログインできません。一覧を更新しました。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="323"/>
        <source>desk-sms</source>
        <translation>desk-sms</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="324"/>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="325"/>
        <source>Close window</source>
        <translation>ウィンドウを閉じる</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="329"/>
        <source>{page} (Ctrl+{number})</source>
        <translation>{page} (Ctrl+{number})</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="333"/>
        <source>Modems: engine not started</source>
        <translation>モデム: エンジン未起動</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="335"/>
        <source>Queue: engine not started</source>
        <translation>送信待ち: エンジン未起動</translation>
    </message>
</context>
<context>
    <name>MessageEditor</name>
    <message>
        <location filename="../../ui/widgets/message_editor.py" line="100"/>
        <source>Fill in placeholders</source>
        <translation>差し込み項目を使う</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/message_editor.py" line="101"/>
        <source>Insert:</source>
        <translation>挿入:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/message_editor.py" line="102"/>
        <source>Replace with GSM-7</source>
        <translation>GSM-7の文字に置き換え</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/message_editor.py" line="103"/>
        <source>Type the message, or choose a template above</source>
        <translation>メッセージを入力するか、上でテンプレートを選んでください</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/message_editor.py" line="162"/>
        <source>Characters that need Unicode (UCS-2): {chars}</source>
        <translation>Unicode(UCS-2)が必要な文字: {chars}</translation>
    </message>
</context>
<context>
    <name>ModemAddDialog</name>
    <message>
        <location filename="../../ui/dialogs/modem_add.py" line="87"/>
        <source>Add a modem</source>
        <translation>モデムの追加</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/modem_add.py" line="96"/>
        <source>Scan again</source>
        <translation>再検索</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/modem_add.py" line="105"/>
        <source>only if the SIM asks for one</source>
        <translation>SIM が求める場合のみ</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/modem_add.py" line="108"/>
        <source>only if the modem does not tell it</source>
        <translation>モデムが番号を返さない場合のみ</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/modem_add.py" line="111"/>
        <source>Name:</source>
        <translation>名前:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/modem_add.py" line="112"/>
        <source>SIM PIN:</source>
        <translation>SIM の PIN:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/modem_add.py" line="113"/>
        <source>The SIM&apos;s phone number:</source>
        <translation>SIM の電話番号:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/modem_add.py" line="114"/>
        <source>Daily limit (SMS parts in 24 h):</source>
        <translation>1日の上限（24時間の SMS 通数）:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/modem_add.py" line="115"/>
        <source>Minimum seconds between messages:</source>
        <translation>送信間隔の最小秒数:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/modem_add.py" line="119"/>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/modem_add.py" line="123"/>
        <source>Serial ports that answer like a modem:</source>
        <translation>モデムとして応答したシリアルポート:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/modem_add.py" line="137"/>
        <source>Looking for modems…</source>
        <translation>モデムを探しています…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/modem_add.py" line="146"/>
        <source>Ports answering: {count} of {total}.</source>
        <translation>{total} 個のポートのうち {count} 個が応答しました。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/modem_add.py" line="150"/>
        <source>No port answers. Is the modem plugged in?</source>
        <translation>応答するポートがありません。モデムは接続されていますか？</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/modem_add.py" line="158"/>
        <source>does not answer</source>
        <translation>応答なし</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/modem_add.py" line="167"/>
        <source>The scan failed.</source>
        <translation>検索に失敗しました。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/modem_add.py" line="193"/>
        <source>A SIM PIN is 4 to 8 digits.</source>
        <translation>SIM の PIN は4〜8桁の数字です。</translation>
    </message>
</context>
<context>
    <name>ModemDetails</name>
    <message>
        <location filename="../../ui/widgets/modem_details.py" line="67"/>
        <source>Network:</source>
        <translation>通信事業者:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/modem_details.py" line="67"/>
        <source>Signal:</source>
        <translation>電波:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/modem_details.py" line="67"/>
        <source>Sent in 24 h:</source>
        <translation>24時間の送信数:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/modem_details.py" line="68"/>
        <source>Between messages:</source>
        <translation>送信間隔:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/modem_details.py" line="68"/>
        <source>Port:</source>
        <translation>ポート:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/modem_details.py" line="68"/>
        <source>IMEI:</source>
        <translation>IMEI:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/modem_details.py" line="69"/>
        <source>SIM PIN:</source>
        <translation>SIM の PIN:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/modem_details.py" line="69"/>
        <source>PIN tries left:</source>
        <translation>PIN の残り回数:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/modem_details.py" line="70"/>
        <source>Last problem:</source>
        <translation>直近の問題:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/modem_details.py" line="70"/>
        <source>Sends again:</source>
        <translation>送信再開：</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/modem_details.py" line="71"/>
        <source>SIM (IMSI):</source>
        <translation>SIM（IMSI）：</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/modem_details.py" line="71"/>
        <source>Own number:</source>
        <translation>自局番号：</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/modem_details.py" line="72"/>
        <source>Modem/SIM change:</source>
        <translation>モデム・SIMの変更：</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/modem_details.py" line="84"/>
        <source>Select a modem to see its details.</source>
        <translation>モデムを選ぶと詳細が表示されます。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/modem_details.py" line="98"/>
        <source>{sent} of %Ln SMS part(s)</source>
        <translation>
            <numerusform>{sent} / %Ln 通</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/widgets/modem_details.py" line="99"/>
        <source>at least {seconds:g} s</source>
        <translation>{seconds:g} 秒以上</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/modem_details.py" line="102"/>
        <source>stored</source>
        <translation>保存済み</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/modem_details.py" line="102"/>
        <source>none</source>
        <translation>なし</translation>
    </message>
</context>
<context>
    <name>ModemErrors</name>
    <message>
        <location filename="../../ui/models/modems_model.py" line="139"/>
        <source>The SIM card refused the PIN. It will not be tried again until you enter a new one.</source>
        <translation>SIM カードが PIN を拒否しました。新しい PIN を入力するまで再試行しません。</translation>
    </message>
    <message>
        <location filename="../../ui/models/modems_model.py" line="142"/>
        <source>The SIM card asks for its PIN.</source>
        <translation>SIM カードが PIN を求めています。</translation>
    </message>
    <message>
        <location filename="../../ui/models/modems_model.py" line="143"/>
        <source>The SIM card is locked (PUK needed). Unlock it in a phone, then put it back.</source>
        <translation>SIM カードがロックされています（PUK が必要）。携帯電話でロックを解除してから戻してください。</translation>
    </message>
    <message>
        <location filename="../../ui/models/modems_model.py" line="145"/>
        <source>No SIM card in the modem.</source>
        <translation>モデムに SIM カードが入っていません。</translation>
    </message>
    <message>
        <location filename="../../ui/models/modems_model.py" line="146"/>
        <source>The modem does not answer. Check the cable, or unplug it and plug it in again.</source>
        <translation>モデムが応答しません。ケーブルを確認するか、抜き差ししてください。</translation>
    </message>
    <message>
        <location filename="../../ui/models/modems_model.py" line="148"/>
        <source>The modem&apos;s port cannot be opened. Is it plugged in, or used by another program?</source>
        <translation>モデムのポートを開けません。接続されているか、ほかのプログラムが使っていないか確認してください。</translation>
    </message>
    <message>
        <location filename="../../ui/models/modems_model.py" line="151"/>
        <source>The connection to the modem was lost; desk-sms reconnects by itself.</source>
        <translation>モデムとの接続が切れました。desk-sms が自動で再接続します。</translation>
    </message>
    <message>
        <location filename="../../ui/models/modems_model.py" line="153"/>
        <source>The modem stopped answering. If it stays so, unplug it and plug it in again.</source>
        <translation>モデムが応答しなくなりました。続く場合は、抜いてから差し直してください。</translation>
    </message>
    <message>
        <location filename="../../ui/models/modems_model.py" line="155"/>
        <source>Another SIM or modem answers on this port: nothing is sent until you decide.</source>
        <translation>このポートで別のSIMまたはモデムが応答しています。どうするか決めるまで何も送信しません。</translation>
    </message>
    <message>
        <location filename="../../ui/models/modems_model.py" line="217"/>
        <source>Another SIM or modem answered on this port.</source>
        <translation>このポートで別のSIMまたはモデムが応答しました。</translation>
    </message>
</context>
<context>
    <name>ModemIdentity</name>
    <message>
        <location filename="../../ui/models/modems_model.py" line="173"/>
        <source>SIM {sim} moved from modem IMEI {old} to {new}; its count carries on.</source>
        <translation>SIM {sim} がモデム IMEI {old} から {new} に移りました。送信数は引き継がれます。</translation>
    </message>
    <message>
        <location filename="../../ui/models/modems_model.py" line="177"/>
        <source>SIM replaced on the same line: {old} → {new}.</source>
        <translation>同じ回線でSIMを交換：{old} → {new}。</translation>
    </message>
    <message>
        <location filename="../../ui/models/modems_model.py" line="180"/>
        <source>Its SIM answered on port {new} (it was on {old}).</source>
        <translation>SIM がポート {new} で見つかりました（以前は {old}）。</translation>
    </message>
    <message>
        <location filename="../../ui/models/modems_model.py" line="184"/>
        <source>Port {old} now holds the SIM of {name}: looking on port {new}.</source>
        <translation>ポート {old} には「{name}」のSIMがあります。ポート {new} で探します。</translation>
    </message>
    <message>
        <location filename="../../ui/models/modems_model.py" line="188"/>
        <source>Switched off: another SIM on its port was added as {name}.</source>
        <translation>オフ：このポートの別のSIMを「{name}」として追加しました。</translation>
    </message>
</context>
<context>
    <name>ModemStates</name>
    <message>
        <location filename="../../ui/models/modems_model.py" line="93"/>
        <source>Connecting</source>
        <translation>接続中</translation>
    </message>
    <message>
        <location filename="../../ui/models/modems_model.py" line="94"/>
        <source>Ready</source>
        <translation>準備完了</translation>
    </message>
    <message>
        <location filename="../../ui/models/modems_model.py" line="95"/>
        <source>Sending</source>
        <translation>送信中</translation>
    </message>
    <message>
        <location filename="../../ui/models/modems_model.py" line="96"/>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <location filename="../../ui/models/modems_model.py" line="97"/>
        <source>Disconnected</source>
        <translation>未接続</translation>
    </message>
    <message>
        <location filename="../../ui/models/modems_model.py" line="98"/>
        <source>PIN needed</source>
        <translation>PIN が必要</translation>
    </message>
    <message>
        <location filename="../../ui/models/modems_model.py" line="101"/>
        <source>Disabled</source>
        <translation>無効</translation>
    </message>
    <message>
        <location filename="../../ui/models/modems_model.py" line="99"/>
        <source>Different SIM</source>
        <translation>別のSIM</translation>
    </message>
    <message>
        <location filename="../../ui/models/modems_model.py" line="100"/>
        <source>Not answering</source>
        <translation>応答なし</translation>
    </message>
</context>
<context>
    <name>ModemTestDialog</name>
    <message>
        <location filename="../../ui/widgets/modem_test_send.py" line="43"/>
        <source>Test message from desk-sms ({name}).</source>
        <translation>desk-sms からのテスト送信です（{name}）。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/modem_test_send.py" line="53"/>
        <source>Send a test message through {name}</source>
        <translation>{name} からテストメッセージを送信</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/modem_test_send.py" line="55"/>
        <source>The message goes out through this modem only, now, even in quiet hours. Use a phone you can look at: the page shows whether it was sent and delivered.</source>
        <translation>このモデムだけを使って、今すぐ送信します（送信を控える時間帯でも送ります）。手元で確認できる携帯電話あてにしてください。送信済み・到達済みかはこのページに表示されます。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/modem_test_send.py" line="64"/>
        <source>Send test</source>
        <translation>テスト送信</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/modem_test_send.py" line="68"/>
        <source>To:</source>
        <translation>宛先:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/modem_test_send.py" line="69"/>
        <source>Text:</source>
        <translation>本文:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/modem_test_send.py" line="91"/>
        <source>{number} is not a mobile number.</source>
        <translation>{number} は携帯電話番号ではありません。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/modem_test_send.py" line="93"/>
        <source>Write a short text.</source>
        <translation>短い本文を入力してください。</translation>
    </message>
</context>
<context>
    <name>ModemTestOutcomeLabel</name>
    <message>
        <location filename="../../ui/widgets/modem_test_send.py" line="122"/>
        <source>Sending a test message through {name}…</source>
        <translation>{name} からテストメッセージを送信しています…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/modem_test_send.py" line="157"/>
        <source>Test message to {number} through {name}:</source>
        <translation>{name} から {number} へのテスト送信:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/modem_test_send.py" line="168"/>
        <source>delivered at {time}</source>
        <translation>{time} に到達</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/modem_test_send.py" line="170"/>
        <source>sent at {time}</source>
        <translation>{time} に送信</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/modem_test_send.py" line="172"/>
        <source>went through {other}: {name} could not send</source>
        <translation>{name} が送信できなかったため {other} から送信</translation>
    </message>
</context>
<context>
    <name>ModemsPage</name>
    <message>
        <location filename="../../ui/pages/modems.py" line="69"/>
        <source>No modems</source>
        <translation>モデムなし</translation>
    </message>
    <message>
        <location filename="../../ui/pages/modems.py" line="163"/>
        <source>Modems</source>
        <translation>モデム</translation>
    </message>
    <message>
        <location filename="../../ui/pages/modems.py" line="168"/>
        <source>Add modem…</source>
        <translation>モデムを追加…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/modems.py" line="169"/>
        <source>Rename…</source>
        <translation>名前を変更…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/modems.py" line="170"/>
        <source>Set PIN…</source>
        <translation>PIN を設定…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/modems.py" line="171"/>
        <source>Limits…</source>
        <translation>送信上限…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/modems.py" line="172"/>
        <source>Remove…</source>
        <translation>削除…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/modems.py" line="173"/>
        <source>Reconnect</source>
        <translation>再接続</translation>
    </message>
    <message>
        <location filename="../../ui/pages/modems.py" line="174"/>
        <source>Ask the sending engine to connect to this modem again now</source>
        <translation>このモデムに今すぐ接続し直すよう送信エンジンに依頼します</translation>
    </message>
    <message>
        <location filename="../../ui/pages/modems.py" line="175"/>
        <source>Send a test message…</source>
        <translation>テスト送信…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/modems.py" line="242"/>
        <source>Disable</source>
        <translation>無効にする</translation>
    </message>
    <message>
        <location filename="../../ui/pages/modems.py" line="242"/>
        <source>Enable</source>
        <translation>有効にする</translation>
    </message>
    <message>
        <location filename="../../ui/pages/modems.py" line="271"/>
        <source>Rename modem</source>
        <translation>モデムの名前を変更</translation>
    </message>
    <message>
        <location filename="../../ui/pages/modems.py" line="271"/>
        <source>New name:</source>
        <translation>新しい名前:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/modems.py" line="331"/>
        <source>Remove {name}? Its sent and received messages stay in the history.</source>
        <translation>{name} を削除しますか？送受信したメッセージは履歴に残ります。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/modems.py" line="332"/>
        <source>Remove modem</source>
        <translation>モデムの削除</translation>
    </message>
    <message>
        <location filename="../../ui/pages/modems.py" line="165"/>
        <source>Each USB modem sends through its own SIM. A modem is known by its IMEI, so it is found again when Windows gives it a new port; the SIM is the sender, and its daily limit follows it into another modem.</source>
        <translation>USBモデムはそれぞれ自分のSIMで送信します。モデムはIMEIで識別されるため、Windowsが別のポートを割り当てても見つけ直します。送信元はSIMで、1日の上限はSIMを別のモデムに移しても引き継がれます。</translation>
    </message>
    <message>
        <location filename="../../ui/models/modems_model.py" line="197"/>
        <source>now (under its daily limit)</source>
        <translation>今すぐ（1日の上限内）</translation>
    </message>
    <message>
        <location filename="../../ui/models/modems_model.py" line="198"/>
        <source>at {time} (daily limit reached)</source>
        <translation>{time}（1日の上限に到達）</translation>
    </message>
</context>
<context>
    <name>ModemsTableModel</name>
    <message>
        <location filename="../../ui/models/modems_model.py" line="231"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location filename="../../ui/models/modems_model.py" line="231"/>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../../ui/models/modems_model.py" line="231"/>
        <source>Signal</source>
        <translation>電波</translation>
    </message>
    <message>
        <location filename="../../ui/models/modems_model.py" line="231"/>
        <source>Network</source>
        <translation>通信事業者</translation>
    </message>
    <message>
        <location filename="../../ui/models/modems_model.py" line="232"/>
        <source>Sent in 24 h</source>
        <translation>24時間の送信数</translation>
    </message>
    <message>
        <location filename="../../ui/models/modems_model.py" line="232"/>
        <source>Last problem</source>
        <translation>直近の問題</translation>
    </message>
    <message>
        <location filename="../../ui/models/modems_model.py" line="232"/>
        <source>Port</source>
        <translation>ポート</translation>
    </message>
    <message>
        <location filename="../../ui/models/modems_model.py" line="232"/>
        <source>Driven by</source>
        <translation>担当PC</translation>
    </message>
    <message>
        <location filename="../../ui/models/modems_model.py" line="288"/>
        <source>{bars} of 5 bars ({dbm} dBm)</source>
        <translation>5段階中 {bars}（{dbm} dBm）</translation>
    </message>
    <message>
        <location filename="../../ui/models/modems_model.py" line="289"/>
        <source>{bars} of 5 bars</source>
        <translation>5段階中 {bars}</translation>
    </message>
    <message>
        <location filename="../../ui/models/modems_model.py" line="311"/>
        <source>Plugged into {computer}.</source>
        <translation>{computer} に接続されています。</translation>
    </message>
    <message>
        <location filename="../../ui/models/modems_model.py" line="313"/>
        <source>Any desk-sms computer may drive it.</source>
        <translation>どの desk-sms のPCからでも使えます。</translation>
    </message>
    <message>
        <location filename="../../ui/models/modems_model.py" line="316"/>
        <source>desk-sms on {computer} drives it now.</source>
        <translation>現在は {computer} の desk-sms が使っています。</translation>
    </message>
    <message>
        <location filename="../../ui/models/modems_model.py" line="318"/>
        <source>No desk-sms drives it at the moment.</source>
        <translation>現在この機器を使っている desk-sms はありません。</translation>
    </message>
</context>
<context>
    <name>OutboxErrors</name>
    <message>
        <location filename="../../ui/models/outbox_model.py" line="107"/>
        <source>Not sent: its send-late window ended at {time}, before it could go out (the PC was off or no modem was ready).</source>
        <translation>送信していません: 送信できる期限（{time}）までに送れませんでした（PCが止まっていたか、使えるモデムがありませんでした）。</translation>
    </message>
    <message>
        <location filename="../../ui/models/outbox_model.py" line="119"/>
        <source>Gave up after several attempts.</source>
        <translation>何度か試しましたが送れませんでした。</translation>
    </message>
    <message>
        <location filename="../../ui/models/outbox_model.py" line="128"/>
        <source>The network refused the message for now ({reason}); it will be tried again.</source>
        <translation>ネットワークが今は受け付けませんでした（{reason}）。あとで再送します。</translation>
    </message>
    <message>
        <location filename="../../ui/models/outbox_model.py" line="131"/>
        <source>The network refused the message: {reason} (error {code}).</source>
        <translation>ネットワークが受け付けませんでした: {reason}（エラー {code}）。</translation>
    </message>
    <message>
        <location filename="../../ui/models/outbox_model.py" line="139"/>
        <source>Not a mobile number; nothing was sent.</source>
        <translation>携帯電話の番号ではないため、送信していません。</translation>
    </message>
    <message>
        <location filename="../../ui/models/outbox_model.py" line="141"/>
        <source>The recipient asked not to receive messages; nothing was sent.</source>
        <translation>受信者から配信停止の依頼があるため、送信していません。</translation>
    </message>
    <message>
        <location filename="../../ui/models/outbox_model.py" line="143"/>
        <source>desk-sms stopped while sending; the message may or may not have arrived.</source>
        <translation>送信中に desk-sms が停止しました。届いたかどうかは分かりません。</translation>
    </message>
    <message>
        <location filename="../../ui/models/outbox_model.py" line="145"/>
        <source>The modem did not confirm the send; the message may or may not have arrived.</source>
        <translation>モデムから送信完了の応答がありませんでした。届いたかどうかは分かりません。</translation>
    </message>
    <message>
        <location filename="../../ui/models/outbox_model.py" line="147"/>
        <source>Only some parts of this long message went out.</source>
        <translation>長いメッセージの一部だけが送信されました。</translation>
    </message>
    <message>
        <location filename="../../ui/models/outbox_model.py" line="149"/>
        <source>The modem was not available; the message waits for a modem.</source>
        <translation>モデムが使えなかったため、モデムの復帰を待っています。</translation>
    </message>
    <message>
        <location filename="../../ui/models/outbox_model.py" line="151"/>
        <source>The modem reported a problem; the message will be tried again.</source>
        <translation>モデムが問題を報告しました。あとで再送します。</translation>
    </message>
    <message>
        <location filename="../../ui/models/outbox_model.py" line="153"/>
        <source>The modem refused the message without giving a reason.</source>
        <translation>モデムが理由を示さずに送信を拒否しました。</translation>
    </message>
    <message>
        <location filename="../../ui/models/outbox_model.py" line="155"/>
        <source>An unexpected error happened while sending; please report it.</source>
        <translation>送信中に予期しないエラーが起きました。サポート窓口にお知らせください。</translation>
    </message>
    <message>
        <location filename="../../ui/models/outbox_model.py" line="157"/>
        <source>The network could not deliver the message to the phone.</source>
        <translation>ネットワークが相手の電話に届けられませんでした。</translation>
    </message>
    <message>
        <location filename="../../ui/models/outbox_model.py" line="159"/>
        <source>Not sent: it was too late to go out (the PC was off or no modem was ready).</source>
        <translation>送信していません: 送信できる時間を過ぎました（PCが止まっていたか、使えるモデムがありませんでした）。</translation>
    </message>
</context>
<context>
    <name>OutboxStates</name>
    <message>
        <location filename="../../ui/models/outbox_model.py" line="58"/>
        <source>Queued</source>
        <translation>送信待ち</translation>
    </message>
    <message>
        <location filename="../../ui/models/outbox_model.py" line="59"/>
        <source>Held</source>
        <translation>保留中</translation>
    </message>
    <message>
        <location filename="../../ui/models/outbox_model.py" line="60"/>
        <source>Sending</source>
        <translation>送信中</translation>
    </message>
    <message>
        <location filename="../../ui/models/outbox_model.py" line="61"/>
        <source>Sent</source>
        <translation>送信済み</translation>
    </message>
    <message>
        <location filename="../../ui/models/outbox_model.py" line="62"/>
        <source>Delivered</source>
        <translation>配信済み</translation>
    </message>
    <message>
        <location filename="../../ui/models/outbox_model.py" line="63"/>
        <source>Not delivered</source>
        <translation>不達</translation>
    </message>
    <message>
        <location filename="../../ui/models/outbox_model.py" line="64"/>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <location filename="../../ui/models/outbox_model.py" line="65"/>
        <source>Uncertain</source>
        <translation>要確認</translation>
    </message>
    <message>
        <location filename="../../ui/models/outbox_model.py" line="66"/>
        <source>Cancelled</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/models/outbox_model.py" line="67"/>
        <source>Skipped</source>
        <translation>対象外</translation>
    </message>
    <message>
        <location filename="../../ui/models/outbox_model.py" line="68"/>
        <source>Expired</source>
        <translation>期限切れ</translation>
    </message>
</context>
<context>
    <name>OutboxTableModel</name>
    <message>
        <location filename="../../ui/models/outbox_model.py" line="218"/>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../../ui/models/outbox_model.py" line="218"/>
        <source>Recipient</source>
        <translation>宛先</translation>
    </message>
    <message>
        <location filename="../../ui/models/outbox_model.py" line="218"/>
        <source>Message</source>
        <translation>本文</translation>
    </message>
    <message>
        <location filename="../../ui/models/outbox_model.py" line="218"/>
        <source>Modem</source>
        <translation>モデム</translation>
    </message>
    <message>
        <location filename="../../ui/models/outbox_model.py" line="219"/>
        <source>Parts</source>
        <translation>通数</translation>
    </message>
    <message>
        <location filename="../../ui/models/outbox_model.py" line="219"/>
        <source>Attempts</source>
        <translation>試行</translation>
    </message>
    <message>
        <location filename="../../ui/models/outbox_model.py" line="219"/>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
    <message>
        <location filename="../../ui/models/outbox_model.py" line="219"/>
        <source>Created</source>
        <translation>作成</translation>
    </message>
    <message>
        <location filename="../../ui/models/outbox_model.py" line="220"/>
        <source>Sent</source>
        <translation>送信</translation>
    </message>
    <message>
        <location filename="../../ui/models/outbox_model.py" line="220"/>
        <source>Delivered</source>
        <translation>配信</translation>
    </message>
    <message>
        <location filename="../../ui/models/outbox_model.py" line="286"/>
        <source>Campaign: {name}</source>
        <translation>一斉送信: {name}</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <location filename="../../ui/main_window.py" line="79"/>
        <source>Dashboard</source>
        <translation>ダッシュボード</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="80"/>
        <source>Today at a glance: messages waiting, sent and delivered, replies to answer, and the health of every modem.</source>
        <translation>今日の状況をひと目で: 送信待ち・送信済み・配信済みのメッセージ、未対応の返信、各モデムの状態。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="85"/>
        <source>Comes with the dashboard issue, once the engine reports its counts.</source>
        <translation>ダッシュボードの課題で、エンジンが件数を報告できるようになってから追加されます。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="89"/>
        <source>Contacts</source>
        <translation>連絡先</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="90"/>
        <source>Your customer list with groups, consent and opt-outs, and import from Excel or CSV rosters.</source>
        <translation>お客様の一覧。グループ、同意、配信停止の管理と、Excel・CSV 名簿からの取り込み。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="94"/>
        <source>Comes with the contacts and roster import issue.</source>
        <translation>連絡先と名簿取り込みの課題で追加されます。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="98"/>
        <source>Compose</source>
        <translation>作成</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="99"/>
        <source>Write a message or pick a template, choose recipients, see the SMS count, and send now or later.</source>
        <translation>メッセージを書くかテンプレートを選び、宛先を選んで、SMS の通数を確認し、今すぐまたは日時指定で送信。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="104"/>
        <source>Comes with the sending and templates issue.</source>
        <translation>送信とテンプレートの課題で追加されます。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="108"/>
        <source>Schedules</source>
        <translation>スケジュール</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="109"/>
        <source>Reminders and recurring messages, such as the day before an appointment, with their next run times.</source>
        <translation>予約の前日連絡などのリマインダーと定期メッセージ、次回の送信日時。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="114"/>
        <source>Comes with the scheduler issue.</source>
        <translation>スケジューラーの課題で追加されます。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="118"/>
        <source>Inbox</source>
        <translation>受信箱</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="119"/>
        <source>Replies from customers, grouped into conversations, with opt-out keywords marked.</source>
        <translation>お客様からの返信を会話ごとにまとめて表示。配信停止のキーワードには印が付きます。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="122"/>
        <source>Comes with the inbox issue.</source>
        <translation>受信箱の課題で追加されます。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="126"/>
        <source>Rules</source>
        <translation>受信ルール</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="127"/>
        <source>Automatic answers, out-of-hours replies, routing to staff, and poll results.</source>
        <translation>自動返信、時間外の返信、担当者への振り分け、アンケート結果。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="134"/>
        <source>Sent</source>
        <translation>送信済み</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="135"/>
        <source>Every outgoing message with its state: queued, sent, delivered, failed or needing attention, with one-click resend.</source>
        <translation>送信したすべてのメッセージとその状態 (送信待ち・送信済み・配信済み・失敗・要確認)。ワンクリックで再送できます。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="140"/>
        <source>Comes with the outbox and delivery reports issue.</source>
        <translation>送信ボックスと配信レポートの課題で追加されます。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="144"/>
        <source>Modems</source>
        <translation>モデム</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="145"/>
        <source>The connected GSM modems: signal, network, daily limit used, and adding or removing a modem.</source>
        <translation>接続中の GSM モデム: 電波状態、ネットワーク、1 日の送信上限の使用量、モデムの追加と削除。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="149"/>
        <source>Comes with the modem management issue.</source>
        <translation>モデム管理の課題で追加されます。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="153"/>
        <source>Reports</source>
        <translation>レポート</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="154"/>
        <source>Messages per day and per modem, delivery rates, and export to Excel.</source>
        <translation>日別・モデム別のメッセージ数、配信率、Excel への書き出し。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="155"/>
        <source>Comes with the reports issue.</source>
        <translation>レポートの課題で追加されます。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="159"/>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="160"/>
        <source>Language and business settings.</source>
        <translation>表示言語と業務設定。</translation>
    </message>
</context>
<context>
    <name>PhonePreview</name>
    <message>
        <location filename="../../ui/widgets/phone_preview.py" line="61"/>
        <source>(no recipient)</source>
        <translation>(宛先なし)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/phone_preview.py" line="66"/>
        <source>— part {number} —</source>
        <translation>— {number}通目 —</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <location filename="../../ui/dialogs/modem_add.py" line="231"/>
        <source>SIM PIN for {name}</source>
        <translation>{name} の SIM PIN</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/modem_add.py" line="235"/>
        <source>Check the PIN before you confirm: every wrong PIN uses one of the SIM&apos;s three tries, and after the third the SIM is locked until its PUK is entered. desk-sms tries a PIN only once and never repeats a refused one.</source>
        <translation>確定する前に PIN をよく確認してください。PIN を間違えるたびに SIM の3回の試行回数が1回減り、3回間違えると PUK を入力するまで SIM がロックされます。desk-sms は PIN を1回だけ試し、拒否された PIN を繰り返し使うことはありません。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/modem_add.py" line="242"/>
        <source>Tries left on this SIM: {count}</source>
        <translation>この SIM の残り試行回数: {count}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/modem_add.py" line="250"/>
        <source>PIN:</source>
        <translation>PIN:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/modem_add.py" line="265"/>
        <source>A SIM PIN is 4 to 8 digits.</source>
        <translation>SIM の PIN は4〜8桁の数字です。</translation>
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
    <name>PollEditor</name>
    <message>
        <location filename="../../ui/dialogs/poll_editor.py" line="73"/>
        <source>New poll</source>
        <translation>新しいアンケート</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/poll_editor.py" line="74"/>
        <source>Name:</source>
        <translation>名前:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/poll_editor.py" line="74"/>
        <source>Question:</source>
        <translation>質問:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/poll_editor.py" line="74"/>
        <source>Answers (one per line):</source>
        <translation>回答(1行に1つ):</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/poll_editor.py" line="75"/>
        <source>To group:</source>
        <translation>送信先グループ:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/poll_editor.py" line="75"/>
        <source>Replies count for (days):</source>
        <translation>集計する日数:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/poll_editor.py" line="76"/>
        <source>Answer to an invalid reply:</source>
        <translation>無効な返信への自動返信:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/poll_editor.py" line="76"/>
        <source>The message:</source>
        <translation>送信する文:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/poll_editor.py" line="80"/>
        <source>e.g. 1〜3の数字でご返信ください (empty: none)</source>
        <translation>例: 1〜3の数字でご返信ください(空欄: 返信しない)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/poll_editor.py" line="81"/>
        <source>Send poll</source>
        <translation>アンケートを送信</translation>
    </message>
</context>
<context>
    <name>PollResultsView</name>
    <message>
        <location filename="../../ui/pages/rules_polls.py" line="102"/>
        <source>Export to Excel…</source>
        <translation>Excelに書き出す…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rules_polls.py" line="103"/>
        <source>New poll…</source>
        <translation>新しいアンケート…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rules_polls.py" line="105"/>
        <source>No polls yet: “New poll…” sends a question with numbered answers to a group.</source>
        <translation>アンケートはまだありません。「新しいアンケート…」で、番号付きの回答を添えた質問をグループに送れます。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rules_polls.py" line="107"/>
        <source>Number</source>
        <translation>番号</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rules_polls.py" line="107"/>
        <source>Contact</source>
        <translation>連絡先</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rules_polls.py" line="107"/>
        <source>Answer</source>
        <translation>回答</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rules_polls.py" line="107"/>
        <source>Replied</source>
        <translation>返信日時</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rules_polls.py" line="107"/>
        <source>Reply</source>
        <translation>返信</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rules_polls.py" line="142"/>
        <source>{question} (replies count until {time})</source>
        <translation>{question}(集計は {time} まで)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rules_polls.py" line="146"/>
        <source>{answered} answered · {invalid} not a valid answer · {late} late · {none} no reply</source>
        <translation>回答{answered}件・無効{invalid}件・期限後{late}件・未回答{none}件</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rules_polls.py" line="156"/>
        <source>Answers</source>
        <translation>回答数</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rules_polls.py" line="188"/>
        <source>not valid</source>
        <translation>無効</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rules_polls.py" line="188"/>
        <source>late (not counted)</source>
        <translation>期限後(集計外)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rules_polls.py" line="189"/>
        <source>no reply</source>
        <translation>未回答</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rules_polls.py" line="223"/>
        <source>Export poll results</source>
        <translation>アンケート結果の書き出し</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rules_polls.py" line="225"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excelブック (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>RecipientPicker</name>
    <message>
        <location filename="../../ui/widgets/recipient_picker.py" line="97"/>
        <source>Recipients</source>
        <translation>宛先</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recipient_picker.py" line="99"/>
        <source>One contact</source>
        <translation>連絡先を1件</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recipient_picker.py" line="99"/>
        <source>Group</source>
        <translation>グループ</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recipient_picker.py" line="100"/>
        <source>Saved segment</source>
        <translation>保存した絞り込み</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recipient_picker.py" line="100"/>
        <source>Pasted numbers</source>
        <translation>貼り付けた番号</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recipient_picker.py" line="101"/>
        <source>Contacts of an import</source>
        <translation>取り込んだ連絡先</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recipient_picker.py" line="105"/>
        <source>One number per line, or separated by commas</source>
        <translation>1行に1番号、またはカンマ区切り</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recipient_picker.py" line="106"/>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recipient_picker.py" line="107"/>
        <source>New segment…</source>
        <translation>新しい絞り込み…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recipient_picker.py" line="108"/>
        <source>Edit…</source>
        <translation>編集…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recipient_picker.py" line="109"/>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recipient_picker.py" line="165"/>
        <source>Name or number</source>
        <translation>名前または番号</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/recipient_picker.py" line="210"/>
        <source>Pasted numbers (%Ln line(s))</source>
        <translation>
            <numerusform>貼り付けた番号（%Ln 行）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recipient_picker.py" line="226"/>
        <source>No contact matches.</source>
        <translation>一致する連絡先はありません。</translation>
    </message>
</context>
<context>
    <name>ReminderRuleEditor</name>
    <message>
        <location filename="../../ui/dialogs/appointment_editor.py" line="111"/>
        <source>Reminder</source>
        <translation>リマインダー</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appointment_editor.py" line="114"/>
        <source>The day before</source>
        <translation>前日</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appointment_editor.py" line="115"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appointment_editor.py" line="116"/>
        <source>Days before, at a time</source>
        <translation>何日前の何時</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appointment_editor.py" line="123"/>
        <source>At</source>
        <translation>時刻</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appointment_editor.py" line="124"/>
        <source>Minutes before</source>
        <translation>何分前</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appointment_editor.py" line="130"/>
        <source>{name}: your appointment is on {date} at {time}, {place}. Reply 1 to confirm, 2 to cancel.</source>
        <translation>{name}様 ご予約は{date} {time}、{place}です。確認は1、キャンセルは2を返信してください。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appointment_editor.py" line="132"/>
        <source>Text</source>
        <translation>本文</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../ui/pages/reports.py" line="174"/>
        <location filename="../../ui/pages/reports.py" line="295"/>
        <source>Sent</source>
        <translation>送信</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="175"/>
        <location filename="../../ui/pages/reports.py" line="295"/>
        <source>Delivered</source>
        <translation>配信済み</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="176"/>
        <location filename="../../ui/pages/reports.py" line="295"/>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="177"/>
        <location filename="../../ui/pages/reports.py" line="295"/>
        <source>Answered</source>
        <translation>返信あり</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="178"/>
        <source>Delivery rate</source>
        <translation>配信率</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="179"/>
        <source>Reply rate</source>
        <translation>返信率</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="185"/>
        <source>Modem</source>
        <translation>モデム</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="186"/>
        <source>Campaign</source>
        <translation>キャンペーン</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="187"/>
        <source>Template</source>
        <translation>テンプレート</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="189"/>
        <source>From</source>
        <translation>期間</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="192"/>
        <source>Reports</source>
        <translation>レポート</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="194"/>
        <location filename="../../ui/pages/reports.py" line="346"/>
        <source>Per day</source>
        <translation>日別</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="195"/>
        <location filename="../../ui/pages/reports.py" line="347"/>
        <source>Per week</source>
        <translation>週別</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="196"/>
        <location filename="../../ui/pages/reports.py" line="348"/>
        <source>Per month</source>
        <translation>月別</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="197"/>
        <location filename="../../ui/pages/reports.py" line="349"/>
        <source>Per modem</source>
        <translation>モデム別</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="198"/>
        <location filename="../../ui/pages/reports.py" line="350"/>
        <source>Per campaign</source>
        <translation>キャンペーン別</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="199"/>
        <location filename="../../ui/pages/reports.py" line="351"/>
        <source>Per template</source>
        <translation>テンプレート別</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="203"/>
        <source>Export to Excel…</source>
        <translation>Excel に書き出し…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="204"/>
        <source>Audit log…</source>
        <translation>監査ログ…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="249"/>
        <source>(none)</source>
        <translation>(なし)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="257"/>
        <source>{sent:,} sent, {delivered:,} delivered ({delivery}), {failed:,} failed, {answered:,} answered ({reply}), {received:,} received.</source>
        <translation>送信 {sent:,} 件、配信済み {delivered:,} 件({delivery})、失敗 {failed:,} 件、返信あり {answered:,} 件({reply})、受信 {received:,} 件。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="272"/>
        <source>Total</source>
        <translation>合計</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="337"/>
        <source>Export report</source>
        <translation>レポートの書き出し</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="337"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel ブック (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="358"/>
        <source>Exported to {path}.</source>
        <translation>{path} に書き出しました。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="205"/>
        <source>Parts and cost per SIM…</source>
        <translation>SIMごとの通数と費用…</translation>
    </message>
</context>
<context>
    <name>RuleEditor</name>
    <message>
        <location filename="../../ui/dialogs/rule_editor.py" line="134"/>
        <source>Rule for incoming messages</source>
        <translation>受信ルール</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/rule_editor.py" line="135"/>
        <source>When (all must hold; leave empty for every message)</source>
        <translation>条件(すべて満たすとき。空欄ならすべてのメッセージ)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/rule_editor.py" line="136"/>
        <source>Then</source>
        <translation>動作</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/rule_editor.py" line="138"/>
        <source>Name:</source>
        <translation>名前:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/rule_editor.py" line="138"/>
        <source>Reply is one of:</source>
        <translation>返信が次のいずれか:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/rule_editor.py" line="139"/>
        <source>Reply contains:</source>
        <translation>返信に含む:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/rule_editor.py" line="139"/>
        <source>Sender:</source>
        <translation>送信者:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/rule_editor.py" line="140"/>
        <source>Group:</source>
        <translation>グループ:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/rule_editor.py" line="140"/>
        <source>Received on:</source>
        <translation>受信したモデム:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/rule_editor.py" line="141"/>
        <source>Answer:</source>
        <translation>自動返信:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/rule_editor.py" line="141"/>
        <source>Template:</source>
        <translation>テンプレート:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/rule_editor.py" line="141"/>
        <source>Assign to:</source>
        <translation>担当者:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/rule_editor.py" line="142"/>
        <source>Add sender to group:</source>
        <translation>送信者をグループに追加:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/rule_editor.py" line="142"/>
        <source>Tag:</source>
        <translation>タグ:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/rule_editor.py" line="146"/>
        <source>words separated by commas, e.g. 予約, YOYAKU</source>
        <translation>読点で区切った言葉(例: 予約、YOYAKU)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/rule_editor.py" line="147"/>
        <source>…or starts with one of them</source>
        <translation>…またはその言葉で始まる</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/rule_editor.py" line="148"/>
        <source>The rule is on (untick to keep it without using it)</source>
        <translation>このルールを使う(外すと、残したまま使わない)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/rule_editor.py" line="149"/>
        <source>Outside business hours (see Business hours)</source>
        <translation>営業時間外(「営業時間」タブ参照)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/rule_editor.py" line="150"/>
        <source>Mark handled</source>
        <translation>対応済みにする</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/rule_editor.py" line="151"/>
        <source>After an automatic answer, still wait for a person</source>
        <translation>自動返信のあとも担当者の対応を待つ</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/rule_editor.py" line="152"/>
        <source>Anyone</source>
        <translation>だれでも</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/rule_editor.py" line="152"/>
        <source>A contact</source>
        <translation>連絡先にある人</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/rule_editor.py" line="153"/>
        <source>Not a contact</source>
        <translation>連絡先にない人</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/rule_editor.py" line="153"/>
        <source>In a group</source>
        <translation>グループの人</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/rule_editor.py" line="154"/>
        <source>No answer</source>
        <translation>返信しない</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/rule_editor.py" line="154"/>
        <source>This text</source>
        <translation>次の文</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/rule_editor.py" line="155"/>
        <source>A template</source>
        <translation>テンプレート</translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <location filename="../../ui/rule_texts.py" line="10"/>
        <source>the reply is {value}</source>
        <translation>返信が {value}</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="11"/>
        <source>the reply is or starts with {value}</source>
        <translation>返信が {value}(で始まる)</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="12"/>
        <source>the reply contains {value}</source>
        <translation>返信に {value} を含む</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="13"/>
        <source>received on {value}</source>
        <translation>{value} で受信</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="14"/>
        <source>outside business hours</source>
        <translation>営業時間外</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="17"/>
        <source>the sender is a contact</source>
        <translation>送信者が連絡先にある</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="18"/>
        <source>the sender is unknown</source>
        <translation>送信者が連絡先にない</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="20"/>
        <source>the sender is in {value}</source>
        <translation>送信者が {value} に所属</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="22"/>
        <source>answer “{value}”</source>
        <translation>「{value}」と自動返信</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="23"/>
        <source>answer with template {value}</source>
        <translation>テンプレート {value} で自動返信</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="24"/>
        <source>assign to {value}</source>
        <translation>{value} に割り当て</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="25"/>
        <source>add the sender to {value}</source>
        <translation>送信者を {value} に追加</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="26"/>
        <source>tag {value}</source>
        <translation>タグ {value}</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="27"/>
        <source>mark handled</source>
        <translation>対応済みにする</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="28"/>
        <source>still waits for a person</source>
        <translation>担当者の対応を待つ</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="31"/>
        <source>answered automatically</source>
        <translation>自動返信しました</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="32"/>
        <source>not answered: {value}</source>
        <translation>自動返信なし: {value}</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="33"/>
        <source>assigned to {value}</source>
        <translation>{value} に割り当てました</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="34"/>
        <source>sender added to {value}</source>
        <translation>送信者を {value} に追加しました</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="35"/>
        <source>not added to a group: the sender is not a contact</source>
        <translation>グループに追加せず: 送信者が連絡先にありません</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="36"/>
        <source>tagged {value}</source>
        <translation>タグ {value}</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="37"/>
        <source>marked handled</source>
        <translation>対応済みにしました</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="38"/>
        <source>poll answer {value}</source>
        <translation>アンケート回答 {value}</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="39"/>
        <source>not a valid poll answer</source>
        <translation>アンケートの回答として無効</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="40"/>
        <source>the rules failed on this message (see the log)</source>
        <translation>ルールの処理に失敗しました(ログを参照)</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="42"/>
        <source>already answered once today or tonight</source>
        <translation>本日(今夜)はすでに自動返信済み</translation>
    </message>
</context>
<context>
    <name>RulesPage</name>
    <message>
        <location filename="../../ui/pages/rules.py" line="105"/>
        <source>Rules for incoming messages</source>
        <translation>受信ルール</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rules.py" line="107"/>
        <source>Every received message goes through, in this order: opt-out words and appointment answers, replies to an open poll, then the rules below from top to bottom. The first matching rule that answers sends its answer (once per number per day; an out-of-hours answer once per night); every matching rule assigns, tags, groups or marks handled.</source>
        <translation>受信したメッセージは次の順に処理されます: 配信停止の言葉と予約への返答、受付中のアンケートへの回答、そして下のルールを上から順に。自動返信は最初に当てはまったルールのものだけが送られます(同じ番号へは1日1回、時間外の返信は一晩に1回)。担当者・タグ・グループ・対応済みは、当てはまったすべてのルールが行います。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rules.py" line="111"/>
        <source>Only an administrator can change the rules.</source>
        <translation>ルールを変更できるのは管理者だけです。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rules.py" line="112"/>
        <source>Add rule…</source>
        <translation>ルールを追加…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rules.py" line="113"/>
        <source>Edit…</source>
        <translation>編集…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rules.py" line="114"/>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rules.py" line="115"/>
        <source>Move up</source>
        <translation>上へ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rules.py" line="116"/>
        <source>Move down</source>
        <translation>下へ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rules.py" line="117"/>
        <source>#</source>
        <translation>順</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rules.py" line="117"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rules.py" line="117"/>
        <source>When</source>
        <translation>条件</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rules.py" line="117"/>
        <source>Then</source>
        <translation>動作</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rules.py" line="119"/>
        <source>Rules</source>
        <translation>ルール</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rules.py" line="119"/>
        <source>Business hours</source>
        <translation>営業時間</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rules.py" line="119"/>
        <source>Polls</source>
        <translation>アンケート</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rules.py" line="151"/>
        <source>; </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rules.py" line="154"/>
        <source>{name} (off)</source>
        <translation>{name}(停止中)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rules.py" line="155"/>
        <source>every message</source>
        <translation>すべてのメッセージ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rules.py" line="207"/>
        <source>Remove rule</source>
        <translation>ルールの削除</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rules.py" line="208"/>
        <source>Remove the rule {name}?</source>
        <translation>ルール「{name}」を削除しますか?</translation>
    </message>
</context>
<context>
    <name>ScheduleEditor</name>
    <message>
        <location filename="../../ui/dialogs/schedule_editor.py" line="38"/>
        <source>Mon</source>
        <translation>月</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/schedule_editor.py" line="38"/>
        <source>Tue</source>
        <translation>火</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/schedule_editor.py" line="39"/>
        <source>Wed</source>
        <translation>水</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/schedule_editor.py" line="39"/>
        <source>Thu</source>
        <translation>木</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/schedule_editor.py" line="40"/>
        <source>Fri</source>
        <translation>金</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/schedule_editor.py" line="40"/>
        <source>Sat</source>
        <translation>土</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/schedule_editor.py" line="41"/>
        <source>Sun</source>
        <translation>日</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/schedule_editor.py" line="60"/>
        <source>Schedule</source>
        <translation>スケジュール</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/schedule_editor.py" line="73"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/schedule_editor.py" line="75"/>
        <source>Once</source>
        <translation>1回のみ</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/schedule_editor.py" line="75"/>
        <source>Every day</source>
        <translation>毎日</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/schedule_editor.py" line="75"/>
        <source>Every week</source>
        <translation>毎週</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/schedule_editor.py" line="76"/>
        <source>Every month</source>
        <translation>毎月</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/schedule_editor.py" line="79"/>
        <source>Repeat</source>
        <translation>繰り返し</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/schedule_editor.py" line="86"/>
        <source>When</source>
        <translation>日時</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/schedule_editor.py" line="87"/>
        <source>Weekdays</source>
        <translation>曜日</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/schedule_editor.py" line="88"/>
        <source>Day of month</source>
        <translation>日付</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/schedule_editor.py" line="89"/>
        <source>Ends</source>
        <translation>終了日</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/schedule_editor.py" line="92"/>
        <source>Group: {name}</source>
        <translation>グループ: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/schedule_editor.py" line="94"/>
        <source>Segment: {name}</source>
        <translation>セグメント: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/schedule_editor.py" line="95"/>
        <source>Send to</source>
        <translation>送信先</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/schedule_editor.py" line="97"/>
        <source>Text; placeholders such as {name} are filled in</source>
        <translation>本文（{name} などの差し込みは宛先ごとに入ります）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/schedule_editor.py" line="98"/>
        <source>Text</source>
        <translation>本文</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/schedule_editor.py" line="102"/>
        <source> h</source>
        <translation> 時間</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/schedule_editor.py" line="103"/>
        <source>A run missed while the app was closed still goes out this many hours late; later ones are marked missed</source>
        <translation>アプリを閉じていて送れなかった回は、この時間内なら遅れて送ります。それより遅い回は「未実施」になります</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/schedule_editor.py" line="105"/>
        <source>Send late within</source>
        <translation>遅れて送る上限</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/schedule_editor.py" line="106"/>
        <source>Enabled</source>
        <translation>有効</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/schedule_editor.py" line="134"/>
        <source>Last day of the month</source>
        <translation>月末</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/schedule_editor.py" line="144"/>
        <source>On</source>
        <translation>あり</translation>
    </message>
</context>
<context>
    <name>Schedules</name>
    <message>
        <location filename="../../ui/pages/schedules.py" line="66"/>
        <source>Once, {when}</source>
        <translation>1回のみ {when}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/schedules.py" line="70"/>
        <source>Every day at {time}</source>
        <translation>毎日 {time}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/schedules.py" line="74"/>
        <source>Every week on {days} at {time}</source>
        <translation>毎週 {days} {time}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/schedules.py" line="76"/>
        <source>Every month on the last day at {time}</source>
        <translation>毎月末日 {time}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/schedules.py" line="78"/>
        <source>Every month on day {day} at {time}</source>
        <translation>毎月{day}日 {time}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/schedules.py" line="80"/>
        <source>, until {date}</source>
        <translation>（{date}まで）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/schedules.py" line="86"/>
        <source>Scheduled</source>
        <translation>予定</translation>
    </message>
    <message>
        <location filename="../../ui/pages/schedules.py" line="87"/>
        <source>Confirmed</source>
        <translation>確認済み</translation>
    </message>
    <message>
        <location filename="../../ui/pages/schedules.py" line="88"/>
        <source>Cancelled</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../../ui/pages/schedules.py" line="89"/>
        <source>waiting</source>
        <translation>待機中</translation>
    </message>
    <message>
        <location filename="../../ui/pages/schedules.py" line="90"/>
        <source>sending</source>
        <translation>送信中</translation>
    </message>
    <message>
        <location filename="../../ui/pages/schedules.py" line="91"/>
        <source>sent</source>
        <translation>送信済み</translation>
    </message>
    <message>
        <location filename="../../ui/pages/schedules.py" line="92"/>
        <source>delivered</source>
        <translation>配達済み</translation>
    </message>
    <message>
        <location filename="../../ui/pages/schedules.py" line="93"/>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <location filename="../../ui/pages/schedules.py" line="94"/>
        <source>skipped</source>
        <translation>スキップ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/schedules.py" line="156"/>
        <source>Schedules</source>
        <translation>スケジュール</translation>
    </message>
    <message>
        <location filename="../../ui/pages/schedules.py" line="157"/>
        <source>Agenda</source>
        <translation>予定表</translation>
    </message>
    <message>
        <location filename="../../ui/pages/schedules.py" line="158"/>
        <source>Appointments</source>
        <translation>予約</translation>
    </message>
    <message>
        <location filename="../../ui/pages/schedules.py" line="175"/>
        <source>New schedule…</source>
        <translation>新しいスケジュール…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/schedules.py" line="176"/>
        <source>Edit…</source>
        <translation>編集…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/schedules.py" line="177"/>
        <source>Enable / disable</source>
        <translation>有効／無効</translation>
    </message>
    <message>
        <location filename="../../ui/pages/schedules.py" line="178"/>
        <source>Preview next run</source>
        <translation>次回をプレビュー</translation>
    </message>
    <message>
        <location filename="../../ui/pages/schedules.py" line="179"/>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../../ui/pages/schedules.py" line="185"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location filename="../../ui/pages/schedules.py" line="186"/>
        <source>Repeat</source>
        <translation>繰り返し</translation>
    </message>
    <message>
        <location filename="../../ui/pages/schedules.py" line="187"/>
        <location filename="../../ui/pages/schedules.py" line="217"/>
        <source>To</source>
        <translation>宛先</translation>
    </message>
    <message>
        <location filename="../../ui/pages/schedules.py" line="188"/>
        <source>Next run</source>
        <translation>次回</translation>
    </message>
    <message>
        <location filename="../../ui/pages/schedules.py" line="189"/>
        <location filename="../../ui/pages/schedules.py" line="252"/>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../../ui/pages/schedules.py" line="198"/>
        <source>Recipient</source>
        <translation>宛先</translation>
    </message>
    <message>
        <location filename="../../ui/pages/schedules.py" line="199"/>
        <source>Number</source>
        <translation>番号</translation>
    </message>
    <message>
        <location filename="../../ui/pages/schedules.py" line="200"/>
        <location filename="../../ui/pages/schedules.py" line="271"/>
        <source>Text</source>
        <translation>本文</translation>
    </message>
    <message>
        <location filename="../../ui/pages/schedules.py" line="415"/>
        <source>Next run {when}: {messages}, {excluded}</source>
        <translation>次回 {when}: {messages}、{excluded}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/schedules.py" line="215"/>
        <location filename="../../ui/pages/schedules.py" line="249"/>
        <location filename="../../ui/pages/schedules.py" line="270"/>
        <source>When</source>
        <translation>日時</translation>
    </message>
    <message>
        <location filename="../../ui/pages/schedules.py" line="216"/>
        <source>Schedule</source>
        <translation>スケジュール</translation>
    </message>
    <message>
        <location filename="../../ui/pages/schedules.py" line="228"/>
        <source>New appointment…</source>
        <translation>新しい予約…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/schedules.py" line="231"/>
        <source>Mark confirmed</source>
        <translation>確認済みにする</translation>
    </message>
    <message>
        <location filename="../../ui/pages/schedules.py" line="236"/>
        <source>Cancel appointment</source>
        <translation>予約を取消</translation>
    </message>
    <message>
        <location filename="../../ui/pages/schedules.py" line="241"/>
        <source>Import from Excel/CSV…</source>
        <translation>Excel/CSVから取り込む…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/schedules.py" line="250"/>
        <source>Contact</source>
        <translation>連絡先</translation>
    </message>
    <message>
        <location filename="../../ui/pages/schedules.py" line="251"/>
        <source>Place</source>
        <translation>場所</translation>
    </message>
    <message>
        <location filename="../../ui/pages/schedules.py" line="253"/>
        <source>Reminders</source>
        <translation>リマインダー</translation>
    </message>
    <message>
        <location filename="../../ui/pages/schedules.py" line="262"/>
        <source>New reminder rule…</source>
        <translation>新しいリマインダー…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/schedules.py" line="263"/>
        <source>Delete reminder rule</source>
        <translation>リマインダーを削除</translation>
    </message>
    <message>
        <location filename="../../ui/pages/schedules.py" line="269"/>
        <source>Reminder</source>
        <translation>リマインダー</translation>
    </message>
    <message>
        <location filename="../../ui/pages/schedules.py" line="313"/>
        <source>Enabled</source>
        <translation>有効</translation>
    </message>
    <message>
        <location filename="../../ui/pages/schedules.py" line="315"/>
        <source>Disabled</source>
        <translation>無効</translation>
    </message>
    <message>
        <location filename="../../ui/pages/schedules.py" line="439"/>
        <source>Import appointments</source>
        <translation>予約の取り込み</translation>
    </message>
    <message>
        <location filename="../../ui/pages/schedules.py" line="441"/>
        <source>Spreadsheets (*.xlsx *.xls *.ods *.csv *.txt)</source>
        <translation>表計算ファイル (*.xlsx *.xls *.ods *.csv *.txt)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/schedules.py" line="459"/>
        <source>no such contact</source>
        <translation>該当する連絡先がありません</translation>
    </message>
    <message>
        <location filename="../../ui/pages/schedules.py" line="460"/>
        <source>date or time unreadable</source>
        <translation>日時が読めません</translation>
    </message>
    <message>
        <location filename="../../ui/pages/schedules.py" line="461"/>
        <source>no date or contact column found</source>
        <translation>日付または連絡先の列が見つかりません</translation>
    </message>
    <message>
        <location filename="../../ui/pages/schedules.py" line="464"/>
        <source>row {row}: {reason}</source>
        <translation>{row}行目: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/schedules.py" line="468"/>
        <source>{imported} imported, {duplicates} already there. {problems}</source>
        <translation>{imported}件を取り込みました（{duplicates}件は登録済み）。{problems}</translation>
    </message>
</context>
<context>
    <name>SchedulesPage</name>
    <message numerus="yes">
        <location filename="../../ui/pages/schedules.py" line="210"/>
        <source>What goes out in the next %Ln day(s)</source>
        <translation>
            <numerusform>今後%Ln日間の送信予定</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/schedules.py" line="349"/>
        <source>%Ln run(s) missed while desk-sms was closed, not sent: {runs}</source>
        <translation>
            <numerusform>desk-sms を閉じていた間に %Ln 回分が実施されず、送信されませんでした: {runs}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/schedules.py" line="355"/>
        <source>%Ln minute(s) before</source>
        <translation>
            <numerusform>%Ln分前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/schedules.py" line="358"/>
        <source>%Ln day(s) before at {time}</source>
        <translation>
            <numerusform>%Ln日前 {time}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/schedules.py" line="417"/>
        <source>%Ln message(s)</source>
        <translation>
            <numerusform>%Ln通</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/schedules.py" line="418"/>
        <source>%Ln left out (opted out, no number or a missing value)</source>
        <translation>
            <numerusform>除外 %Ln件（配信停止・番号なし・差し込み値なし）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SegmentEditorDialog</name>
    <message>
        <location filename="../../ui/dialogs/segment_editor.py" line="206"/>
        <source>Edit segment</source>
        <translation>絞り込みの編集</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/segment_editor.py" line="206"/>
        <source>New segment</source>
        <translation>新しい絞り込み</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/segment_editor.py" line="207"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/segment_editor.py" line="208"/>
        <source>e.g. Grade 3 parents</source>
        <translation>例: 3年生の保護者</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/segment_editor.py" line="209"/>
        <source>Groups</source>
        <translation>グループ</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/segment_editor.py" line="210"/>
        <source>Contacts in any checked group. None checked: all contacts.</source>
        <translation>チェックしたいずれかのグループの連絡先。チェックなし: すべての連絡先。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/segment_editor.py" line="211"/>
        <source>Conditions</source>
        <translation>条件</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/segment_editor.py" line="212"/>
        <source>Add condition</source>
        <translation>条件を追加</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/segment_editor.py" line="213"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/segment_editor.py" line="214"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/segment_editor.py" line="215"/>
        <source>Delete…</source>
        <translation>削除…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/segment_editor.py" line="227"/>
        <source>Only contacts whose field has exactly this value (every condition must hold).</source>
        <translation>項目がこの値と一致する連絡先だけ（すべての条件を満たすもの）。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/segment_editor.py" line="229"/>
        <source>Contacts have no custom fields yet: they come from imported columns or the contact editor.</source>
        <translation>連絡先にはまだ追加項目がありません。取り込んだ列か連絡先の編集で追加されます。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/segment_editor.py" line="243"/>
        <source>Loading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/segment_editor.py" line="257"/>
        <source>A group of this segment was deleted; it is no longer part of it. Save to keep the segment without it.</source>
        <translation>この絞り込みのグループが削除されたため、条件から外れました。保存すると、そのグループなしで絞り込みを残します。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/segment_editor.py" line="326"/>
        <source>Enter a value for every condition to see how many contacts match.</source>
        <translation>件数を表示するには、すべての条件に値を入力してください。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/segment_editor.py" line="330"/>
        <source>Counting…</source>
        <translation>数えています…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/segment_editor.py" line="346"/>
        <source>%Ln contact(s) match.</source>
        <translation>
            <numerusform>該当する連絡先: %Ln件。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/segment_editor.py" line="349"/>
        <source>%Ln more left out (opted out, or no usable number).</source>
        <translation>
            <numerusform>ほかに%Ln件は送信対象外です（配信停止、または使える番号がない）。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/segment_editor.py" line="356"/>
        <source>The contacts cannot be counted: {reason}</source>
        <translation>件数を数えられません: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/segment_editor.py" line="381"/>
        <source>Delete the segment “{name}”? No contact is deleted.</source>
        <translation>絞り込み「{name}」を削除しますか？連絡先は削除されません。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/segment_editor.py" line="383"/>
        <source>Delete segment</source>
        <translation>絞り込みの削除</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/segment_editor.py" line="411"/>
        <source>Please give the segment a name.</source>
        <translation>絞り込みの名前を入力してください。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/segment_editor.py" line="412"/>
        <source>A segment named “{name}” already exists. Please choose another name.</source>
        <translation>「{name}」という絞り込みはすでにあります。別の名前にしてください。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/segment_editor.py" line="414"/>
        <source>A checked group was deleted meanwhile; the list of groups is updated. Check your choice and save again.</source>
        <translation>チェックしたグループが削除されたため、グループの一覧を更新しました。選択を確認して、もう一度保存してください。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/segment_editor.py" line="416"/>
        <source>There is no custom field “{field}” any more. Remove that condition.</source>
        <translation>項目「{field}」はもうありません。その条件を削除してください。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/segment_editor.py" line="418"/>
        <source>Enter a value for “{field}”, or remove that condition.</source>
        <translation>「{field}」の値を入力するか、その条件を削除してください。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/segment_editor.py" line="419"/>
        <source>“{field}” has two conditions, but a contact has only one value for it. Keep one.</source>
        <translation>「{field}」に条件が2つあります。連絡先の値は1つなので、1つだけにしてください。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/segment_editor.py" line="421"/>
        <source>Schedules send to this segment: {schedules}. Change them to another group or segment first.</source>
        <translation>この絞り込みに送る予約があります: {schedules}。先にほかのグループか絞り込みに変更してください。</translation>
    </message>
</context>
<context>
    <name>SentPage</name>
    <message>
        <location filename="../../ui/pages/sent.py" line="69"/>
        <source>{waiting} waiting · {sending} sending</source>
        <translation>送信待ち {waiting} · 送信中 {sending}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sent.py" line="188"/>
        <source>Sent</source>
        <translation>送信済み</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sent.py" line="189"/>
        <source>All messages</source>
        <translation>すべてのメッセージ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sent.py" line="190"/>
        <location filename="../../ui/pages/sent.py" line="331"/>
        <source>Needs attention</source>
        <translation>要対応</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sent.py" line="192"/>
        <source>Failed, expired and uncertain messages. An expired one was timed for later and its send-late window ended before it could go. An uncertain one was taken by the modem without a confirmation, so it may or may not have reached the phone: desk-sms never resends it by itself, because a duplicate to a customer is worse than a delay. Check if you need to, then press Resend.</source>
        <translation>失敗・期限切れ・「要確認」のメッセージです。「期限切れ」は日時指定の送信で、送信できる時間を過ぎても送れなかったものです。「要確認」はモデムが受け取ったものの完了の応答がなく、相手に届いたかどうか分かりません。お客様に同じメッセージが二重に届くのは遅れるより困るので、desk-sms は「要確認」を自動では再送しません。必要なら確認してから「再送」を押してください。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sent.py" line="197"/>
        <source>All states</source>
        <translation>すべての状態</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sent.py" line="200"/>
        <source>All campaigns</source>
        <translation>すべての一斉送信</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sent.py" line="201"/>
        <source>Created from</source>
        <translation>作成日</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sent.py" line="202"/>
        <source>Resend</source>
        <translation>再送</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sent.py" line="203"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sent.py" line="204"/>
        <source>Hold</source>
        <translation>保留</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sent.py" line="205"/>
        <source>Release</source>
        <translation>保留を解除</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sent.py" line="330"/>
        <source>Needs attention ({count})</source>
        <translation>要対応 ({count})</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/sent.py" line="353"/>
        <source>%Ln message(s)</source>
        <translation>
            <numerusform>%Ln 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/sent.py" line="376"/>
        <source>%Ln message(s) queued again.</source>
        <translation>
            <numerusform>%Ln 件を再送に回しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/sent.py" line="383"/>
        <source>%Ln message(s) cancelled.</source>
        <translation>
            <numerusform>%Ln 件を取り消しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/sent.py" line="389"/>
        <source>%Ln message(s) held.</source>
        <translation>
            <numerusform>%Ln 件を保留にしました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/sent.py" line="396"/>
        <source>%Ln message(s) released.</source>
        <translation>
            <numerusform>%Ln 件の保留を解除しました。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../ui/pages/settings.py" line="231"/>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="232"/>
        <source>Language (this PC)</source>
        <translation>表示言語 (この PC)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="233"/>
        <source>Display language:</source>
        <translation>表示言語:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="234"/>
        <source>System default</source>
        <translation>システムの設定に従う</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="237"/>
        <source>Changes apply immediately and are remembered on this PC.</source>
        <translation>変更はすぐに反映され、この PC に保存されます。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="239"/>
        <source>Where desk-sms keeps its data</source>
        <translation>データの保存場所</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="242"/>
        <source>Data folder:</source>
        <translation>データフォルダー:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="242"/>
        <source>Database:</source>
        <translation>データベース:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="242"/>
        <source>Window settings:</source>
        <translation>画面の設定ファイル:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="248"/>
        <source>Business settings (shared by every desk)</source>
        <translation>業務設定 (すべての端末で共通)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="252"/>
        <source>Default region:</source>
        <translation>既定の国・地域:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="253"/>
        <source>Time zone:</source>
        <translation>タイムゾーン:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="254"/>
        <source>Quiet hours:</source>
        <translation>送信停止時間帯:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="255"/>
        <source>Approval:</source>
        <translation>承認:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="256"/>
        <source>Sender name:</source>
        <translation>送信者名:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="257"/>
        <source>Window closed:</source>
        <translation>ウィンドウを閉じたとき:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="262"/>
        <source>to</source>
        <translation>〜</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="263"/>
        <source>Campaigns need approval before they are sent</source>
        <translation>一斉送信は承認されてから送信する</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="264"/>
        <source>Keep sending when the window is closed</source>
        <translation>ウィンドウを閉じても送信を続ける</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="266"/>
        <source>Reminders and schedules go out though nobody has the window open; the engine also starts when you sign in to this PC. Quit it from the tray: Quit desk-sms completely.</source>
        <translation>ウィンドウを開いていなくてもリマインダーと予約送信が送られます。送信エンジンはこの PC へのサインイン時にも起動します。止めるにはトレイの「desk-sms を完全に終了」を使います。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="268"/>
        <source>e.g. さくら塾</source>
        <translation>例: さくら塾</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="270"/>
        <source>Advertising messages must name the sender and say how to stop receiving them (Act on Specified Electronic Mail); they go only to contacts with recorded consent.</source>
        <translation>広告・宣伝のメッセージには送信者名と配信停止の方法を書く必要があります（特定電子メール法）。同意を記録した連絡先にだけ送られます。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="275"/>
        <source>Numbers without a country code are read as numbers of the default region. Non-urgent messages wait during quiet hours; the same start and end means no quiet hours.</source>
        <translation>国番号のない電話番号は、既定の国・地域の番号として扱います。送信停止時間帯の間、急ぎでないメッセージは送信を待ちます。開始と終了が同じ時刻なら停止時間帯はありません。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="279"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="346"/>
        <source>Choose a default region from the list.</source>
        <translation>既定の国・地域を一覧から選んでください。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="348"/>
        <source>“{zone}” is not a known time zone (example: Asia/Tokyo).</source>
        <translation>「{zone}」は不明なタイムゾーンです (例: Asia/Tokyo)。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="359"/>
        <source>Saved.</source>
        <translation>保存しました。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="359"/>
        <source>Not saved.</source>
        <translation>保存できませんでした。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="280"/>
        <source>Only an administrator changes these settings.</source>
        <translation>これらの設定を変更できるのは管理者だけです。</translation>
    </message>
</context>
<context>
    <name>SimCostsDialog</name>
    <message>
        <location filename="../../ui/pages/sim_costs.py" line="51"/>
        <source>Parts and cost per SIM</source>
        <translation>SIMごとの通数と費用</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sim_costs.py" line="64"/>
        <source>Per day</source>
        <translation>日別</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sim_costs.py" line="65"/>
        <source>Per month</source>
        <translation>月別</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sim_costs.py" line="67"/>
        <source>Price per part…</source>
        <translation>1通あたりの料金…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sim_costs.py" line="68"/>
        <source>Export CSV…</source>
        <translation>CSVに書き出す…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sim_costs.py" line="69"/>
        <source>Export to Excel…</source>
        <translation>Excel に書き出し…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sim_costs.py" line="84"/>
        <source>From</source>
        <translation>期間</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sim_costs.py" line="84"/>
        <source>Modem</source>
        <translation>モデム</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sim_costs.py" line="84"/>
        <source>SIM (IMSI)</source>
        <translation>SIM（IMSI）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sim_costs.py" line="84"/>
        <source>Parts</source>
        <translation>通数</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sim_costs.py" line="85"/>
        <location filename="../../ui/pages/sim_costs.py" line="143"/>
        <source>Price per part</source>
        <translation>1通あたりの料金</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sim_costs.py" line="85"/>
        <source>Cost</source>
        <translation>費用</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sim_costs.py" line="112"/>
        <source>(none)</source>
        <translation>(なし)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sim_costs.py" line="113"/>
        <source>(not recorded)</source>
        <translation>（記録なし）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/sim_costs.py" line="125"/>
        <source>%Ln part(s) in total, costing {cost} where a price is set.</source>
        <translation>
            <numerusform>合計 %Ln 通、料金を設定したものの費用は {cost}。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/sim_costs.py" line="143"/>
        <source>What one SMS part costs on {modem}&apos;s SIM:</source>
        <translation>{modem} のSIMでSMS 1通にかかる料金：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sim_costs.py" line="157"/>
        <source>CSV file (*.csv)</source>
        <translation>CSVファイル (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sim_costs.py" line="160"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel ブック (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sim_costs.py" line="154"/>
        <source>Export parts per SIM</source>
        <translation>SIMごとの通数を書き出す</translation>
    </message>
</context>
<context>
    <name>SimQuestion</name>
    <message>
        <location filename="../../ui/widgets/sim_question.py" line="52"/>
        <source>Use as a new modem</source>
        <translation>新しいモデムとして使う</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sim_question.py" line="53"/>
        <source>This is the same line (SIM replaced)</source>
        <translation>同じ回線です（SIMを交換）</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sim_question.py" line="70"/>
        <source>&lt;b&gt;Another SIM is in {name}&apos;s place.&lt;/b&gt; Expected: {expected}. Found: {found}. Nothing is sent through it until you choose. &lt;i&gt;Use as a new modem&lt;/i&gt; adds it as a modem of its own (and switches {name} off). &lt;i&gt;Same line&lt;/i&gt; means the SIM card was replaced but the phone number stays: {name} carries on with it, and with today&apos;s count.</source>
        <translation>&lt;b&gt;{name}の場所に別のSIMがあります。&lt;/b&gt;想定：{expected}。検出：{found}。選ぶまで、このモデムからは何も送信しません。&lt;i&gt;新しいモデムとして使う&lt;/i&gt;：別のモデムとして追加します（{name}はオフになります）。&lt;i&gt;同じ回線&lt;/i&gt;：SIMカードを交換しただけで電話番号は同じです。{name}がそのまま使い、今日の送信数も引き継ぎます。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sim_question.py" line="82"/>
        <source>unreadable</source>
        <translation>読み取れません</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sim_question.py" line="81"/>
        <source>card {iccid}</source>
        <translation>カード {iccid}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sim_question.py" line="83"/>
        <location filename="../../ui/widgets/sim_question.py" line="84"/>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sim_question.py" line="85"/>
        <source>SIM {sim} (number {number}) in modem IMEI {imei}</source>
        <translation>SIM {sim}（番号 {number}）／モデム IMEI {imei}</translation>
    </message>
</context>
<context>
    <name>SmsCounter</name>
    <message>
        <location filename="../../ui/widgets/sms_counter.py" line="82"/>
        <source>GSM-7</source>
        <translation>GSM-7</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sms_counter.py" line="82"/>
        <source>Unicode (UCS-2)</source>
        <translation>Unicode (UCS-2)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/sms_counter.py" line="83"/>
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n 文字</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/sms_counter.py" line="84"/>
        <source>%n part(s)</source>
        <translation>
            <numerusform>%n 通</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/sms_counter.py" line="88"/>
        <source>Messages longer than %n part(s) are refused (Settings).</source>
        <translation>
            <numerusform>%n 通を超えるメッセージは送信できません（設定）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StorageNotice</name>
    <message>
        <location filename="../../ui/widgets/storage_notice.py" line="28"/>
        <source>Sending is paused: the disk holding {folder} is full ({free} free). Free at least {needed} on it; sending resumes by itself. Nothing is lost.</source>
        <translation>送信を一時停止しています: {folder} のあるディスクがいっぱいです(空き {free})。{needed} 以上の空きを作ると、送信は自動的に再開します。データは失われていません。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/storage_notice.py" line="33"/>
        <source>Sending is paused: the data folder {folder} has become read-only. Make it writable again; sending resumes by itself. Nothing is lost.</source>
        <translation>送信を一時停止しています: データフォルダー {folder} が読み取り専用になりました。書き込みできるように戻すと、送信は自動的に再開します。データは失われていません。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/storage_notice.py" line="38"/>
        <source>Sending is paused: the data folder {folder} is not there any more (a USB stick or network drive removed?). Connect it again; sending resumes by itself.</source>
        <translation>送信を一時停止しています: データフォルダー {folder} が見つかりません(USB メモリーやネットワークドライブが外れていませんか?)。もう一度接続すると、送信は自動的に再開します。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/storage_notice.py" line="52"/>
        <source>Sending paused: disk full</source>
        <translation>送信一時停止: ディスクがいっぱい</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/storage_notice.py" line="53"/>
        <source>Sending paused: data folder read-only</source>
        <translation>送信一時停止: データフォルダーが読み取り専用</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/storage_notice.py" line="54"/>
        <source>Sending paused: data folder missing</source>
        <translation>送信一時停止: データフォルダーが見つかりません</translation>
    </message>
</context>
<context>
    <name>SystemTray</name>
    <message>
        <location filename="../../ui/tray.py" line="55"/>
        <source>Open desk-sms</source>
        <translation>desk-sms を開く</translation>
    </message>
    <message>
        <location filename="../../ui/tray.py" line="56"/>
        <source>Quit desk-sms completely</source>
        <translation>desk-sms を完全に終了</translation>
    </message>
    <message>
        <location filename="../../ui/tray.py" line="58"/>
        <source>desk-sms</source>
        <translation>desk-sms</translation>
    </message>
    <message>
        <location filename="../../ui/tray.py" line="68"/>
        <source>Stopping the sending engine…</source>
        <translation>送信エンジンを停止しています…</translation>
    </message>
</context>
<context>
    <name>TemplateEditorDialog</name>
    <message>
        <location filename="../../ui/dialogs/template_editor.py" line="107"/>
        <source>Templates</source>
        <translation>テンプレート</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/template_editor.py" line="110"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/template_editor.py" line="110"/>
        <source>Category</source>
        <translation>分類</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/template_editor.py" line="110"/>
        <source>Insert placeholder</source>
        <translation>差し込み項目の挿入</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/template_editor.py" line="110"/>
        <source>Text</source>
        <translation>本文</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/template_editor.py" line="114"/>
        <source>New</source>
        <translation>新規</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/template_editor.py" line="115"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/template_editor.py" line="116"/>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/template_editor.py" line="117"/>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/template_editor.py" line="132"/>
        <source>(no category)</source>
        <translation>(分類なし)</translation>
    </message>
</context>
<context>
    <name>TemplateProblems</name>
    <message>
        <location filename="../../ui/dialogs/template_editor.py" line="34"/>
        <source>Unknown placeholder {{{name}}} at character {position}</source>
        <translation>{position}文字目: 不明な差し込み項目 {{{name}}}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/template_editor.py" line="38"/>
        <source>Error at character {position}: {reason}</source>
        <translation>{position}文字目に誤り: {reason}</translation>
    </message>
</context>
<context>
    <name>TrayNotifier</name>
    <message numerus="yes">
        <location filename="../../ui/widgets/tray_notifier.py" line="53"/>
        <source>desk-sms: %n unread message(s)</source>
        <translation>
            <numerusform>desk-sms: 未読 %n 件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UserFormDialog</name>
    <message>
        <location filename="../../ui/pages/settings_users.py" line="79"/>
        <source>operator</source>
        <translation>担当者</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_users.py" line="80"/>
        <source>administrator</source>
        <translation>管理者</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_users.py" line="87"/>
        <source>Leave both empty for no password: the user then signs in by choosing their name.</source>
        <translation>両方とも空欄にするとパスワードなしになり、名前を選ぶだけでログインできます。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_users.py" line="92"/>
        <source>Name:</source>
        <translation>名前:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_users.py" line="94"/>
        <source>Role:</source>
        <translation>役割:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_users.py" line="96"/>
        <source>Password:</source>
        <translation>パスワード:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_users.py" line="97"/>
        <source>Repeat password:</source>
        <translation>パスワード(確認):</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_users.py" line="114"/>
        <source>The two passwords differ. Type the same password twice.</source>
        <translation>2つのパスワードが一致しません。同じパスワードを2回入力してください。</translation>
    </message>
</context>
<context>
    <name>UsersGroup</name>
    <message>
        <location filename="../../ui/pages/settings_users.py" line="191"/>
        <source>Users</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_users.py" line="193"/>
        <source>Only an administrator can add or change users. To make a change, sign in as an administrator (Switch user, at the bottom right).</source>
        <translation>ユーザーの追加・変更は管理者だけができます。変更するには、管理者としてログインしてください(右下の「ユーザー切替」)。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_users.py" line="196"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_users.py" line="196"/>
        <source>Role</source>
        <translation>役割</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_users.py" line="196"/>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_users.py" line="196"/>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_users.py" line="197"/>
        <source>Last sign-in</source>
        <translation>最終ログイン</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_users.py" line="199"/>
        <source>Add…</source>
        <translation>追加…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_users.py" line="200"/>
        <source>Rename…</source>
        <translation>名前を変更…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_users.py" line="201"/>
        <source>Change role…</source>
        <translation>役割を変更…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_users.py" line="202"/>
        <source>Reset password…</source>
        <translation>パスワードを再設定…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_users.py" line="242"/>
        <location filename="../../ui/pages/settings_users.py" line="307"/>
        <source>administrator</source>
        <translation>管理者</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_users.py" line="242"/>
        <location filename="../../ui/pages/settings_users.py" line="307"/>
        <source>operator</source>
        <translation>担当者</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_users.py" line="243"/>
        <source>active</source>
        <translation>有効</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_users.py" line="243"/>
        <source>deactivated</source>
        <translation>無効</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_users.py" line="244"/>
        <source>set</source>
        <translation>あり</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_users.py" line="244"/>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_users.py" line="272"/>
        <source>Reactivate</source>
        <translation>再び有効にする</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_users.py" line="272"/>
        <source>Deactivate…</source>
        <translation>無効にする…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_users.py" line="277"/>
        <source>Add user</source>
        <translation>ユーザーを追加</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_users.py" line="284"/>
        <source>{name} was added.</source>
        <translation>{name} を追加しました。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_users.py" line="292"/>
        <source>Rename {name}</source>
        <translation>{name} の名前を変更</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_users.py" line="295"/>
        <source>{old} is now called {new}.</source>
        <translation>{old} の名前を {new} に変更しました。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_users.py" line="303"/>
        <source>Change the role of {name}</source>
        <translation>{name} の役割を変更</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_users.py" line="308"/>
        <source>{name} is now an {role}.</source>
        <translation>{name} の役割を{role}に変更しました。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_users.py" line="318"/>
        <source>Reset the password of {name}</source>
        <translation>{name} のパスワードを再設定</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_users.py" line="322"/>
        <source>The password of {name} was changed.</source>
        <translation>{name} のパスワードを変更しました。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_users.py" line="323"/>
        <source>{name} now signs in without a password.</source>
        <translation>{name} はパスワードなしでログインするようになりました。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_users.py" line="336"/>
        <source>{name} can sign in again.</source>
        <translation>{name} は再びログインできます。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_users.py" line="344"/>
        <source>{name} was deactivated.</source>
        <translation>{name} を無効にしました。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_users.py" line="347"/>
        <source>Deactivate a user</source>
        <translation>ユーザーを無効にする</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_users.py" line="348"/>
        <source>Deactivate {name}?

{name} can no longer sign in. The name stays in the audit log and on the messages {name} handled. You can reactivate the user later.</source>
        <translation>{name} を無効にしますか?

{name} はログインできなくなります。名前は監査ログと {name} が対応したメッセージに残ります。後で再び有効にできます。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_users.py" line="399"/>
        <source>Enter a name.</source>
        <translation>名前を入力してください。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_users.py" line="400"/>
        <source>A name can have at most {limit} characters.</source>
        <translation>名前は {limit} 文字までです。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_users.py" line="402"/>
        <source>There is already a user named “{name}” (it may be deactivated). Choose another name.</source>
        <translation>「{name}」という名前のユーザーがすでにいます(無効になっている場合もあります)。別の名前にしてください。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_users.py" line="405"/>
        <source>{name} is the only active administrator. Make another user an administrator first, so that someone can still manage users.</source>
        <translation>{name} は有効な唯一の管理者です。ユーザーを管理できる人がいなくならないよう、先に別のユーザーを管理者にしてください。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_users.py" line="409"/>
        <source>You are signed in as {name}. To deactivate {name}, sign in as another administrator.</source>
        <translation>{name} としてログインしています。{name} を無効にするには、別の管理者でログインしてください。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_users.py" line="411"/>
        <source>Only an administrator can add or change users.</source>
        <translation>ユーザーの追加・変更は管理者だけができます。</translation>
    </message>
</context>
<context>
    <name>WatchFolderGroup</name>
    <message>
        <location filename="../../ui/pages/settings_watch.py" line="85"/>
        <source>Watched folder (administrators)</source>
        <translation>監視フォルダー(管理者)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_watch.py" line="86"/>
        <source>Folder:</source>
        <translation>フォルダー:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_watch.py" line="87"/>
        <source>Its files hold:</source>
        <translation>ファイルの内容:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_watch.py" line="88"/>
        <source>Columns:</source>
        <translation>列:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_watch.py" line="89"/>
        <source>Choose…</source>
        <translation>選択…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_watch.py" line="90"/>
        <source>appointments</source>
        <translation>予約</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_watch.py" line="91"/>
        <source>contacts</source>
        <translation>連絡先</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_watch.py" line="92"/>
        <source>empty: no watched folder</source>
        <translation>空欄: 監視フォルダーなし</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_watch.py" line="95"/>
        <source>The engine imports each CSV or Excel file dropped here once it is completely written, then moves it to done/ or failed/ with a report beside it. A file with a bad row imports nothing; the same file twice imports nothing again. One column per line: column = field. Fields for appointments: name, phone, date, time, place, notes, external_id (a reservation number: the appointment is updated when it comes again). Empty: columns are recognised by name.</source>
        <translation>ここに置かれた CSV・Excel ファイルは、書き込みが終わるとエンジンが取り込み、結果のレポートと一緒に done/ か failed/ へ移します。問題のある行が1つでもあるファイルは何も取り込みません。同じファイルを2回置いても、2回目は何も取り込みません。1行に1列ずつ「列名 = 項目」と書きます。予約の項目: name(名前)、phone(電話)、date(日付)、time(時刻)、place(場所)、notes(メモ)、external_id(予約番号: 同じ番号がまた来ると予約を更新します)。空欄のときは列名から自動で判断します。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_watch.py" line="100"/>
        <source>Save watched folder</source>
        <translation>監視フォルダーを保存</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_watch.py" line="119"/>
        <source>Watched folder</source>
        <translation>監視フォルダー</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_watch.py" line="126"/>
        <source>Write each column as: column = field.</source>
        <translation>各列を「列名 = 項目」の形で書いてください。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_watch.py" line="131"/>
        <source>Saved.</source>
        <translation>保存しました。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_watch.py" line="131"/>
        <source>Not saved.</source>
        <translation>保存できませんでした。</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../ui/app.py" line="236"/>
        <source>desk-sms</source>
        <translation>desk-sms</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="239"/>
        <source>The other desks&apos; data is on that server. Check that the server computer is on and this PC is on the office network, then try again.

Working with this computer&apos;s own database file shows only what was saved on this PC before; change the choice later under Settings → Database.</source>
        <translation>ほかの受付のデータはこのサーバーにあります。サーバーのPCの電源が入っていて、このPCが事務所のネットワークにつながっているか確認してから、再試行してください。

このPCのデータベースファイルを使うと、以前このPCに保存した内容だけが表示されます。あとで「設定 → データベース」で選び直せます。</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="246"/>
        <source>Try again</source>
        <translation>再試行</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="248"/>
        <source>Use this computer&apos;s file</source>
        <translation>このPCのファイルを使う</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="250"/>
        <source>Quit</source>
        <translation>終了</translation>
    </message>
</context>
</TS>
