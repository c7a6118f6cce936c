<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CampaignProgressPanel</name>
    <message>
        <location filename="../../ui/widgets/campaign_progress.py" line="95"/>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/campaign_progress.py" line="96"/>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/campaign_progress.py" line="97"/>
        <location filename="../../ui/widgets/campaign_progress.py" line="205"/>
        <source>Cancel campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/campaign_progress.py" line="144"/>
        <source>{done} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/campaign_progress.py" line="146"/>
        <source>{rate:.1f} per minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/campaign_progress.py" line="165"/>
        <source>Nothing left to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/campaign_progress.py" line="167"/>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/campaign_progress.py" line="169"/>
        <source>No modem is ready: no estimate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/campaign_progress.py" line="171"/>
        <source>Resting until {time} (quiet hours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/campaign_progress.py" line="174"/>
        <source>Daily limits reached: waiting for them to free up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/campaign_progress.py" line="175"/>
        <source>Daily limits reached: resumes about {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/campaign_progress.py" line="178"/>
        <source>Less than a minute left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/campaign_progress.py" line="179"/>
        <source>About {duration} left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/campaign_progress.py" line="181"/>
        <source>{count} wait for tomorrow&apos;s limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/campaign_progress.py" line="187"/>
        <source>{minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/campaign_progress.py" line="188"/>
        <source>{hours} h {minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/campaign_progress.py" line="206"/>
        <source>Cancel every message of this campaign that has not gone out yet?
Messages already sent are not affected.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../../ui/dialogs/contact_editor.py" line="71"/>
        <source>New contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_editor.py" line="71"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_editor.py" line="74"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_editor.py" line="75"/>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_editor.py" line="94"/>
        <source>ヤマダ タロウ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_editor.py" line="96"/>
        <source>One number per line, e.g. 090-1234-5678</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_editor.py" line="101"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_editor.py" line="101"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_editor.py" line="107"/>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_editor.py" line="108"/>
        <source>Reading (furigana):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_editor.py" line="109"/>
        <source>Phone numbers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_editor.py" line="110"/>
        <source>Groups:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_editor.py" line="111"/>
        <source>Fields:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_editor.py" line="112"/>
        <source>Consent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_editor.py" line="113"/>
        <source>Opt-out:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_editor.py" line="114"/>
        <source>Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_editor.py" line="121"/>
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
        <location filename="../../ui/pages/contacts.py" line="156"/>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/contacts.py" line="158"/>
        <source>Filter by name, reading, number, group or field…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/contacts.py" line="159"/>
        <source>Add contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/contacts.py" line="160"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/contacts.py" line="161"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/contacts.py" line="162"/>
        <source>Add to group…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/contacts.py" line="163"/>
        <source>Opt out / in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/contacts.py" line="164"/>
        <source>Groups…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/contacts.py" line="165"/>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/contacts.py" line="166"/>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/contacts.py" line="168"/>
        <location filename="../../ui/pages/contacts.py" line="228"/>
        <source>All groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/contacts.py" line="214"/>
        <source>1 contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/contacts.py" line="214"/>
        <source>{count} contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/contacts.py" line="264"/>
        <source>1 contact deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/contacts.py" line="265"/>
        <source>{count} contacts deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/contacts.py" line="276"/>
        <source>1 contact restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/contacts.py" line="276"/>
        <source>{count} contacts restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/contacts.py" line="297"/>
        <source>1 contact added to the group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/contacts.py" line="297"/>
        <source>{count} contacts added to the group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/contacts.py" line="306"/>
        <source>Opted back in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/contacts.py" line="308"/>
        <source>Opt out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/contacts.py" line="308"/>
        <source>Reason (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/contacts.py" line="310"/>
        <source>Opted out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/contacts.py" line="323"/>
        <source>Export contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/contacts.py" line="323"/>
        <source>Excel (*.xlsx);;CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/contacts.py" line="338"/>
        <source>Exported to {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactsTableModel</name>
    <message>
        <location filename="../../ui/models/contacts_model.py" line="85"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/contacts_model.py" line="85"/>
        <source>Reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/contacts_model.py" line="85"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/contacts_model.py" line="85"/>
        <source>Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/contacts_model.py" line="85"/>
        <source>Opt-out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/contacts_model.py" line="129"/>
        <source>Opted out</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../ui/errors.py" line="36"/>
        <source>The database {path} cannot be opened: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="39"/>
        <source>The database {path} was made by a newer version of desk-sms (schema {revision}).
Please install the newer version. The file was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="44"/>
        <source>The data folder {path} cannot be written: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="47"/>
        <source>Another desk-sms ({owner}) is already driving the modems on this database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="50"/>
        <source>Please check your input: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="51"/>
        <source>{what} not found: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="78"/>
        <source>desk-sms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="83"/>
        <source>desk-sms: unexpected error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="85"/>
        <source>Something went wrong inside desk-sms. This is a bug, not something you did.
Please copy the details below and send them to your support contact.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroupsDialog</name>
    <message>
        <location filename="../../ui/dialogs/groups.py" line="39"/>
        <source>Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/groups.py" line="43"/>
        <source>New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/groups.py" line="43"/>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/groups.py" line="44"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/groups.py" line="65"/>
        <source>{name}  ({count} contacts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/groups.py" line="75"/>
        <source>New group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/groups.py" line="75"/>
        <source>Name of the group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/groups.py" line="83"/>
        <source>Rename group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/groups.py" line="83"/>
        <source>New name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/groups.py" line="91"/>
        <source>Delete the group {name}? Its {count} contacts stay in your list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/groups.py" line="92"/>
        <source>Delete group</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LimitsDialog</name>
    <message>
        <location filename="../../ui/dialogs/modem_add.py" line="266"/>
        <source>Sending limits for {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/modem_add.py" line="268"/>
        <source>A personal Japanese mobile number may send about 200 SMS parts in any 24 hours; past its limit a modem rests and the others take over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/modem_add.py" line="271"/>
        <source>Daily limit (SMS parts in 24 h):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/modem_add.py" line="272"/>
        <source>Minimum seconds between messages:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="250"/>
        <source>desk-sms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="254"/>
        <source>{page} (Ctrl+{number})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="256"/>
        <source>Modems: engine not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="258"/>
        <source>Queue: engine not started</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModemAddDialog</name>
    <message>
        <location filename="../../ui/dialogs/modem_add.py" line="84"/>
        <source>Add a modem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/modem_add.py" line="93"/>
        <source>Scan again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/modem_add.py" line="102"/>
        <source>only if the SIM asks for one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/modem_add.py" line="106"/>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/modem_add.py" line="107"/>
        <source>SIM PIN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/modem_add.py" line="108"/>
        <source>Daily limit (SMS parts in 24 h):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/modem_add.py" line="109"/>
        <source>Minimum seconds between messages:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/modem_add.py" line="113"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/modem_add.py" line="117"/>
        <source>Serial ports that answer like a modem:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/modem_add.py" line="131"/>
        <source>Looking for modems…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/modem_add.py" line="140"/>
        <source>{count} of {total} ports answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/modem_add.py" line="144"/>
        <source>No port answers. Is the modem plugged in?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/modem_add.py" line="152"/>
        <source>does not answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/modem_add.py" line="161"/>
        <source>The scan failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/modem_add.py" line="185"/>
        <source>A SIM PIN is 4 to 8 digits.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModemErrors</name>
    <message>
        <location filename="../../ui/models/modems_model.py" line="112"/>
        <source>{count} tries left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/modems_model.py" line="120"/>
        <source>The SIM card refused the PIN. It will not be tried again until you enter a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/modems_model.py" line="123"/>
        <source>The SIM card asks for its PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/modems_model.py" line="124"/>
        <source>The SIM card is locked (PUK needed). Unlock it in a phone, then put it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/modems_model.py" line="126"/>
        <source>No SIM card in the modem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/modems_model.py" line="127"/>
        <source>The modem does not answer. Check the cable, or unplug it and plug it in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/modems_model.py" line="129"/>
        <source>The modem&apos;s port cannot be opened. Is it plugged in, or used by another program?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/modems_model.py" line="132"/>
        <source>The connection to the modem was lost; desk-sms reconnects by itself.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModemStates</name>
    <message>
        <location filename="../../ui/models/modems_model.py" line="78"/>
        <source>Connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/modems_model.py" line="79"/>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/modems_model.py" line="80"/>
        <source>Sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/modems_model.py" line="81"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/modems_model.py" line="82"/>
        <source>Disconnected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/modems_model.py" line="83"/>
        <source>PIN needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/modems_model.py" line="84"/>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModemsPage</name>
    <message>
        <location filename="../../ui/pages/modems.py" line="66"/>
        <source>No modems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/modems.py" line="68"/>
        <source>{ready} of {total} modems ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/modems.py" line="173"/>
        <source>Network:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/modems.py" line="173"/>
        <source>Signal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/modems.py" line="173"/>
        <source>Sent in 24 h:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/modems.py" line="174"/>
        <source>Between messages:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/modems.py" line="174"/>
        <source>Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/modems.py" line="174"/>
        <source>IMEI:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/modems.py" line="175"/>
        <source>SIM PIN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/modems.py" line="175"/>
        <source>PIN tries left:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/modems.py" line="176"/>
        <source>Last problem:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/modems.py" line="182"/>
        <source>Modems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/modems.py" line="184"/>
        <source>Each USB modem sends through its own SIM. A modem is known by its IMEI, so it is found again when Windows gives it a new port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/modems.py" line="186"/>
        <source>Add modem…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/modems.py" line="187"/>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/modems.py" line="188"/>
        <source>Set PIN…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/modems.py" line="189"/>
        <source>Limits…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/modems.py" line="190"/>
        <source>Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/modems.py" line="252"/>
        <source>Disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/modems.py" line="252"/>
        <source>Enable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/modems.py" line="262"/>
        <source>Select a modem to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/modems.py" line="272"/>
        <source>{sent} of {limit} SMS parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/modems.py" line="273"/>
        <source>at least {seconds:g} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/modems.py" line="276"/>
        <source>stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/modems.py" line="276"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/modems.py" line="296"/>
        <source>Rename modem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/modems.py" line="296"/>
        <source>New name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/modems.py" line="341"/>
        <source>Remove {name}? Its sent and received messages stay in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/modems.py" line="342"/>
        <source>Remove modem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModemsTableModel</name>
    <message>
        <location filename="../../ui/models/modems_model.py" line="145"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/modems_model.py" line="145"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/modems_model.py" line="145"/>
        <source>Signal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/modems_model.py" line="145"/>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/modems_model.py" line="146"/>
        <source>Sent in 24 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/modems_model.py" line="146"/>
        <source>Last problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/modems_model.py" line="146"/>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/modems_model.py" line="200"/>
        <source>{bars} of 5 bars ({dbm} dBm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/modems_model.py" line="201"/>
        <source>{bars} of 5 bars</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutboxErrors</name>
    <message>
        <location filename="../../ui/models/outbox_model.py" line="110"/>
        <source>Gave up after several attempts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/outbox_model.py" line="119"/>
        <source>The network refused the message for now ({reason}); it will be tried again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/outbox_model.py" line="122"/>
        <source>The network refused the message: {reason} (error {code}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/outbox_model.py" line="130"/>
        <source>Not a mobile number; nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/outbox_model.py" line="132"/>
        <source>The recipient asked not to receive messages; nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/outbox_model.py" line="134"/>
        <source>desk-sms stopped while sending; the message may or may not have arrived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/outbox_model.py" line="136"/>
        <source>The modem did not confirm the send; the message may or may not have arrived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/outbox_model.py" line="138"/>
        <source>Only some parts of this long message went out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/outbox_model.py" line="140"/>
        <source>The modem was not available; the message waits for a modem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/outbox_model.py" line="142"/>
        <source>The modem reported a problem; the message will be tried again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/outbox_model.py" line="144"/>
        <source>The modem refused the message without giving a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/outbox_model.py" line="146"/>
        <source>An unexpected error happened while sending; please report it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/outbox_model.py" line="148"/>
        <source>The network could not deliver the message to the phone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutboxStates</name>
    <message>
        <location filename="../../ui/models/outbox_model.py" line="56"/>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/outbox_model.py" line="57"/>
        <source>Held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/outbox_model.py" line="58"/>
        <source>Sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/outbox_model.py" line="59"/>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/outbox_model.py" line="60"/>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/outbox_model.py" line="61"/>
        <source>Not delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/outbox_model.py" line="62"/>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/outbox_model.py" line="63"/>
        <source>Uncertain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/outbox_model.py" line="64"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/outbox_model.py" line="65"/>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutboxTableModel</name>
    <message>
        <location filename="../../ui/models/outbox_model.py" line="198"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/outbox_model.py" line="198"/>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/outbox_model.py" line="198"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/outbox_model.py" line="198"/>
        <source>Modem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/outbox_model.py" line="199"/>
        <source>Parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/outbox_model.py" line="199"/>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/outbox_model.py" line="199"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/outbox_model.py" line="199"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/outbox_model.py" line="200"/>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/outbox_model.py" line="200"/>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/outbox_model.py" line="264"/>
        <source>Campaign: {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <location filename="../../ui/main_window.py" line="70"/>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="71"/>
        <source>Today at a glance: messages waiting, sent and delivered, replies to answer, and the health of every modem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="76"/>
        <source>Comes with the dashboard issue, once the engine reports its counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="80"/>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="81"/>
        <source>Your customer list with groups, consent and opt-outs, and import from Excel or CSV rosters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="85"/>
        <source>Comes with the contacts and roster import issue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="89"/>
        <source>Compose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="90"/>
        <source>Write a message or pick a template, choose recipients, see the SMS count, and send now or later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="95"/>
        <source>Comes with the sending and templates issue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="99"/>
        <source>Schedules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="100"/>
        <source>Reminders and recurring messages, such as the day before an appointment, with their next run times.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="105"/>
        <source>Comes with the scheduler issue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="109"/>
        <source>Inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="110"/>
        <source>Replies from customers, grouped into conversations, with opt-out keywords marked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="113"/>
        <source>Comes with the inbox issue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="117"/>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="118"/>
        <source>Every outgoing message with its state: queued, sent, delivered, failed or needing attention, with one-click resend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="123"/>
        <source>Comes with the outbox and delivery reports issue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="127"/>
        <source>Modems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="128"/>
        <source>The connected GSM modems: signal, network, daily limit used, and adding or removing a modem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="132"/>
        <source>Comes with the modem management issue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="136"/>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="137"/>
        <source>Messages per day and per modem, delivery rates, and export to Excel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="138"/>
        <source>Comes with the reports issue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="142"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="143"/>
        <source>Language and business settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <location filename="../../ui/dialogs/modem_add.py" line="220"/>
        <source>SIM PIN for {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/modem_add.py" line="224"/>
        <source>Check the PIN before you confirm: every wrong PIN uses one of the SIM&apos;s three tries, and after the third the SIM is locked until its PUK is entered. desk-sms tries a PIN only once and never repeats a refused one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/modem_add.py" line="231"/>
        <source>Tries left on this SIM: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/modem_add.py" line="239"/>
        <source>PIN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/modem_add.py" line="254"/>
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
    <name>SentPage</name>
    <message>
        <location filename="../../ui/pages/sent.py" line="67"/>
        <source>{waiting} waiting · {sending} sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/sent.py" line="70"/>
        <source>{count} need attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/sent.py" line="183"/>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/sent.py" line="184"/>
        <source>All messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/sent.py" line="185"/>
        <location filename="../../ui/pages/sent.py" line="303"/>
        <source>Needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/sent.py" line="187"/>
        <source>Failed messages, and uncertain ones: the modem took them but did not confirm, so they may or may not have reached the phone. desk-sms never resends an uncertain message by itself, because a duplicate to a customer is worse than a delay. Check if you need to, then press Resend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/sent.py" line="191"/>
        <source>All states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/sent.py" line="194"/>
        <source>All campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/sent.py" line="195"/>
        <source>Created from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/sent.py" line="196"/>
        <source>Resend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/sent.py" line="197"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/sent.py" line="198"/>
        <source>Hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/sent.py" line="199"/>
        <source>Release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/sent.py" line="302"/>
        <source>Needs attention ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/sent.py" line="325"/>
        <source>1 message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/sent.py" line="326"/>
        <source>{count} messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/sent.py" line="349"/>
        <source>1 message queued again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/sent.py" line="349"/>
        <source>{count} messages queued again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/sent.py" line="355"/>
        <source>1 message cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/sent.py" line="356"/>
        <source>{count} messages cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/sent.py" line="362"/>
        <source>1 message held.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/sent.py" line="362"/>
        <source>{count} messages held.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/sent.py" line="368"/>
        <source>1 message released.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/sent.py" line="369"/>
        <source>{count} messages released.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../ui/pages/settings.py" line="185"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="186"/>
        <source>Language (this PC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="187"/>
        <source>Display language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="188"/>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="191"/>
        <source>Changes apply immediately and are remembered on this PC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="193"/>
        <source>Where desk-sms keeps its data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="196"/>
        <source>Data folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="196"/>
        <source>Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="196"/>
        <source>Window settings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="202"/>
        <source>Business settings (shared by every desk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="206"/>
        <source>Default region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="207"/>
        <source>Time zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="208"/>
        <source>Quiet hours:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="209"/>
        <source>Approval:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="214"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="215"/>
        <source>Campaigns need approval before they are sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="218"/>
        <source>Numbers without a country code are read as numbers of the default region. Non-urgent messages wait during quiet hours; the same start and end means no quiet hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="222"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="284"/>
        <source>Choose a default region from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="286"/>
        <source>“{zone}” is not a known time zone (example: Asia/Tokyo).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="307"/>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="312"/>
        <source>Not saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
