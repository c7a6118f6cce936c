<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ApiGroup</name>
    <message>
        <location filename="../../ui/pages/settings_api.py" line="126"/>
        <source>Other programs: HTTP API (administrators)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_api.py" line="127"/>
        <source>Let other programs send and read through the local HTTP API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_api.py" line="128"/>
        <source>Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_api.py" line="129"/>
        <source>Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_api.py" line="130"/>
        <source>API keys:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_api.py" line="131"/>
        <source>New key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_api.py" line="132"/>
        <source>Key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_api.py" line="134"/>
        <source>127.0.0.1 means only programs on this PC. The engine (desk-sms serve) starts the API with these settings when it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_api.py" line="136"/>
        <source>e.g. the reservation system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_api.py" line="137"/>
        <source>send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_api.py" line="137"/>
        <source>read replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_api.py" line="138"/>
        <source>appointments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_api.py" line="141"/>
        <source>Create key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_api.py" line="142"/>
        <source>Revoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_api.py" line="143"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_api.py" line="144"/>
        <source>Save API settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_api.py" line="146"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_api.py" line="146"/>
        <source>Scopes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_api.py" line="146"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_api.py" line="146"/>
        <source>Last used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_api.py" line="146"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_api.py" line="174"/>
        <source>Type an IP address, e.g. 127.0.0.1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_api.py" line="177"/>
        <source>Warning: other computers on the network can reach the API at this address; anyone with a key can send messages. Use 127.0.0.1 unless another computer must call it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_api.py" line="188"/>
        <location filename="../../ui/pages/settings_api.py" line="191"/>
        <source>Not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_api.py" line="190"/>
        <source>Saved. The engine uses it from its next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_api.py" line="205"/>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_api.py" line="205"/>
        <source>revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_api.py" line="227"/>
        <source>Copy the key for {name} now: it is shown only this once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_api.py" line="239"/>
        <source>Revoke an API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_api.py" line="240"/>
        <source>Revoke the key {name}? Programs using it are refused from now on.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppointmentEditor</name>
    <message>
        <location filename="../../ui/dialogs/appointment_editor.py" line="49"/>
        <source>Appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appointment_editor.py" line="56"/>
        <source>Name or number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appointment_editor.py" line="58"/>
        <source>Find contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appointment_editor.py" line="60"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appointment_editor.py" line="64"/>
        <source>Date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appointment_editor.py" line="66"/>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appointment_editor.py" line="68"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApprovalPanel</name>
    <message>
        <location filename="../../ui/widgets/approval_panel.py" line="68"/>
        <source>Campaigns and approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/approval_panel.py" line="69"/>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/approval_panel.py" line="69"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/approval_panel.py" line="69"/>
        <source>Made by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/approval_panel.py" line="69"/>
        <source>Approved by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/approval_panel.py" line="70"/>
        <source>Approved at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/approval_panel.py" line="72"/>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/approval_panel.py" line="73"/>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/approval_panel.py" line="105"/>
        <source>awaiting approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/approval_panel.py" line="105"/>
        <source>sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/approval_panel.py" line="106"/>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/approval_panel.py" line="106"/>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/approval_panel.py" line="106"/>
        <source>draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/approval_panel.py" line="133"/>
        <source>Only an administrator can approve a campaign.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssignmentBar</name>
    <message>
        <location filename="../../ui/widgets/inbox_assignment.py" line="53"/>
        <source>Anyone&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/inbox_assignment.py" line="54"/>
        <source>Nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/inbox_assignment.py" line="55"/>
        <source>Assign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/inbox_assignment.py" line="56"/>
        <source>Give the selected messages to this user (administrators)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditLogDialog</name>
    <message>
        <location filename="../../ui/pages/audit.py" line="121"/>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="122"/>
        <source>All users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="123"/>
        <source>All actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="128"/>
        <source>Imports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="130"/>
        <source>Sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="131"/>
        <source>Campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="132"/>
        <source>Approvals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="125"/>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="126"/>
        <source>Opt-outs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="138"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="140"/>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="137"/>
        <source>Inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="134"/>
        <source>Segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="127"/>
        <source>Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="129"/>
        <source>Exports of personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="133"/>
        <source>Templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="135"/>
        <source>Schedules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="136"/>
        <source>Appointments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="139"/>
        <source>Modems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="141"/>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="142"/>
        <source>Users and sign-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="148"/>
        <source>Last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="149"/>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="150"/>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="151"/>
        <source>Last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="152"/>
        <source>Everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="156"/>
        <source>Search the details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="158"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="158"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="158"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="158"/>
        <source>Object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="158"/>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="160"/>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="161"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/audit.py" line="208"/>
        <source>%Ln entries</source>
        <translation>
            <numerusform>%Ln entry</numerusform>
            <numerusform>%Ln entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/audit.py" line="211"/>
        <source>%Ln entries, the newest {shown} shown</source>
        <translation>
            <numerusform>%Ln entry, the newest {shown} shown</numerusform>
            <numerusform>%Ln entries, the newest {shown} shown</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="220"/>
        <source>Export the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="222"/>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupGroup</name>
    <message>
        <location filename="../../ui/pages/settings_backups.py" line="92"/>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_backups.py" line="93"/>
        <source>Keep daily backups for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_backups.py" line="94"/>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_backups.py" line="95"/>
        <source>Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_backups.py" line="96"/>
        <source>Restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_backups.py" line="139"/>
        <source>The backups folder cannot be read: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_backups.py" line="145"/>
        <source>The database is on a server: its administrator backs it up with the server&apos;s own tools.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_backups.py" line="151"/>
        <source>The daily backup failed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_backups.py" line="153"/>
        <source>No backup yet. Backups are kept in {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/settings_backups.py" line="156"/>
        <source>Last backup {when}; %Ln backup(s) in {folder}.</source>
        <translation>
            <numerusform>Last backup {when}; %Ln backup in {folder}.</numerusform>
            <numerusform>Last backup {when}; %Ln backups in {folder}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_backups.py" line="166"/>
        <source>No room for a backup: the disk holding {folder} has {free} free and a backup needs about {needed}. Free some space there; until then no daily backup is made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_backups.py" line="197"/>
        <location filename="../../ui/pages/settings_backups.py" line="226"/>
        <source>Restore a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_backups.py" line="199"/>
        <source>desk-sms backups (*.sqlite3);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_backups.py" line="217"/>
        <source>Replace the current database with {file}?

The current database is kept as a backup first. This window stops sending and receiving, and desk-sms closes when the restore is done: start it again to work on the restored data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_backups.py" line="251"/>
        <source>The database was restored from {file}. The previous one is kept as {kept}.

desk-sms closes now; start it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BusinessHoursForm</name>
    <message>
        <location filename="../../ui/pages/rules_hours.py" line="84"/>
        <source>Monday:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/rules_hours.py" line="84"/>
        <source>Tuesday:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/rules_hours.py" line="84"/>
        <source>Wednesday:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/rules_hours.py" line="84"/>
        <source>Thursday:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/rules_hours.py" line="85"/>
        <source>Friday:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/rules_hours.py" line="85"/>
        <source>Saturday:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/rules_hours.py" line="85"/>
        <source>Sunday:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/rules_hours.py" line="88"/>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/rules_hours.py" line="89"/>
        <source>Public holidays:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/rules_hours.py" line="90"/>
        <source>Also closed on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/rules_hours.py" line="91"/>
        <source>Open on these holidays:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/rules_hours.py" line="92"/>
        <source>Closed on Japan&apos;s public holidays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/rules_hours.py" line="94"/>
        <source>Rules marked “outside business hours” act when a message arrives outside these hours. Write hours as 09:00-18:00; leave a day empty when closed. Dates as 2026-08-13, one per line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/rules_hours.py" line="96"/>
        <source>Save business hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/rules_hours.py" line="142"/>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/rules_hours.py" line="142"/>
        <source>Not saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CampaignProgressPanel</name>
    <message>
        <location filename="../../ui/widgets/campaign_progress.py" line="96"/>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/campaign_progress.py" line="97"/>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/campaign_progress.py" line="98"/>
        <location filename="../../ui/widgets/campaign_progress.py" line="206"/>
        <source>Cancel campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/campaign_progress.py" line="145"/>
        <source>{done} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/campaign_progress.py" line="147"/>
        <source>{rate:.1f} per minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/campaign_progress.py" line="166"/>
        <source>Nothing left to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/campaign_progress.py" line="168"/>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/campaign_progress.py" line="170"/>
        <source>No modem is ready: no estimate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/campaign_progress.py" line="172"/>
        <source>Resting until {time} (quiet hours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/campaign_progress.py" line="175"/>
        <source>Daily limits reached: waiting for them to free up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/campaign_progress.py" line="176"/>
        <source>Daily limits reached: resumes about {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/campaign_progress.py" line="179"/>
        <source>Less than a minute left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/campaign_progress.py" line="180"/>
        <source>About {duration} left</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/campaign_progress.py" line="182"/>
        <source>%Ln wait(s) for tomorrow&apos;s limits</source>
        <translation>
            <numerusform>%Ln waits for tomorrow&apos;s limits</numerusform>
            <numerusform>%Ln wait for tomorrow&apos;s limits</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/widgets/campaign_progress.py" line="188"/>
        <source>{minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/campaign_progress.py" line="189"/>
        <source>{hours} h {minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/campaign_progress.py" line="207"/>
        <source>Cancel every message of this campaign that has not gone out yet?
Messages already sent are not affected.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckStep</name>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_pages.py" line="284"/>
        <source>%Ln row(s) read</source>
        <translation>
            <numerusform>%Ln row read</numerusform>
            <numerusform>%Ln rows read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_pages.py" line="285"/>
        <source>%Ln new contact(s)</source>
        <translation>
            <numerusform>%Ln new contact</numerusform>
            <numerusform>%Ln new contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_pages.py" line="286"/>
        <source>%Ln already in your contacts</source>
        <translation>
            <numerusform>%Ln already in your contacts</numerusform>
            <numerusform>%Ln already in your contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_pages.py" line="288"/>
        <source>%Ln duplicate(s) within the file</source>
        <translation>
            <numerusform>%Ln duplicate within the file</numerusform>
            <numerusform>%Ln duplicates within the file</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_pages.py" line="290"/>
        <source>%Ln invalid</source>
        <translation>
            <numerusform>%Ln invalid</numerusform>
            <numerusform>%Ln invalid</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_pages.py" line="311"/>
        <source>%Ln more row(s) are in the saved file.</source>
        <translation>
            <numerusform>%Ln more row is in the saved file.</numerusform>
            <numerusform>%Ln more rows are in the saved file.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComposePage</name>
    <message>
        <location filename="../../ui/pages/compose.py" line="218"/>
        <source>Compose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/compose.py" line="219"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/compose.py" line="220"/>
        <source>Templates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/compose.py" line="221"/>
        <source>When a value is missing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/compose.py" line="222"/>
        <source>skip the recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/compose.py" line="223"/>
        <source>use this text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/compose.py" line="224"/>
        <location filename="../../ui/pages/compose.py" line="241"/>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/compose.py" line="225"/>
        <source>Campaign name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/compose.py" line="226"/>
        <source>Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/compose.py" line="227"/>
        <source>Notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/compose.py" line="228"/>
        <source>Advertising</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/compose.py" line="230"/>
        <source>Notice: appointments, fees, closures. Advertising: courses, events, offers; it goes only to contacts with recorded consent and must name the sender and say how to stop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/compose.py" line="232"/>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/compose.py" line="233"/>
        <source>At</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/compose.py" line="234"/>
        <source>If the PC was off, still send up to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/compose.py" line="236"/>
        <source>Urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/compose.py" line="238"/>
        <source>Goes out during quiet hours too, before other messages. Only an administrator may send a campaign as urgent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/compose.py" line="240"/>
        <source>Review…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/compose.py" line="247"/>
        <source>30 minutes late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/compose.py" line="247"/>
        <source>1 hour late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/compose.py" line="247"/>
        <source>2 hours late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/compose.py" line="248"/>
        <source>6 hours late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/compose.py" line="285"/>
        <source>(type freely)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/compose.py" line="335"/>
        <source>Not sent to this recipient: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/compose.py" line="399"/>
        <source>Campaign stored. &lt;a href=&quot;campaign:{id}&quot;&gt;Show it on the Sent page&lt;/a&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComposeSummary</name>
    <message>
        <location filename="../../ui/pages/compose_summary.py" line="22"/>
        <source>opted out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/compose_summary.py" line="23"/>
        <source>not a valid mobile number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/compose_summary.py" line="24"/>
        <source>duplicate number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/compose_summary.py" line="25"/>
        <source>missing value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/compose_summary.py" line="26"/>
        <source>message too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/compose_summary.py" line="27"/>
        <source>no consent to advertising</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/compose_summary.py" line="28"/>
        <source>contact deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/compose_summary.py" line="36"/>
        <source>about {minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/compose_summary.py" line="37"/>
        <source>about {hours} h {minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/compose_summary.py" line="43"/>
        <source>no modem is ready: the messages wait until one is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/compose_summary.py" line="45"/>
        <source>quiet hours: sending starts at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/compose_summary.py" line="48"/>
        <source>every modem reached its daily limit: sending resumes at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/compose_summary.py" line="51"/>
        <source>every modem reached its daily limit: sending waits until one frees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/compose_summary.py" line="63"/>
        <source>Recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/compose_summary.py" line="64"/>
        <source>Excluded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/compose_summary.py" line="65"/>
        <source>SMS parts in total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/compose_summary.py" line="66"/>
        <source>Estimated time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/compose_summary.py" line="70"/>
        <source>Sending at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/compose_summary.py" line="78"/>
        <source>An administrator must approve this campaign before it is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/compose_summary.py" line="88"/>
        <source>Not sent to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/compose_summary.py" line="96"/>
        <source>… and {count} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/compose_summary.py" line="105"/>
        <source>Missing values</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConditionRow</name>
    <message>
        <location filename="../../ui/dialogs/segment_editor.py" line="76"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/segment_editor.py" line="79"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../../ui/dialogs/contact_editor.py" line="69"/>
        <source>New contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_editor.py" line="69"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_editor.py" line="72"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_editor.py" line="73"/>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_editor.py" line="92"/>
        <source>ヤマダ タロウ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_editor.py" line="94"/>
        <source>One number per line, e.g. 090-1234-5678</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_editor.py" line="99"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_editor.py" line="99"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_editor.py" line="105"/>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_editor.py" line="106"/>
        <source>Reading (furigana):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_editor.py" line="107"/>
        <source>Phone numbers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_editor.py" line="108"/>
        <source>Groups:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_editor.py" line="109"/>
        <source>Fields:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_editor.py" line="110"/>
        <source>Consent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_editor.py" line="111"/>
        <source>Opt-out:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_editor.py" line="112"/>
        <source>Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_editor.py" line="119"/>
        <source>given on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_editor.py" line="126"/>
        <source>source, e.g. 入会申込書</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_editor.py" line="139"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_editor.py" line="139"/>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_editor.py" line="139"/>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_editor.py" line="139"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_editor.py" line="139"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_editor.py" line="171"/>
        <location filename="../../ui/dialogs/contact_editor.py" line="188"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_editor.py" line="177"/>
        <source>Contact: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_editor.py" line="190"/>
        <source>Opted out on {date}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_editor.py" line="203"/>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_editor.py" line="203"/>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <location filename="../../ui/pages/contacts.py" line="168"/>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/contacts.py" line="170"/>
        <source>Filter by name, reading, number, group or field…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/contacts.py" line="171"/>
        <source>Add contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/contacts.py" line="172"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/contacts.py" line="173"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/contacts.py" line="174"/>
        <source>Add to group…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/contacts.py" line="175"/>
        <source>Opt out / in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/contacts.py" line="176"/>
        <source>Groups…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/contacts.py" line="177"/>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/contacts.py" line="178"/>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/contacts.py" line="179"/>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/contacts.py" line="181"/>
        <location filename="../../ui/pages/contacts.py" line="245"/>
        <source>All groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/contacts.py" line="183"/>
        <source>With or without consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/contacts.py" line="183"/>
        <source>With consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/contacts.py" line="183"/>
        <source>Without consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/contacts.py" line="236"/>
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln contact</numerusform>
            <numerusform>%Ln contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/contacts.py" line="281"/>
        <source>%Ln contact(s) deleted.</source>
        <translation>
            <numerusform>%Ln contact deleted.</numerusform>
            <numerusform>%Ln contacts deleted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/contacts.py" line="292"/>
        <source>%Ln contact(s) restored.</source>
        <translation>
            <numerusform>%Ln contact restored.</numerusform>
            <numerusform>%Ln contacts restored.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/contacts.py" line="312"/>
        <source>%Ln contact(s) added to the group.</source>
        <translation>
            <numerusform>%Ln contact added to the group.</numerusform>
            <numerusform>%Ln contacts added to the group.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/contacts.py" line="321"/>
        <source>Opted back in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/contacts.py" line="323"/>
        <source>Opt out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/contacts.py" line="323"/>
        <source>Reason (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/contacts.py" line="325"/>
        <source>Opted out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/contacts.py" line="338"/>
        <source>Export contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/contacts.py" line="338"/>
        <source>Excel (*.xlsx);;CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/contacts.py" line="352"/>
        <source>Exported to {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactsTableModel</name>
    <message>
        <location filename="../../ui/models/contacts_model.py" line="87"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/contacts_model.py" line="87"/>
        <source>Reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/contacts_model.py" line="87"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/contacts_model.py" line="87"/>
        <source>Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/contacts_model.py" line="87"/>
        <source>Opt-out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/contacts_model.py" line="131"/>
        <source>Opted out</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConversationDialog</name>
    <message>
        <location filename="../../ui/dialogs/conversation.py" line="94"/>
        <source>Write a reply…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conversation.py" line="98"/>
        <source>Urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conversation.py" line="99"/>
        <source>Goes out during quiet hours too, before other messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conversation.py" line="100"/>
        <source>Send reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conversation.py" line="103"/>
        <source>Reply anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conversation.py" line="105"/>
        <source>Add as contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conversation.py" line="107"/>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conversation.py" line="156"/>
        <source>Conversation with {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conversation.py" line="172"/>
        <source>from {modem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conversation.py" line="183"/>
        <source>Insert a template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conversation.py" line="225"/>
        <source>Another desk started replying at {time}; wait, or reply anyway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conversation.py" line="249"/>
        <source>Reply queued; it leaves through the modem the customer wrote to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conversation.py" line="259"/>
        <source>Export conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conversation.py" line="259"/>
        <source>Excel (*.xlsx);;CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message numerus="yes">
        <location filename="../../ui/counts.py" line="21"/>
        <source>%Ln minute(s)</source>
        <translation>
            <numerusform>%Ln minute</numerusform>
            <numerusform>%Ln minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/counts.py" line="24"/>
        <source>%Ln part(s)</source>
        <translation>
            <numerusform>%Ln part</numerusform>
            <numerusform>%Ln parts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/counts.py" line="27"/>
        <source>%Ln need(s) attention</source>
        <translation>
            <numerusform>%Ln needs attention</numerusform>
            <numerusform>%Ln need attention</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/counts.py" line="30"/>
        <source>%Ln tries left.</source>
        <translation>
            <numerusform>%Ln try left.</numerusform>
            <numerusform>%Ln tries left.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/counts.py" line="33"/>
        <source>{ready} of %Ln modem(s) ready</source>
        <translation>
            <numerusform>{ready} of %Ln modem ready</numerusform>
            <numerusform>{ready} of %Ln modems ready</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/counts.py" line="36"/>
        <source>(%Ln wait(s) for tomorrow&apos;s daily limits)</source>
        <translation>
            <numerusform>(%Ln waits for tomorrow&apos;s daily limits)</numerusform>
            <numerusform>(%Ln wait for tomorrow&apos;s daily limits)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/counts.py" line="42"/>
        <source>%Ln byte(s)</source>
        <translation>
            <numerusform>%Ln byte</numerusform>
            <numerusform>%Ln bytes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/counts.py" line="43"/>
        <source>{size} {unit}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CurrentUserIndicator</name>
    <message>
        <location filename="../../ui/widgets/user_indicator.py" line="50"/>
        <source>Switch user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/user_indicator.py" line="86"/>
        <source>Not signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/user_indicator.py" line="88"/>
        <source>administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/user_indicator.py" line="88"/>
        <source>operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/user_indicator.py" line="89"/>
        <source>User: {name} ({role})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="147"/>
        <source>Going out later today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="148"/>
        <source>Waiting to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="149"/>
        <source>Sending now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="150"/>
        <source>Needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="151"/>
        <source>Replies to answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="152"/>
        <source>Missed schedule runs (7 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="153"/>
        <source>Sent today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="154"/>
        <source>Delivered today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="155"/>
        <source>Failed today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="156"/>
        <source>On hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="157"/>
        <source>Received today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="158"/>
        <source>Modems ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="162"/>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="164"/>
        <source>Today, {date}. Click a figure to open its list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="168"/>
        <source>Modems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="197"/>
        <source>{ready} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="214"/>
        <source>No modem yet: add one on the Modems page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/dashboard.py" line="216"/>
        <source>{name}: {state}, signal {bars}/5, {used} of %Ln part(s) in 24 h{error}</source>
        <translation>
            <numerusform>{name}: {state}, signal {bars}/5, {used} of %Ln part in 24 h{error}</numerusform>
            <numerusform>{name}: {state}, signal {bars}/5, {used} of %Ln parts in 24 h{error}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="219"/>
        <source>disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="234"/>
        <source>daily limit reached, sends again at {time}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseGroup</name>
    <message>
        <location filename="../../ui/pages/settings_database.py" line="140"/>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_database.py" line="144"/>
        <source>This computer only (file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_database.py" line="145"/>
        <source>A PostgreSQL server shared by several desks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_database.py" line="147"/>
        <source>Server (host name or address):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_database.py" line="148"/>
        <source>Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_database.py" line="149"/>
        <source>Database name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_database.py" line="150"/>
        <source>User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_database.py" line="151"/>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_database.py" line="155"/>
        <source>Use TLS (encryption)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_database.py" line="156"/>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_database.py" line="157"/>
        <source>Use this database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_database.py" line="168"/>
        <source>In use now: this computer&apos;s file {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_database.py" line="171"/>
        <source>In use now: database {database} on the PostgreSQL server {host}:{port}, user {user}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_database.py" line="183"/>
        <source>The environment variable {name} is set on this PC: it decides the database, whatever is saved here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_database.py" line="188"/>
        <source>desk-sms was started with --db: the choice saved here applies when it starts without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_database.py" line="195"/>
        <source>Connected. The database is empty: desk-sms will set it up when it next starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_database.py" line="198"/>
        <source>Connected. The database already holds desk-sms data of this version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_database.py" line="201"/>
        <source>Connected. The database holds desk-sms data of an older version: desk-sms upgrades it when it next starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_database.py" line="205"/>
        <source>Connected, but the database was made by a newer desk-sms. Install that version on this PC first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_database.py" line="209"/>
        <source>Connected, but the database holds tables that desk-sms did not make. Choose an empty database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_database.py" line="213"/>
        <source>Connected, but the user {user} may not create tables in this database. Ask the server&apos;s administrator to make {user} the owner of the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_database.py" line="216"/>
        <source>The server refused the user name or the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_database.py" line="217"/>
        <source>The server has no database named {database}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_database.py" line="219"/>
        <source>The server cannot be reached at {host}, port {port}. Check the address and the port, that the server is running, and that no firewall blocks the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_database.py" line="223"/>
        <source>The server does not accept connections from this computer. Its administrator must allow them (pg_hba.conf).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_database.py" line="227"/>
        <source>The server does not offer TLS encryption. Untick “Use TLS” or ask its administrator to turn TLS on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_database.py" line="231"/>
        <source>This desk-sms was installed without the PostgreSQL driver (psycopg).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_database.py" line="233"/>
        <source>desk-sms cannot use this database: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_database.py" line="234"/>
        <source>The database cannot be opened: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_database.py" line="241"/>
        <source>To bring this computer&apos;s existing data over to the server, run:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_database.py" line="244"/>
        <source>(*** stands for the password)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_database.py" line="292"/>
        <source>Testing the connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_database.py" line="325"/>
        <source>Saved. desk-sms uses this computer&apos;s file from its next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_database.py" line="327"/>
        <source>Saved. desk-sms uses the server {server} from its next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_database.py" line="330"/>
        <source>Close desk-sms and start it again to switch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_database.py" line="337"/>
        <source>Not saved: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EngineStatus</name>
    <message>
        <location filename="../../ui/widgets/engine_status.py" line="21"/>
        <source>The sending engine stopped unexpectedly; starting it again in {seconds} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/engine_status.py" line="26"/>
        <source>Sending engine: running again (restarts: {count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/engine_status.py" line="29"/>
        <source>Sending engine: starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/engine_status.py" line="30"/>
        <source>Sending engine: running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/engine_status.py" line="31"/>
        <source>Sending engine: running ({where})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/engine_status.py" line="32"/>
        <source>Sending engine: stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/engine_status.py" line="39"/>
        <source>The engine sends and receives for this window in a process of its own. A message it was sending when it stopped shows as uncertain on the Sent page: check with the recipient before resending it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/engine_status.py" line="45"/>
        <source>The engine sends and receives for this window in a process of its own.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../ui/errors.py" line="39"/>
        <source>The database {path} cannot be opened: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="42"/>
        <source>The database server {url} cannot be reached: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="45"/>
        <source>The database {path} was made by a newer version of desk-sms (schema {revision}).
Please install the newer version. The file was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="50"/>
        <source>The data folder {path} cannot be written: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="53"/>
        <source>Another desk-sms ({owner}) is already driving the modems on this database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="56"/>
        <source>The sending engine did not answer within {seconds} seconds. It may be starting or stopped: see the status bar, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="61"/>
        <source>The sending engine could not do it: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="64"/>
        <source>Please check your input: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="65"/>
        <source>{name} cannot send now ({state}). Send the test once it shows Ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="69"/>
        <source>{what} not found: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="70"/>
        <source>A rule named {name} exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="71"/>
        <source>The rule {name} does nothing: choose an answer, an assignee, a group, a tag or “Mark handled”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="74"/>
        <source>Only an administrator may do this ({action}). Ask an administrator to sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="77"/>
        <source>Wrong password for {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="81"/>
        <source>On a shared database server every user needs a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="84"/>
        <source>The setting {key} was not saved: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="85"/>
        <source>An API key named {name} exists already (revoked keys keep their names).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="88"/>
        <source>Unknown scope {scope}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="97"/>
        <source>The message is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="98"/>
        <source>The recipient has no value for {fields}: fill it in or write the text without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="101"/>
        <source>The message is {length} characters; at most {limit} characters can be sent as one message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="78"/>
        <source>{name} is locked after {attempts} wrong passwords. Try again in {minutes}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="105"/>
        <source>The message needs {parts} SMS parts; at most {limit} are allowed per message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="108"/>
        <source>Unknown placeholder {names}: nothing was sent. Write {{{{ and }}}} for literal braces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="111"/>
        <source>Only an administrator may send a campaign as urgent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="114"/>
        <source>An advertising message must name its sender: set the sender name in Settings first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="117"/>
        <source>An advertising message must name its sender: add {sender} to the text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="120"/>
        <source>An advertising message must say how to stop receiving it, e.g. 配信停止は「{keyword}」と返信.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="124"/>
        <source>{at} is past and its send-late window ended at {until}: nothing was sent; choose a later time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="128"/>
        <source>{text} is not a send-late window; write minutes or hours, e.g. 30m or 2h.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="137"/>
        <source>The disk holding {folder} is full ({free} free): desk-sms cannot save anything there.
Free at least {needed} on that disk, then start desk-sms again. Nothing was lost and the database is intact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="143"/>
        <source>The data folder {folder} is read-only ({free} free on its disk): desk-sms cannot save anything there.
Make it writable again, or start desk-sms with another data folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="148"/>
        <source>The data folder {folder} is not there any more (a USB stick or network drive that was removed?).
Connect it again and start desk-sms; nothing was lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="153"/>
        <source>No backup was made: the disk holding {folder} has {free} free and a backup needs about {needed}. Free some space there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="164"/>
        <source>File not found: {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="165"/>
        <source>The file {file} is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="166"/>
        <source>The file {file} is damaged and cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="169"/>
        <source>The file {file} is protected by a password. Save it without a password and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="172"/>
        <source>The file {file} is not a spreadsheet (xlsx, xls, ods) or a CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="175"/>
        <source>There is no sheet named {sheet}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="176"/>
        <source>The sheet {sheet} of {file} is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="177"/>
        <source>Every sheet of {file} is hidden. Show the sheet to import in Excel and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="180"/>
        <source>The file {file} has no rows (it holds no text).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="183"/>
        <source>The file {file} has no rows below the header: there is nothing to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="186"/>
        <source>The file {file} holds one cell, comment or line larger than {limit}. No roster has one, so the file is not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="191"/>
        <source>The file {file} holds more than a roster can ({detail}). Split it into parts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="194"/>
        <source>The file {file} has more than {limit} rows. Split it and import the parts one by one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="197"/>
        <source>The text encoding of {file} cannot be recognised. Save it from Excel as CSV (UTF-8).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="200"/>
        <source>The file {file} mixes text encodings (UTF-8 and Shift_JIS) from line {line}. Open it in Excel and save it again as one CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="205"/>
        <source>Cannot save as {suffix}: use .xlsx or .csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="208"/>
        <source>Cannot write {file}: {reason} (is it open in another program?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="211"/>
        <source>There is no column {column} in the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="214"/>
        <source>No column holds phone numbers. Choose “Phone number” for the column that has them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="217"/>
        <source>Row {row} cannot be the header: it is empty or too far down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="220"/>
        <source>This import was already undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="227"/>
        <source>changing settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="228"/>
        <source>managing modems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="229"/>
        <source>managing users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="230"/>
        <source>making a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="231"/>
        <source>restoring a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="232"/>
        <source>moving the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="233"/>
        <source>approving a campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="234"/>
        <source>deleting what a schedule uses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="237"/>
        <source>assigning a conversation to someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="240"/>
        <source>managing the API and its keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="241"/>
        <source>changing the rules for incoming messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="286"/>
        <source>desk-sms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="291"/>
        <source>desk-sms: unexpected error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="293"/>
        <source>Something went wrong inside desk-sms. This is a bug, not something you did.
Please copy the details below and send them to your support contact.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <location filename="../../ui/dialogs/first_start.py" line="60"/>
        <source>Welcome to desk-sms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_start.py" line="63"/>
        <source>You are the administrator of desk-sms. Choose a password: it protects the settings, the modems, the users and the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_start.py" line="67"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_start.py" line="68"/>
        <source>Password again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_start.py" line="70"/>
        <source>No password on this PC (only if nobody else can use this computer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/first_start.py" line="86"/>
        <source>Choose a password of at least %n character(s), or tick “No password on this PC”.</source>
        <translation>
            <numerusform>Choose a password of at least %n character, or tick “No password on this PC”.</numerusform>
            <numerusform>Choose a password of at least %n characters, or tick “No password on this PC”.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_start.py" line="89"/>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_start.py" line="108"/>
        <source>Please choose a password, or tick “No password on this PC”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroupsDialog</name>
    <message>
        <location filename="../../ui/dialogs/groups.py" line="40"/>
        <source>Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/groups.py" line="44"/>
        <source>New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/groups.py" line="44"/>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/groups.py" line="45"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/groups.py" line="66"/>
        <source>{name}  (%Ln contact(s))</source>
        <translation>
            <numerusform>{name}  (%Ln contact)</numerusform>
            <numerusform>{name}  (%Ln contacts)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/groups.py" line="92"/>
        <source>Delete the group {name}? Its %Ln contact(s) stay in your list.</source>
        <translation>
            <numerusform>Delete the group {name}? Its %Ln contact stays in your list.</numerusform>
            <numerusform>Delete the group {name}? Its %Ln contacts stay in your list.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/groups.py" line="76"/>
        <source>New group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/groups.py" line="76"/>
        <source>Name of the group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/groups.py" line="84"/>
        <source>Rename group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/groups.py" line="84"/>
        <source>New name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/groups.py" line="94"/>
        <source>Delete group</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="40"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="41"/>
        <source>Reading (kana)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="42"/>
        <source>Phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="43"/>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="44"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="45"/>
        <source>Consent date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="46"/>
        <source>Consent source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="47"/>
        <source>Custom field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="48"/>
        <source>Do not import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="54"/>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="55"/>
        <source>updates a contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="56"/>
        <source>already a contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="57"/>
        <source>duplicate in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="58"/>
        <source>invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="65"/>
        <source>empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="66"/>
        <source>not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="67"/>
        <source>shown as 9.01E+09 by Excel: the digits are lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="68"/>
        <source>too short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="69"/>
        <source>too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="70"/>
        <source>unknown country code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="71"/>
        <source>no such number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="72"/>
        <source>not a mobile number (cannot receive SMS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="75"/>
        <source>The name is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="76"/>
        <source>There is no phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="77"/>
        <source>{column} {value}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="78"/>
        <source>Same number as row {detail}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="79"/>
        <source>The number belongs to a contact already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="80"/>
        <source>The consent date {value} cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="81"/>
        <source>Consent without a date: today is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="82"/>
        <source>{column} was cut to {detail} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="126"/>
        <source>Choose a roster: Excel (.xlsx, .xlsm, .xls), LibreOffice (.ods) or CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="128"/>
        <source>Choose file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="129"/>
        <source>Or drop the file here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="130"/>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="131"/>
        <source>Sheet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="141"/>
        <source>Header in row {row}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="143"/>
        <source>No header row: columns are named by letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="167"/>
        <source>Check what each column holds. Suggestions come from the headers; change any of them. Columns set to “Custom field” are kept under their header&apos;s name (usable in templates).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="174"/>
        <source>Only the first rows are shown. Nothing is written until you confirm the import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="179"/>
        <location filename="../../ui/dialogs/import_pages.py" line="189"/>
        <source>Import as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="225"/>
        <source>Column {letter}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="262"/>
        <source>Numbers that are already contacts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="263"/>
        <source>Skip those rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="264"/>
        <source>Update those contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="267"/>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="268"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="269"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="270"/>
        <source>Row values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="273"/>
        <source>Save invalid rows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="283"/>
        <source>{rows}: {new}, {existing}, {duplicates}, {invalid}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="357"/>
        <source>{imported}, {updated}, {skipped}, {invalid}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="336"/>
        <source>Undo this import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="340"/>
        <source>Importing… The whole file is checked first. You can cancel: the contacts added are taken back, contacts already updated stay updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="346"/>
        <source>Importing… You can cancel: nothing of this import is kept then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="353"/>
        <source>The import was cancelled; no contact was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="355"/>
        <source>The import is finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="412"/>
        <source>Row {row}: a cell of {length} characters was cut to 1,000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="417"/>
        <source>Merged cells {ranges}: each row gets the merged value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="421"/>
        <source>Formulas have no saved results (the file was not saved by Excel): those cells are empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="426"/>
        <source>This file is CSV text with a spreadsheet&apos;s name; it was read as CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="436"/>
        <source>{cells} and {more} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="437"/>
        <source>Cells far from the table ({cells}) hold values; they were ignored.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportStep</name>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_pages.py" line="358"/>
        <source>%Ln contact(s) added</source>
        <translation>
            <numerusform>%Ln contact added</numerusform>
            <numerusform>%Ln contacts added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_pages.py" line="359"/>
        <source>%Ln updated</source>
        <translation>
            <numerusform>%Ln updated</numerusform>
            <numerusform>%Ln updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_pages.py" line="360"/>
        <source>%Ln skipped</source>
        <translation>
            <numerusform>%Ln skipped</numerusform>
            <numerusform>%Ln skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_pages.py" line="361"/>
        <source>%Ln invalid</source>
        <translation>
            <numerusform>%Ln invalid</numerusform>
            <numerusform>%Ln invalid</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_pages.py" line="369"/>
        <source>Import undone: %Ln contact(s) removed.</source>
        <translation>
            <numerusform>Import undone: %Ln contact removed.</numerusform>
            <numerusform>Import undone: %Ln contacts removed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="151"/>
        <source>Import contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="154"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="171"/>
        <source>1. Choose the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="172"/>
        <source>2. Preview and columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="173"/>
        <source>3. Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="174"/>
        <source>4. Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="182"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="182"/>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="187"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="187"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="207"/>
        <source>Choose a roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="207"/>
        <source>Rosters ({patterns})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="234"/>
        <source>Reading {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="275"/>
        <source>Save invalid rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="275"/>
        <source>Excel (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_wizard.py" line="366"/>
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln row</numerusform>
            <numerusform>%Ln rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InboxPage</name>
    <message>
        <location filename="../../ui/pages/inbox.py" line="165"/>
        <source>Inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/inbox.py" line="166"/>
        <source>Search text, number or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/inbox.py" line="167"/>
        <source>Unhandled only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/inbox.py" line="168"/>
        <source>Assigned to me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/inbox.py" line="169"/>
        <source>All modems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/inbox.py" line="171"/>
        <source>Any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/inbox.py" line="172"/>
        <source>Last 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/inbox.py" line="173"/>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/inbox.py" line="174"/>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/inbox.py" line="178"/>
        <source>Open conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/inbox.py" line="179"/>
        <source>Mark handled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/inbox.py" line="180"/>
        <source>Mark unhandled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/inbox.py" line="181"/>
        <source>Assign to me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/inbox.py" line="182"/>
        <source>Add sender as contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/inbox.py" line="183"/>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/inbox.py" line="184"/>
        <source>Opt out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/inbox.py" line="186"/>
        <source>The sender gets no more messages (and the opt-out confirmation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/inbox.py" line="294"/>
        <source>%Ln message(s)</source>
        <translation>
            <numerusform>%Ln message</numerusform>
            <numerusform>%Ln messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/inbox.py" line="378"/>
        <source>%Ln message(s) exported.</source>
        <translation>
            <numerusform>%Ln message exported.</numerusform>
            <numerusform>%Ln messages exported.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/inbox.py" line="327"/>
        <source>Marked as handled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/inbox.py" line="331"/>
        <source>Marked as unhandled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/inbox.py" line="336"/>
        <source>Assigned to you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/inbox.py" line="336"/>
        <source>Unassigned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/inbox.py" line="343"/>
        <source>Assigned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/inbox.py" line="353"/>
        <source>The sender is opted out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/inbox.py" line="358"/>
        <source>The sender is now a contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/inbox.py" line="369"/>
        <source>Export inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/inbox.py" line="369"/>
        <source>Excel (*.xlsx);;CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InboxStates</name>
    <message>
        <location filename="../../ui/models/inbox_model.py" line="62"/>
        <source>Opted out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/inbox_model.py" line="64"/>
        <source>Opt out?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/inbox_model.py" line="66"/>
        <source>Handled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/inbox_model.py" line="84"/>
        <source>This reply contains an opt-out word. If the sender wants no more messages, use Opt out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/inbox_model.py" line="90"/>
        <source>Being handled by {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/inbox_model.py" line="97"/>
        <source>Poll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/inbox_model.py" line="68"/>
        <source>Being handled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/inbox_model.py" line="69"/>
        <source>Unhandled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InboxTableModel</name>
    <message>
        <location filename="../../ui/models/inbox_model.py" line="141"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/inbox_model.py" line="142"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/inbox_model.py" line="143"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/inbox_model.py" line="144"/>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/inbox_model.py" line="145"/>
        <source>Modem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/inbox_model.py" line="146"/>
        <source>Assigned to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/inbox_model.py" line="147"/>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/inbox_model.py" line="198"/>
        <source>{text} (incomplete)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeywordsGroup</name>
    <message>
        <location filename="../../ui/pages/settings_keywords.py" line="103"/>
        <source>Keywords and confirmations (administrators)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_keywords.py" line="106"/>
        <source>Opt-out words:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_keywords.py" line="106"/>
        <source>After an opt-out:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_keywords.py" line="106"/>
        <source>Confirm words:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_keywords.py" line="107"/>
        <source>Cancel words:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_keywords.py" line="111"/>
        <source>Send this confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_keywords.py" line="112"/>
        <source>Use the standard text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_keywords.py" line="115"/>
        <source>Separate words with commas. A reply that is one of these words acts by itself; full-width or half-width, upper or lower case, spaces and a final 。 or ! do not matter. A reply that only contains an opt-out word is shown in the inbox as a probable opt-out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_keywords.py" line="120"/>
        <source>Save keywords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_keywords.py" line="152"/>
        <source>Each list needs at least one word.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_keywords.py" line="154"/>
        <source>Write the confirmation, or untick “Send this confirmation”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_keywords.py" line="163"/>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_keywords.py" line="163"/>
        <source>Not saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LimitsDialog</name>
    <message>
        <location filename="../../ui/dialogs/modem_add.py" line="277"/>
        <source>Sending limits for {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/modem_add.py" line="279"/>
        <source>A personal Japanese mobile number may send about 200 SMS parts in any 24 hours; past its limit a modem rests and the others take over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/modem_add.py" line="282"/>
        <source>Daily limit (SMS parts in 24 h):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/modem_add.py" line="283"/>
        <source>Minimum seconds between messages:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../ui/dialogs/login.py" line="99"/>
        <source>Switch user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login.py" line="100"/>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login.py" line="101"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login.py" line="102"/>
        <source>Add user (administrators)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login.py" line="103"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login.py" line="104"/>
        <source>Password (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login.py" line="105"/>
        <source>Add user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login.py" line="106"/>
        <source>administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login.py" line="107"/>
        <source>operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login.py" line="120"/>
        <source>Wrong password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login.py" line="129"/>
        <source>This user can no longer sign in. The list was updated.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="323"/>
        <source>desk-sms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="324"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="325"/>
        <source>Close window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="329"/>
        <source>{page} (Ctrl+{number})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="333"/>
        <source>Modems: engine not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="335"/>
        <source>Queue: engine not started</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageEditor</name>
    <message>
        <location filename="../../ui/widgets/message_editor.py" line="100"/>
        <source>Fill in placeholders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/message_editor.py" line="101"/>
        <source>Insert:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/message_editor.py" line="102"/>
        <source>Replace with GSM-7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/message_editor.py" line="103"/>
        <source>Type the message, or choose a template above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/message_editor.py" line="162"/>
        <source>Characters that need Unicode (UCS-2): {chars}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModemAddDialog</name>
    <message>
        <location filename="../../ui/dialogs/modem_add.py" line="87"/>
        <source>Add a modem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/modem_add.py" line="96"/>
        <source>Scan again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/modem_add.py" line="105"/>
        <source>only if the SIM asks for one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/modem_add.py" line="108"/>
        <source>only if the modem does not tell it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/modem_add.py" line="111"/>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/modem_add.py" line="112"/>
        <source>SIM PIN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/modem_add.py" line="113"/>
        <source>The SIM&apos;s phone number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/modem_add.py" line="114"/>
        <source>Daily limit (SMS parts in 24 h):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/modem_add.py" line="115"/>
        <source>Minimum seconds between messages:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/modem_add.py" line="119"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/modem_add.py" line="123"/>
        <source>Serial ports that answer like a modem:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/modem_add.py" line="137"/>
        <source>Looking for modems…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/modem_add.py" line="146"/>
        <source>Ports answering: {count} of {total}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/modem_add.py" line="150"/>
        <source>No port answers. Is the modem plugged in?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/modem_add.py" line="158"/>
        <source>does not answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/modem_add.py" line="167"/>
        <source>The scan failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/modem_add.py" line="193"/>
        <source>A SIM PIN is 4 to 8 digits.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModemDetails</name>
    <message>
        <location filename="../../ui/widgets/modem_details.py" line="67"/>
        <source>Network:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/modem_details.py" line="67"/>
        <source>Signal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/modem_details.py" line="67"/>
        <source>Sent in 24 h:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/modem_details.py" line="68"/>
        <source>Between messages:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/modem_details.py" line="68"/>
        <source>Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/modem_details.py" line="68"/>
        <source>IMEI:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/modem_details.py" line="69"/>
        <source>SIM PIN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/modem_details.py" line="69"/>
        <source>PIN tries left:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/modem_details.py" line="70"/>
        <source>Last problem:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/modem_details.py" line="70"/>
        <source>Sends again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/modem_details.py" line="71"/>
        <source>SIM (IMSI):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/modem_details.py" line="71"/>
        <source>Own number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/modem_details.py" line="72"/>
        <source>Modem/SIM change:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/modem_details.py" line="84"/>
        <source>Select a modem to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/modem_details.py" line="98"/>
        <source>{sent} of %Ln SMS part(s)</source>
        <translation>
            <numerusform>{sent} of %Ln SMS part</numerusform>
            <numerusform>{sent} of %Ln SMS parts</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/widgets/modem_details.py" line="99"/>
        <source>at least {seconds:g} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/modem_details.py" line="102"/>
        <source>stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/modem_details.py" line="102"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModemErrors</name>
    <message>
        <location filename="../../ui/models/modems_model.py" line="139"/>
        <source>The SIM card refused the PIN. It will not be tried again until you enter a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/modems_model.py" line="142"/>
        <source>The SIM card asks for its PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/modems_model.py" line="143"/>
        <source>The SIM card is locked (PUK needed). Unlock it in a phone, then put it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/modems_model.py" line="145"/>
        <source>No SIM card in the modem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/modems_model.py" line="146"/>
        <source>The modem does not answer. Check the cable, or unplug it and plug it in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/modems_model.py" line="148"/>
        <source>The modem&apos;s port cannot be opened. Is it plugged in, or used by another program?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/modems_model.py" line="151"/>
        <source>The connection to the modem was lost; desk-sms reconnects by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/modems_model.py" line="153"/>
        <source>The modem stopped answering. If it stays so, unplug it and plug it in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/modems_model.py" line="155"/>
        <source>Another SIM or modem answers on this port: nothing is sent until you decide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/modems_model.py" line="217"/>
        <source>Another SIM or modem answered on this port.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModemIdentity</name>
    <message>
        <location filename="../../ui/models/modems_model.py" line="173"/>
        <source>SIM {sim} moved from modem IMEI {old} to {new}; its count carries on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/modems_model.py" line="177"/>
        <source>SIM replaced on the same line: {old} → {new}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/modems_model.py" line="180"/>
        <source>Its SIM answered on port {new} (it was on {old}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/modems_model.py" line="184"/>
        <source>Port {old} now holds the SIM of {name}: looking on port {new}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/modems_model.py" line="188"/>
        <source>Switched off: another SIM on its port was added as {name}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModemStates</name>
    <message>
        <location filename="../../ui/models/modems_model.py" line="93"/>
        <source>Connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/modems_model.py" line="94"/>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/modems_model.py" line="95"/>
        <source>Sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/modems_model.py" line="96"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/modems_model.py" line="97"/>
        <source>Disconnected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/modems_model.py" line="98"/>
        <source>PIN needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/modems_model.py" line="99"/>
        <source>Different SIM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/modems_model.py" line="100"/>
        <source>Not answering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/modems_model.py" line="101"/>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModemTestDialog</name>
    <message>
        <location filename="../../ui/widgets/modem_test_send.py" line="43"/>
        <source>Test message from desk-sms ({name}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/modem_test_send.py" line="53"/>
        <source>Send a test message through {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/modem_test_send.py" line="55"/>
        <source>The message goes out through this modem only, now, even in quiet hours. Use a phone you can look at: the page shows whether it was sent and delivered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/modem_test_send.py" line="64"/>
        <source>Send test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/modem_test_send.py" line="68"/>
        <source>To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/modem_test_send.py" line="69"/>
        <source>Text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/modem_test_send.py" line="91"/>
        <source>{number} is not a mobile number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/modem_test_send.py" line="93"/>
        <source>Write a short text.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModemTestOutcomeLabel</name>
    <message>
        <location filename="../../ui/widgets/modem_test_send.py" line="122"/>
        <source>Sending a test message through {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/modem_test_send.py" line="157"/>
        <source>Test message to {number} through {name}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/modem_test_send.py" line="168"/>
        <source>delivered at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/modem_test_send.py" line="170"/>
        <source>sent at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/modem_test_send.py" line="172"/>
        <source>went through {other}: {name} could not send</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModemsPage</name>
    <message>
        <location filename="../../ui/pages/modems.py" line="69"/>
        <source>No modems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/modems.py" line="163"/>
        <source>Modems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/modems.py" line="165"/>
        <source>Each USB modem sends through its own SIM. A modem is known by its IMEI, so it is found again when Windows gives it a new port; the SIM is the sender, and its daily limit follows it into another modem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/modems.py" line="168"/>
        <source>Add modem…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/modems.py" line="169"/>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/modems.py" line="170"/>
        <source>Set PIN…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/modems.py" line="171"/>
        <source>Limits…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/modems.py" line="172"/>
        <source>Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/modems.py" line="173"/>
        <source>Reconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/modems.py" line="174"/>
        <source>Ask the sending engine to connect to this modem again now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/modems.py" line="175"/>
        <source>Send a test message…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/modems.py" line="242"/>
        <source>Disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/modems.py" line="242"/>
        <source>Enable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/modems.py" line="271"/>
        <source>Rename modem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/modems.py" line="271"/>
        <source>New name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/modems.py" line="331"/>
        <source>Remove {name}? Its sent and received messages stay in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/modems.py" line="332"/>
        <source>Remove modem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/modems_model.py" line="197"/>
        <source>now (under its daily limit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/modems_model.py" line="198"/>
        <source>at {time} (daily limit reached)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModemsTableModel</name>
    <message>
        <location filename="../../ui/models/modems_model.py" line="231"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/modems_model.py" line="231"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/modems_model.py" line="231"/>
        <source>Signal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/modems_model.py" line="231"/>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/modems_model.py" line="232"/>
        <source>Sent in 24 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/modems_model.py" line="232"/>
        <source>Last problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/modems_model.py" line="232"/>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/modems_model.py" line="232"/>
        <source>Driven by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/modems_model.py" line="288"/>
        <source>{bars} of 5 bars ({dbm} dBm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/modems_model.py" line="289"/>
        <source>{bars} of 5 bars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/modems_model.py" line="311"/>
        <source>Plugged into {computer}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/modems_model.py" line="313"/>
        <source>Any desk-sms computer may drive it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/modems_model.py" line="316"/>
        <source>desk-sms on {computer} drives it now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/modems_model.py" line="318"/>
        <source>No desk-sms drives it at the moment.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutboxErrors</name>
    <message>
        <location filename="../../ui/models/outbox_model.py" line="107"/>
        <source>Not sent: its send-late window ended at {time}, before it could go out (the PC was off or no modem was ready).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/outbox_model.py" line="119"/>
        <source>Gave up after several attempts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/outbox_model.py" line="128"/>
        <source>The network refused the message for now ({reason}); it will be tried again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/outbox_model.py" line="131"/>
        <source>The network refused the message: {reason} (error {code}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/outbox_model.py" line="139"/>
        <source>Not a mobile number; nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/outbox_model.py" line="141"/>
        <source>The recipient asked not to receive messages; nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/outbox_model.py" line="143"/>
        <source>desk-sms stopped while sending; the message may or may not have arrived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/outbox_model.py" line="145"/>
        <source>The modem did not confirm the send; the message may or may not have arrived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/outbox_model.py" line="147"/>
        <source>Only some parts of this long message went out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/outbox_model.py" line="149"/>
        <source>The modem was not available; the message waits for a modem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/outbox_model.py" line="151"/>
        <source>The modem reported a problem; the message will be tried again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/outbox_model.py" line="153"/>
        <source>The modem refused the message without giving a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/outbox_model.py" line="155"/>
        <source>An unexpected error happened while sending; please report it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/outbox_model.py" line="157"/>
        <source>The network could not deliver the message to the phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/outbox_model.py" line="159"/>
        <source>Not sent: it was too late to go out (the PC was off or no modem was ready).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutboxStates</name>
    <message>
        <location filename="../../ui/models/outbox_model.py" line="58"/>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/outbox_model.py" line="59"/>
        <source>Held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/outbox_model.py" line="60"/>
        <source>Sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/outbox_model.py" line="61"/>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/outbox_model.py" line="62"/>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/outbox_model.py" line="63"/>
        <source>Not delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/outbox_model.py" line="64"/>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/outbox_model.py" line="65"/>
        <source>Uncertain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/outbox_model.py" line="66"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/outbox_model.py" line="67"/>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/outbox_model.py" line="68"/>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutboxTableModel</name>
    <message>
        <location filename="../../ui/models/outbox_model.py" line="218"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/outbox_model.py" line="218"/>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/outbox_model.py" line="218"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/outbox_model.py" line="218"/>
        <source>Modem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/outbox_model.py" line="219"/>
        <source>Parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/outbox_model.py" line="219"/>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/outbox_model.py" line="219"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/outbox_model.py" line="219"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/outbox_model.py" line="220"/>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/outbox_model.py" line="220"/>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/outbox_model.py" line="286"/>
        <source>Campaign: {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <location filename="../../ui/main_window.py" line="79"/>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="80"/>
        <source>Today at a glance: messages waiting, sent and delivered, replies to answer, and the health of every modem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="85"/>
        <source>Comes with the dashboard issue, once the engine reports its counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="89"/>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="90"/>
        <source>Your customer list with groups, consent and opt-outs, and import from Excel or CSV rosters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="94"/>
        <source>Comes with the contacts and roster import issue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="98"/>
        <source>Compose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="99"/>
        <source>Write a message or pick a template, choose recipients, see the SMS count, and send now or later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="104"/>
        <source>Comes with the sending and templates issue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="108"/>
        <source>Schedules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="109"/>
        <source>Reminders and recurring messages, such as the day before an appointment, with their next run times.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="114"/>
        <source>Comes with the scheduler issue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="118"/>
        <source>Inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="119"/>
        <source>Replies from customers, grouped into conversations, with opt-out keywords marked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="122"/>
        <source>Comes with the inbox issue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="126"/>
        <source>Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="127"/>
        <source>Automatic answers, out-of-hours replies, routing to staff, and poll results.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="134"/>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="135"/>
        <source>Every outgoing message with its state: queued, sent, delivered, failed or needing attention, with one-click resend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="140"/>
        <source>Comes with the outbox and delivery reports issue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="144"/>
        <source>Modems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="145"/>
        <source>The connected GSM modems: signal, network, daily limit used, and adding or removing a modem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="149"/>
        <source>Comes with the modem management issue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="153"/>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="154"/>
        <source>Messages per day and per modem, delivery rates, and export to Excel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="155"/>
        <source>Comes with the reports issue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="159"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="160"/>
        <source>Language and business settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhonePreview</name>
    <message>
        <location filename="../../ui/widgets/phone_preview.py" line="61"/>
        <source>(no recipient)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/phone_preview.py" line="66"/>
        <source>— part {number} —</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <location filename="../../ui/dialogs/modem_add.py" line="231"/>
        <source>SIM PIN for {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/modem_add.py" line="235"/>
        <source>Check the PIN before you confirm: every wrong PIN uses one of the SIM&apos;s three tries, and after the third the SIM is locked until its PUK is entered. desk-sms tries a PIN only once and never repeats a refused one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/modem_add.py" line="242"/>
        <source>Tries left on this SIM: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/modem_add.py" line="250"/>
        <source>PIN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/modem_add.py" line="265"/>
        <source>A SIM PIN is 4 to 8 digits.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <location filename="../../ui/pages/placeholder.py" line="38"/>
        <source>This page is not built yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PollEditor</name>
    <message>
        <location filename="../../ui/dialogs/poll_editor.py" line="73"/>
        <source>New poll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/poll_editor.py" line="74"/>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/poll_editor.py" line="74"/>
        <source>Question:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/poll_editor.py" line="74"/>
        <source>Answers (one per line):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/poll_editor.py" line="75"/>
        <source>To group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/poll_editor.py" line="75"/>
        <source>Replies count for (days):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/poll_editor.py" line="76"/>
        <source>Answer to an invalid reply:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/poll_editor.py" line="76"/>
        <source>The message:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/poll_editor.py" line="80"/>
        <source>e.g. 1〜3の数字でご返信ください (empty: none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/poll_editor.py" line="81"/>
        <source>Send poll</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PollResultsView</name>
    <message>
        <location filename="../../ui/pages/rules_polls.py" line="102"/>
        <source>Export to Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/rules_polls.py" line="103"/>
        <source>New poll…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/rules_polls.py" line="105"/>
        <source>No polls yet: “New poll…” sends a question with numbered answers to a group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/rules_polls.py" line="107"/>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/rules_polls.py" line="107"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/rules_polls.py" line="107"/>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/rules_polls.py" line="107"/>
        <source>Replied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/rules_polls.py" line="107"/>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/rules_polls.py" line="142"/>
        <source>{question} (replies count until {time})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/rules_polls.py" line="146"/>
        <source>{answered} answered · {invalid} not a valid answer · {late} late · {none} no reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/rules_polls.py" line="156"/>
        <source>Answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/rules_polls.py" line="188"/>
        <source>not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/rules_polls.py" line="188"/>
        <source>late (not counted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/rules_polls.py" line="189"/>
        <source>no reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/rules_polls.py" line="223"/>
        <source>Export poll results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/rules_polls.py" line="225"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecipientPicker</name>
    <message>
        <location filename="../../ui/widgets/recipient_picker.py" line="97"/>
        <source>Recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recipient_picker.py" line="99"/>
        <source>One contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recipient_picker.py" line="99"/>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recipient_picker.py" line="100"/>
        <source>Saved segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recipient_picker.py" line="100"/>
        <source>Pasted numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recipient_picker.py" line="101"/>
        <source>Contacts of an import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recipient_picker.py" line="105"/>
        <source>One number per line, or separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recipient_picker.py" line="106"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recipient_picker.py" line="107"/>
        <source>New segment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recipient_picker.py" line="108"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recipient_picker.py" line="109"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recipient_picker.py" line="165"/>
        <source>Name or number</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/recipient_picker.py" line="210"/>
        <source>Pasted numbers (%Ln line(s))</source>
        <translation>
            <numerusform>Pasted numbers (%Ln line)</numerusform>
            <numerusform>Pasted numbers (%Ln lines)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recipient_picker.py" line="226"/>
        <source>No contact matches.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReminderRuleEditor</name>
    <message>
        <location filename="../../ui/dialogs/appointment_editor.py" line="111"/>
        <source>Reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appointment_editor.py" line="114"/>
        <source>The day before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appointment_editor.py" line="115"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appointment_editor.py" line="116"/>
        <source>Days before, at a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appointment_editor.py" line="123"/>
        <source>At</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appointment_editor.py" line="124"/>
        <source>Minutes before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appointment_editor.py" line="130"/>
        <source>{name}: your appointment is on {date} at {time}, {place}. Reply 1 to confirm, 2 to cancel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appointment_editor.py" line="132"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../ui/pages/reports.py" line="174"/>
        <location filename="../../ui/pages/reports.py" line="295"/>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="175"/>
        <location filename="../../ui/pages/reports.py" line="295"/>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="176"/>
        <location filename="../../ui/pages/reports.py" line="295"/>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="177"/>
        <location filename="../../ui/pages/reports.py" line="295"/>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="178"/>
        <source>Delivery rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="179"/>
        <source>Reply rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="185"/>
        <source>Modem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="186"/>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="187"/>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="189"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="192"/>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="194"/>
        <location filename="../../ui/pages/reports.py" line="346"/>
        <source>Per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="195"/>
        <location filename="../../ui/pages/reports.py" line="347"/>
        <source>Per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="196"/>
        <location filename="../../ui/pages/reports.py" line="348"/>
        <source>Per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="197"/>
        <location filename="../../ui/pages/reports.py" line="349"/>
        <source>Per modem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="198"/>
        <location filename="../../ui/pages/reports.py" line="350"/>
        <source>Per campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="199"/>
        <location filename="../../ui/pages/reports.py" line="351"/>
        <source>Per template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="203"/>
        <source>Export to Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="204"/>
        <source>Audit log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="205"/>
        <source>Parts and cost per SIM…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="249"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="257"/>
        <source>{sent:,} sent, {delivered:,} delivered ({delivery}), {failed:,} failed, {answered:,} answered ({reply}), {received:,} received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="272"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="337"/>
        <source>Export report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="337"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="358"/>
        <source>Exported to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RuleEditor</name>
    <message>
        <location filename="../../ui/dialogs/rule_editor.py" line="134"/>
        <source>Rule for incoming messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/rule_editor.py" line="135"/>
        <source>When (all must hold; leave empty for every message)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/rule_editor.py" line="136"/>
        <source>Then</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/rule_editor.py" line="138"/>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/rule_editor.py" line="138"/>
        <source>Reply is one of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/rule_editor.py" line="139"/>
        <source>Reply contains:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/rule_editor.py" line="139"/>
        <source>Sender:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/rule_editor.py" line="140"/>
        <source>Group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/rule_editor.py" line="140"/>
        <source>Received on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/rule_editor.py" line="141"/>
        <source>Answer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/rule_editor.py" line="141"/>
        <source>Template:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/rule_editor.py" line="141"/>
        <source>Assign to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/rule_editor.py" line="142"/>
        <source>Add sender to group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/rule_editor.py" line="142"/>
        <source>Tag:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/rule_editor.py" line="146"/>
        <source>words separated by commas, e.g. 予約, YOYAKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/rule_editor.py" line="147"/>
        <source>…or starts with one of them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/rule_editor.py" line="148"/>
        <source>The rule is on (untick to keep it without using it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/rule_editor.py" line="149"/>
        <source>Outside business hours (see Business hours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/rule_editor.py" line="150"/>
        <source>Mark handled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/rule_editor.py" line="151"/>
        <source>After an automatic answer, still wait for a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/rule_editor.py" line="152"/>
        <source>Anyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/rule_editor.py" line="152"/>
        <source>A contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/rule_editor.py" line="153"/>
        <source>Not a contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/rule_editor.py" line="153"/>
        <source>In a group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/rule_editor.py" line="154"/>
        <source>No answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/rule_editor.py" line="154"/>
        <source>This text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/rule_editor.py" line="155"/>
        <source>A template</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <location filename="../../ui/rule_texts.py" line="10"/>
        <source>the reply is {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="11"/>
        <source>the reply is or starts with {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="12"/>
        <source>the reply contains {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="13"/>
        <source>received on {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="14"/>
        <source>outside business hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="17"/>
        <source>the sender is a contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="18"/>
        <source>the sender is unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="20"/>
        <source>the sender is in {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="22"/>
        <source>answer “{value}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="23"/>
        <source>answer with template {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="24"/>
        <source>assign to {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="25"/>
        <source>add the sender to {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="26"/>
        <source>tag {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="27"/>
        <source>mark handled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="28"/>
        <source>still waits for a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="31"/>
        <source>answered automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="32"/>
        <source>not answered: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="33"/>
        <source>assigned to {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="34"/>
        <source>sender added to {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="35"/>
        <source>not added to a group: the sender is not a contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="36"/>
        <source>tagged {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="37"/>
        <source>marked handled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="38"/>
        <source>poll answer {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="39"/>
        <source>not a valid poll answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="40"/>
        <source>the rules failed on this message (see the log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="42"/>
        <source>already answered once today or tonight</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RulesPage</name>
    <message>
        <location filename="../../ui/pages/rules.py" line="105"/>
        <source>Rules for incoming messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/rules.py" line="107"/>
        <source>Every received message goes through, in this order: opt-out words and appointment answers, replies to an open poll, then the rules below from top to bottom. The first matching rule that answers sends its answer (once per number per day; an out-of-hours answer once per night); every matching rule assigns, tags, groups or marks handled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/rules.py" line="111"/>
        <source>Only an administrator can change the rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/rules.py" line="112"/>
        <source>Add rule…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/rules.py" line="113"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/rules.py" line="114"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/rules.py" line="115"/>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/rules.py" line="116"/>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/rules.py" line="117"/>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/rules.py" line="117"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/rules.py" line="117"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/rules.py" line="117"/>
        <source>Then</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/rules.py" line="119"/>
        <source>Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/rules.py" line="119"/>
        <source>Business hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/rules.py" line="119"/>
        <source>Polls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/rules.py" line="151"/>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/rules.py" line="154"/>
        <source>{name} (off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/rules.py" line="155"/>
        <source>every message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/rules.py" line="207"/>
        <source>Remove rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/rules.py" line="208"/>
        <source>Remove the rule {name}?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScheduleEditor</name>
    <message>
        <location filename="../../ui/dialogs/schedule_editor.py" line="38"/>
        <source>Mon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/schedule_editor.py" line="38"/>
        <source>Tue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/schedule_editor.py" line="39"/>
        <source>Wed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/schedule_editor.py" line="39"/>
        <source>Thu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/schedule_editor.py" line="40"/>
        <source>Fri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/schedule_editor.py" line="40"/>
        <source>Sat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/schedule_editor.py" line="41"/>
        <source>Sun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/schedule_editor.py" line="60"/>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/schedule_editor.py" line="73"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/schedule_editor.py" line="75"/>
        <source>Once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/schedule_editor.py" line="75"/>
        <source>Every day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/schedule_editor.py" line="75"/>
        <source>Every week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/schedule_editor.py" line="76"/>
        <source>Every month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/schedule_editor.py" line="79"/>
        <source>Repeat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/schedule_editor.py" line="86"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/schedule_editor.py" line="87"/>
        <source>Weekdays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/schedule_editor.py" line="88"/>
        <source>Day of month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/schedule_editor.py" line="89"/>
        <source>Ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/schedule_editor.py" line="92"/>
        <source>Group: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/schedule_editor.py" line="94"/>
        <source>Segment: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/schedule_editor.py" line="95"/>
        <source>Send to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/schedule_editor.py" line="97"/>
        <source>Text; placeholders such as {name} are filled in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/schedule_editor.py" line="98"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/schedule_editor.py" line="102"/>
        <source> h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/schedule_editor.py" line="103"/>
        <source>A run missed while the app was closed still goes out this many hours late; later ones are marked missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/schedule_editor.py" line="105"/>
        <source>Send late within</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/schedule_editor.py" line="106"/>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/schedule_editor.py" line="134"/>
        <source>Last day of the month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/schedule_editor.py" line="144"/>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Schedules</name>
    <message>
        <location filename="../../ui/pages/schedules.py" line="66"/>
        <source>Once, {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/schedules.py" line="70"/>
        <source>Every day at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/schedules.py" line="74"/>
        <source>Every week on {days} at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/schedules.py" line="76"/>
        <source>Every month on the last day at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/schedules.py" line="78"/>
        <source>Every month on day {day} at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/schedules.py" line="80"/>
        <source>, until {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/schedules.py" line="86"/>
        <source>Scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/schedules.py" line="87"/>
        <source>Confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/schedules.py" line="88"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/schedules.py" line="89"/>
        <source>waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/schedules.py" line="90"/>
        <source>sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/schedules.py" line="91"/>
        <source>sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/schedules.py" line="92"/>
        <source>delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/schedules.py" line="93"/>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/schedules.py" line="94"/>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/schedules.py" line="156"/>
        <source>Schedules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/schedules.py" line="157"/>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/schedules.py" line="158"/>
        <source>Appointments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/schedules.py" line="175"/>
        <source>New schedule…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/schedules.py" line="176"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/schedules.py" line="177"/>
        <source>Enable / disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/schedules.py" line="178"/>
        <source>Preview next run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/schedules.py" line="179"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/schedules.py" line="185"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/schedules.py" line="186"/>
        <source>Repeat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/schedules.py" line="187"/>
        <location filename="../../ui/pages/schedules.py" line="217"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/schedules.py" line="188"/>
        <source>Next run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/schedules.py" line="189"/>
        <location filename="../../ui/pages/schedules.py" line="252"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/schedules.py" line="198"/>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/schedules.py" line="199"/>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/schedules.py" line="200"/>
        <location filename="../../ui/pages/schedules.py" line="271"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/schedules.py" line="415"/>
        <source>Next run {when}: {messages}, {excluded}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/schedules.py" line="215"/>
        <location filename="../../ui/pages/schedules.py" line="249"/>
        <location filename="../../ui/pages/schedules.py" line="270"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/schedules.py" line="216"/>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/schedules.py" line="228"/>
        <source>New appointment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/schedules.py" line="231"/>
        <source>Mark confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/schedules.py" line="236"/>
        <source>Cancel appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/schedules.py" line="241"/>
        <source>Import from Excel/CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/schedules.py" line="250"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/schedules.py" line="251"/>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/schedules.py" line="253"/>
        <source>Reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/schedules.py" line="262"/>
        <source>New reminder rule…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/schedules.py" line="263"/>
        <source>Delete reminder rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/schedules.py" line="269"/>
        <source>Reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/schedules.py" line="313"/>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/schedules.py" line="315"/>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/schedules.py" line="439"/>
        <source>Import appointments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/schedules.py" line="441"/>
        <source>Spreadsheets (*.xlsx *.xls *.ods *.csv *.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/schedules.py" line="459"/>
        <source>no such contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/schedules.py" line="460"/>
        <source>date or time unreadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/schedules.py" line="461"/>
        <source>no date or contact column found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/schedules.py" line="464"/>
        <source>row {row}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/schedules.py" line="468"/>
        <source>{imported} imported, {duplicates} already there. {problems}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchedulesPage</name>
    <message numerus="yes">
        <location filename="../../ui/pages/schedules.py" line="210"/>
        <source>What goes out in the next %Ln day(s)</source>
        <translation>
            <numerusform>What goes out in the next %Ln day</numerusform>
            <numerusform>What goes out in the next %Ln days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/schedules.py" line="349"/>
        <source>%Ln run(s) missed while desk-sms was closed, not sent: {runs}</source>
        <translation>
            <numerusform>%Ln run missed while desk-sms was closed, not sent: {runs}</numerusform>
            <numerusform>%Ln runs missed while desk-sms was closed, not sent: {runs}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/schedules.py" line="355"/>
        <source>%Ln minute(s) before</source>
        <translation>
            <numerusform>%Ln minute before</numerusform>
            <numerusform>%Ln minutes before</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/schedules.py" line="358"/>
        <source>%Ln day(s) before at {time}</source>
        <translation>
            <numerusform>%Ln day before at {time}</numerusform>
            <numerusform>%Ln days before at {time}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/schedules.py" line="417"/>
        <source>%Ln message(s)</source>
        <translation>
            <numerusform>%Ln message</numerusform>
            <numerusform>%Ln messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/schedules.py" line="418"/>
        <source>%Ln left out (opted out, no number or a missing value)</source>
        <translation>
            <numerusform>%Ln left out (opted out, no number or a missing value)</numerusform>
            <numerusform>%Ln left out (opted out, no number or a missing value)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SegmentEditorDialog</name>
    <message>
        <location filename="../../ui/dialogs/segment_editor.py" line="206"/>
        <source>Edit segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/segment_editor.py" line="206"/>
        <source>New segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/segment_editor.py" line="207"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/segment_editor.py" line="208"/>
        <source>e.g. Grade 3 parents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/segment_editor.py" line="209"/>
        <source>Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/segment_editor.py" line="210"/>
        <source>Contacts in any checked group. None checked: all contacts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/segment_editor.py" line="211"/>
        <source>Conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/segment_editor.py" line="212"/>
        <source>Add condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/segment_editor.py" line="213"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/segment_editor.py" line="214"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/segment_editor.py" line="215"/>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/segment_editor.py" line="227"/>
        <source>Only contacts whose field has exactly this value (every condition must hold).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/segment_editor.py" line="229"/>
        <source>Contacts have no custom fields yet: they come from imported columns or the contact editor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/segment_editor.py" line="243"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/segment_editor.py" line="257"/>
        <source>A group of this segment was deleted; it is no longer part of it. Save to keep the segment without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/segment_editor.py" line="326"/>
        <source>Enter a value for every condition to see how many contacts match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/segment_editor.py" line="330"/>
        <source>Counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/segment_editor.py" line="346"/>
        <source>%Ln contact(s) match.</source>
        <translation>
            <numerusform>%Ln contact matches.</numerusform>
            <numerusform>%Ln contacts match.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/segment_editor.py" line="349"/>
        <source>%Ln more left out (opted out, or no usable number).</source>
        <translation>
            <numerusform>%Ln more left out (opted out, or no usable number).</numerusform>
            <numerusform>%Ln more left out (opted out, or no usable number).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/segment_editor.py" line="356"/>
        <source>The contacts cannot be counted: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/segment_editor.py" line="381"/>
        <source>Delete the segment “{name}”? No contact is deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/segment_editor.py" line="383"/>
        <source>Delete segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/segment_editor.py" line="411"/>
        <source>Please give the segment a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/segment_editor.py" line="412"/>
        <source>A segment named “{name}” already exists. Please choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/segment_editor.py" line="414"/>
        <source>A checked group was deleted meanwhile; the list of groups is updated. Check your choice and save again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/segment_editor.py" line="416"/>
        <source>There is no custom field “{field}” any more. Remove that condition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/segment_editor.py" line="418"/>
        <source>Enter a value for “{field}”, or remove that condition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/segment_editor.py" line="419"/>
        <source>“{field}” has two conditions, but a contact has only one value for it. Keep one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/segment_editor.py" line="421"/>
        <source>Schedules send to this segment: {schedules}. Change them to another group or segment first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SentPage</name>
    <message>
        <location filename="../../ui/pages/sent.py" line="69"/>
        <source>{waiting} waiting · {sending} sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/sent.py" line="188"/>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/sent.py" line="189"/>
        <source>All messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/sent.py" line="190"/>
        <location filename="../../ui/pages/sent.py" line="331"/>
        <source>Needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/sent.py" line="192"/>
        <source>Failed, expired and uncertain messages. An expired one was timed for later and its send-late window ended before it could go. An uncertain one was taken by the modem without a confirmation, so it may or may not have reached the phone: desk-sms never resends it by itself, because a duplicate to a customer is worse than a delay. Check if you need to, then press Resend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/sent.py" line="197"/>
        <source>All states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/sent.py" line="200"/>
        <source>All campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/sent.py" line="201"/>
        <source>Created from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/sent.py" line="202"/>
        <source>Resend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/sent.py" line="203"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/sent.py" line="204"/>
        <source>Hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/sent.py" line="205"/>
        <source>Release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/sent.py" line="330"/>
        <source>Needs attention ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/sent.py" line="353"/>
        <source>%Ln message(s)</source>
        <translation>
            <numerusform>%Ln message</numerusform>
            <numerusform>%Ln messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/sent.py" line="376"/>
        <source>%Ln message(s) queued again.</source>
        <translation>
            <numerusform>%Ln message queued again.</numerusform>
            <numerusform>%Ln messages queued again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/sent.py" line="383"/>
        <source>%Ln message(s) cancelled.</source>
        <translation>
            <numerusform>%Ln message cancelled.</numerusform>
            <numerusform>%Ln messages cancelled.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/sent.py" line="389"/>
        <source>%Ln message(s) held.</source>
        <translation>
            <numerusform>%Ln message held.</numerusform>
            <numerusform>%Ln messages held.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/sent.py" line="396"/>
        <source>%Ln message(s) released.</source>
        <translation>
            <numerusform>%Ln message released.</numerusform>
            <numerusform>%Ln messages released.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../ui/pages/settings.py" line="231"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="232"/>
        <source>Language (this PC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="233"/>
        <source>Display language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="234"/>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="237"/>
        <source>Changes apply immediately and are remembered on this PC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="239"/>
        <source>Where desk-sms keeps its data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="242"/>
        <source>Data folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="242"/>
        <source>Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="242"/>
        <source>Window settings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="248"/>
        <source>Business settings (shared by every desk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="252"/>
        <source>Default region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="253"/>
        <source>Time zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="254"/>
        <source>Quiet hours:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="255"/>
        <source>Approval:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="256"/>
        <source>Sender name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="257"/>
        <source>Window closed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="262"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="263"/>
        <source>Campaigns need approval before they are sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="264"/>
        <source>Keep sending when the window is closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="266"/>
        <source>Reminders and schedules go out though nobody has the window open; the engine also starts when you sign in to this PC. Quit it from the tray: Quit desk-sms completely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="268"/>
        <source>e.g. さくら塾</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="270"/>
        <source>Advertising messages must name the sender and say how to stop receiving them (Act on Specified Electronic Mail); they go only to contacts with recorded consent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="275"/>
        <source>Numbers without a country code are read as numbers of the default region. Non-urgent messages wait during quiet hours; the same start and end means no quiet hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="279"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="280"/>
        <source>Only an administrator changes these settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="346"/>
        <source>Choose a default region from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="348"/>
        <source>“{zone}” is not a known time zone (example: Asia/Tokyo).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="359"/>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="359"/>
        <source>Not saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SimCostsDialog</name>
    <message>
        <location filename="../../ui/pages/sim_costs.py" line="51"/>
        <source>Parts and cost per SIM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/sim_costs.py" line="64"/>
        <source>Per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/sim_costs.py" line="65"/>
        <source>Per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/sim_costs.py" line="67"/>
        <source>Price per part…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/sim_costs.py" line="68"/>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/sim_costs.py" line="69"/>
        <source>Export to Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/sim_costs.py" line="84"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/sim_costs.py" line="84"/>
        <source>Modem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/sim_costs.py" line="84"/>
        <source>SIM (IMSI)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/sim_costs.py" line="84"/>
        <source>Parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/sim_costs.py" line="85"/>
        <location filename="../../ui/pages/sim_costs.py" line="143"/>
        <source>Price per part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/sim_costs.py" line="85"/>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/sim_costs.py" line="112"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/sim_costs.py" line="113"/>
        <source>(not recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/sim_costs.py" line="125"/>
        <source>%Ln part(s) in total, costing {cost} where a price is set.</source>
        <translation>
            <numerusform>%Ln part in total, costing {cost} where a price is set.</numerusform>
            <numerusform>%Ln parts in total, costing {cost} where a price is set.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/sim_costs.py" line="143"/>
        <source>What one SMS part costs on {modem}&apos;s SIM:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/sim_costs.py" line="157"/>
        <source>CSV file (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/sim_costs.py" line="160"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/sim_costs.py" line="154"/>
        <source>Export parts per SIM</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SimQuestion</name>
    <message>
        <location filename="../../ui/widgets/sim_question.py" line="52"/>
        <source>Use as a new modem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sim_question.py" line="53"/>
        <source>This is the same line (SIM replaced)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sim_question.py" line="70"/>
        <source>&lt;b&gt;Another SIM is in {name}&apos;s place.&lt;/b&gt; Expected: {expected}. Found: {found}. Nothing is sent through it until you choose. &lt;i&gt;Use as a new modem&lt;/i&gt; adds it as a modem of its own (and switches {name} off). &lt;i&gt;Same line&lt;/i&gt; means the SIM card was replaced but the phone number stays: {name} carries on with it, and with today&apos;s count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sim_question.py" line="81"/>
        <source>card {iccid}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sim_question.py" line="82"/>
        <source>unreadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sim_question.py" line="83"/>
        <location filename="../../ui/widgets/sim_question.py" line="84"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sim_question.py" line="85"/>
        <source>SIM {sim} (number {number}) in modem IMEI {imei}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SmsCounter</name>
    <message>
        <location filename="../../ui/widgets/sms_counter.py" line="82"/>
        <source>GSM-7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sms_counter.py" line="82"/>
        <source>Unicode (UCS-2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/sms_counter.py" line="83"/>
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n character</numerusform>
            <numerusform>%n characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/sms_counter.py" line="84"/>
        <source>%n part(s)</source>
        <translation>
            <numerusform>%n part</numerusform>
            <numerusform>%n parts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/sms_counter.py" line="88"/>
        <source>Messages longer than %n part(s) are refused (Settings).</source>
        <translation>
            <numerusform>Messages longer than %n part are refused (Settings).</numerusform>
            <numerusform>Messages longer than %n parts are refused (Settings).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StorageNotice</name>
    <message>
        <location filename="../../ui/widgets/storage_notice.py" line="28"/>
        <source>Sending is paused: the disk holding {folder} is full ({free} free). Free at least {needed} on it; sending resumes by itself. Nothing is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/storage_notice.py" line="33"/>
        <source>Sending is paused: the data folder {folder} has become read-only. Make it writable again; sending resumes by itself. Nothing is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/storage_notice.py" line="38"/>
        <source>Sending is paused: the data folder {folder} is not there any more (a USB stick or network drive removed?). Connect it again; sending resumes by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/storage_notice.py" line="52"/>
        <source>Sending paused: disk full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/storage_notice.py" line="53"/>
        <source>Sending paused: data folder read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/storage_notice.py" line="54"/>
        <source>Sending paused: data folder missing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SystemTray</name>
    <message>
        <location filename="../../ui/tray.py" line="55"/>
        <source>Open desk-sms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tray.py" line="56"/>
        <source>Quit desk-sms completely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tray.py" line="58"/>
        <source>desk-sms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tray.py" line="68"/>
        <source>Stopping the sending engine…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateEditorDialog</name>
    <message>
        <location filename="../../ui/dialogs/template_editor.py" line="107"/>
        <source>Templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/template_editor.py" line="110"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/template_editor.py" line="110"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/template_editor.py" line="110"/>
        <source>Insert placeholder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/template_editor.py" line="110"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/template_editor.py" line="114"/>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/template_editor.py" line="115"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/template_editor.py" line="116"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/template_editor.py" line="117"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/template_editor.py" line="132"/>
        <source>(no category)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateProblems</name>
    <message>
        <location filename="../../ui/dialogs/template_editor.py" line="34"/>
        <source>Unknown placeholder {{{name}}} at character {position}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/template_editor.py" line="38"/>
        <source>Error at character {position}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrayNotifier</name>
    <message numerus="yes">
        <location filename="../../ui/widgets/tray_notifier.py" line="53"/>
        <source>desk-sms: %n unread message(s)</source>
        <translation>
            <numerusform>desk-sms: %n unread message</numerusform>
            <numerusform>desk-sms: %n unread messages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UserFormDialog</name>
    <message>
        <location filename="../../ui/pages/settings_users.py" line="79"/>
        <source>operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_users.py" line="80"/>
        <source>administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_users.py" line="87"/>
        <source>Leave both empty for no password: the user then signs in by choosing their name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_users.py" line="92"/>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_users.py" line="94"/>
        <source>Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_users.py" line="96"/>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_users.py" line="97"/>
        <source>Repeat password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_users.py" line="114"/>
        <source>The two passwords differ. Type the same password twice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersGroup</name>
    <message>
        <location filename="../../ui/pages/settings_users.py" line="191"/>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_users.py" line="193"/>
        <source>Only an administrator can add or change users. To make a change, sign in as an administrator (Switch user, at the bottom right).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_users.py" line="196"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_users.py" line="196"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_users.py" line="196"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_users.py" line="196"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_users.py" line="197"/>
        <source>Last sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_users.py" line="199"/>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_users.py" line="200"/>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_users.py" line="201"/>
        <source>Change role…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_users.py" line="202"/>
        <source>Reset password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_users.py" line="242"/>
        <location filename="../../ui/pages/settings_users.py" line="307"/>
        <source>administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_users.py" line="242"/>
        <location filename="../../ui/pages/settings_users.py" line="307"/>
        <source>operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_users.py" line="243"/>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_users.py" line="243"/>
        <source>deactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_users.py" line="244"/>
        <source>set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_users.py" line="244"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_users.py" line="272"/>
        <source>Reactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_users.py" line="272"/>
        <source>Deactivate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_users.py" line="277"/>
        <source>Add user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_users.py" line="284"/>
        <source>{name} was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_users.py" line="292"/>
        <source>Rename {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_users.py" line="295"/>
        <source>{old} is now called {new}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_users.py" line="303"/>
        <source>Change the role of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_users.py" line="308"/>
        <source>{name} is now an {role}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_users.py" line="318"/>
        <source>Reset the password of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_users.py" line="322"/>
        <source>The password of {name} was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_users.py" line="323"/>
        <source>{name} now signs in without a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_users.py" line="336"/>
        <source>{name} can sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_users.py" line="344"/>
        <source>{name} was deactivated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_users.py" line="347"/>
        <source>Deactivate a user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_users.py" line="348"/>
        <source>Deactivate {name}?

{name} can no longer sign in. The name stays in the audit log and on the messages {name} handled. You can reactivate the user later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_users.py" line="399"/>
        <source>Enter a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_users.py" line="400"/>
        <source>A name can have at most {limit} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_users.py" line="402"/>
        <source>There is already a user named “{name}” (it may be deactivated). Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_users.py" line="405"/>
        <source>{name} is the only active administrator. Make another user an administrator first, so that someone can still manage users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_users.py" line="409"/>
        <source>You are signed in as {name}. To deactivate {name}, sign in as another administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_users.py" line="411"/>
        <source>Only an administrator can add or change users.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WatchFolderGroup</name>
    <message>
        <location filename="../../ui/pages/settings_watch.py" line="85"/>
        <source>Watched folder (administrators)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_watch.py" line="86"/>
        <source>Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_watch.py" line="87"/>
        <source>Its files hold:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_watch.py" line="88"/>
        <source>Columns:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_watch.py" line="89"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_watch.py" line="90"/>
        <source>appointments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_watch.py" line="91"/>
        <source>contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_watch.py" line="92"/>
        <source>empty: no watched folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_watch.py" line="95"/>
        <source>The engine imports each CSV or Excel file dropped here once it is completely written, then moves it to done/ or failed/ with a report beside it. A file with a bad row imports nothing; the same file twice imports nothing again. One column per line: column = field. Fields for appointments: name, phone, date, time, place, notes, external_id (a reservation number: the appointment is updated when it comes again). Empty: columns are recognised by name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_watch.py" line="100"/>
        <source>Save watched folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_watch.py" line="119"/>
        <source>Watched folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_watch.py" line="126"/>
        <source>Write each column as: column = field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_watch.py" line="131"/>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_watch.py" line="131"/>
        <source>Not saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../ui/app.py" line="236"/>
        <source>desk-sms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="239"/>
        <source>The other desks&apos; data is on that server. Check that the server computer is on and this PC is on the office network, then try again.

Working with this computer&apos;s own database file shows only what was saved on this PC before; change the choice later under Settings → Database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="246"/>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="248"/>
        <source>Use this computer&apos;s file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="250"/>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
