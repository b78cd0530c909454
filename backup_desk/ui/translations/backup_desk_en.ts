<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>App</name>
    <message>
        <location filename="../app.py" line="37" />
        <source>Welcome to Backup Desk</source>
        <translation>Welcome to Backup Desk</translation>
    </message>
    <message>
        <location filename="../app.py" line="38" />
        <source>There is no configuration yet. Create four demonstration configurations with a small sample database and folder, so you can try a backup and a restore right away?</source>
        <translation>There is no configuration yet. Create four demonstration configurations with a small sample database and folder, so you can try a backup and a restore right away?</translation>
    </message>
</context>
<context>
    <name>ConfigActions</name>
    <message>
        <location filename="../controllers/config_actions.py" line="56" />
        <source>A backup of “{0}” is already running.</source>
        <translation>A backup of “{0}” is already running.</translation>
    </message>
    <message>
        <location filename="../controllers/config_actions.py" line="65" />
        <source>Backing up “{0}”</source>
        <translation>Backing up “{0}”</translation>
    </message>
    <message>
        <location filename="../controllers/config_actions.py" line="71" />
        <source>Backup of “{0}” started.</source>
        <translation>Backup of “{0}” started.</translation>
    </message>
    <message>
        <location filename="../controllers/config_actions.py" line="86" />
        <source>Quick backup “{0}”</source>
        <translation>Quick backup “{0}”</translation>
    </message>
    <message>
        <location filename="../controllers/config_actions.py" line="92" />
        <source>Quick backup “{0}” started.</source>
        <translation>Quick backup “{0}” started.</translation>
    </message>
    <message>
        <location filename="../controllers/config_actions.py" line="98" />
        <source>Backup “{0}” completed ({1}).</source>
        <translation>Backup “{0}” completed ({1}).</translation>
    </message>
    <message>
        <location filename="../controllers/config_actions.py" line="103" />
        <source>Backup “{0}” failed: {1}</source>
        <translation>Backup “{0}” failed: {1}</translation>
    </message>
    <message>
        <location filename="../controllers/config_actions.py" line="114" />
        <source>Passphrase needed</source>
        <translation>Passphrase needed</translation>
    </message>
    <message>
        <location filename="../controllers/config_actions.py" line="115" />
        <source>{0}
Enter the passphrase of “{1}”:</source>
        <translation>{0}
Enter the passphrase of “{1}”:</translation>
    </message>
    <message>
        <location filename="../controllers/config_actions.py" line="131" />
        <source>Configuration “{0}” created.</source>
        <translation>Configuration “{0}” created.</translation>
    </message>
    <message>
        <location filename="../controllers/config_actions.py" line="146" />
        <source>Configuration “{0}” saved.</source>
        <translation>Configuration “{0}” saved.</translation>
    </message>
    <message>
        <location filename="../controllers/config_actions.py" line="153" />
        <source>“{0}” is now active.</source>
        <translation>“{0}” is now active.</translation>
    </message>
    <message>
        <location filename="../controllers/config_actions.py" line="153" />
        <source>“{0}” is now inactive.</source>
        <translation>“{0}” is now inactive.</translation>
    </message>
    <message>
        <location filename="../controllers/config_actions.py" line="162" />
        <source>Duplicated as “{0}” (inactive).</source>
        <translation>Duplicated as “{0}” (inactive).</translation>
    </message>
    <message>
        <location filename="../controllers/config_actions.py" line="172" />
        <source>Wait for the running backup of “{0}” to end first.</source>
        <translation>Wait for the running backup of “{0}” to end first.</translation>
    </message>
    <message>
        <location filename="../controllers/config_actions.py" line="176" />
        <source>Delete configuration</source>
        <translation>Delete configuration</translation>
    </message>
    <message>
        <location filename="../controllers/config_actions.py" line="177" />
        <source>Delete the configuration “{0}”? Its past backups stay in the history.</source>
        <translation>Delete the configuration “{0}”? Its past backups stay in the history.</translation>
    </message>
    <message>
        <location filename="../controllers/config_actions.py" line="178" />
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../controllers/config_actions.py" line="183" />
        <source>Configuration “{0}” deleted.</source>
        <translation>Configuration “{0}” deleted.</translation>
    </message>
    <message>
        <location filename="../controllers/config_actions.py" line="158" />
        <source>No system keyring is available (or it is locked): the passphrase of “{0}” was not stored. Every run asks for it, and its scheduled runs cannot run unattended.</source>
        <translation>No system keyring is available (or it is locked): the passphrase of “{0}” was not stored. Every run asks for it, and its scheduled runs cannot run unattended.</translation>
    </message>
</context>
<context>
    <name>ConfigCard</name>
    <message>
        <location filename="../configurations/card.py" line="31" />
        <source>The last backup failed.</source>
        <translation>The last backup failed.</translation>
    </message>
    <message>
        <location filename="../configurations/card.py" line="33" />
        <source>Overdue: the planned backup did not run.</source>
        <translation>Overdue: the planned backup did not run.</translation>
    </message>
    <message>
        <location filename="../configurations/card.py" line="63" />
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../configurations/card.py" line="63" />
        <source>Inactive</source>
        <translation>Inactive</translation>
    </message>
    <message>
        <location filename="../configurations/card.py" line="84" />
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../configurations/card.py" line="84" />
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../configurations/card.py" line="86" />
        <source>{0} folder(s)</source>
        <translation>{0} folder(s)</translation>
    </message>
    <message>
        <location filename="../configurations/card.py" line="88" />
        <source>Not included</source>
        <translation>Not included</translation>
    </message>
    <message>
        <location filename="../configurations/card.py" line="91" />
        <source>ZIP ({0})</source>
        <translation>ZIP ({0})</translation>
    </message>
    <message>
        <location filename="../configurations/card.py" line="93" />
        <source>Off</source>
        <translation>Off</translation>
    </message>
    <message>
        <location filename="../configurations/card.py" line="94" />
        <source>Not planned</source>
        <translation>Not planned</translation>
    </message>
    <message>
        <location filename="../configurations/card.py" line="96" />
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../configurations/card.py" line="96" />
        <source>No database</source>
        <translation>No database</translation>
    </message>
    <message>
        <location filename="../configurations/card.py" line="97" />
        <source>Files</source>
        <translation>Files</translation>
    </message>
    <message>
        <location filename="../configurations/card.py" line="98" />
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <location filename="../configurations/card.py" line="99" />
        <source>Compression</source>
        <translation>Compression</translation>
    </message>
    <message>
        <location filename="../configurations/card.py" line="100" />
        <source>Encryption</source>
        <translation>Encryption</translation>
    </message>
    <message>
        <location filename="../configurations/card.py" line="100" />
        <source>AES-256</source>
        <translation>AES-256</translation>
    </message>
    <message>
        <location filename="../configurations/card.py" line="101" />
        <source>Retention</source>
        <translation>Retention</translation>
    </message>
    <message>
        <location filename="../configurations/card.py" line="101" />
        <source>{0} days</source>
        <translation>{0} days</translation>
    </message>
    <message>
        <location filename="../configurations/card.py" line="104" />
        <source>Last success</source>
        <translation>Last success</translation>
    </message>
    <message>
        <location filename="../configurations/card.py" line="105" />
        <source>Never</source>
        <translation>Never</translation>
    </message>
    <message>
        <location filename="../configurations/card.py" line="107" />
        <source>Next run</source>
        <translation>Next run</translation>
    </message>
    <message>
        <location filename="../configurations/card.py" line="137" />
        <location filename="../configurations/card.py" line="143" />
        <source>Back up now</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <location filename="../configurations/card.py" line="137" />
        <source>Running…</source>
        <translation>Running…</translation>
    </message>
    <message>
        <location filename="../configurations/card.py" line="146" />
        <source>Deactivate</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <location filename="../configurations/card.py" line="146" />
        <source>Activate</source>
        <translation>Activate</translation>
    </message>
    <message>
        <location filename="../configurations/card.py" line="148" />
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../configurations/card.py" line="149" />
        <source>Duplicate (inactive copy)</source>
        <translation>Duplicate (inactive copy)</translation>
    </message>
    <message>
        <location filename="../configurations/card.py" line="150" />
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../configurations/card.py" line="151" />
        <source>See its backups in History</source>
        <translation>See its backups in History</translation>
    </message>
    <message>
        <location filename="../configurations/card.py" line="139" />
        <source>A backup of this configuration is running.</source>
        <translation>A backup of this configuration is running.</translation>
    </message>
    <message numerus="yes">
        <location filename="../configurations/card.py" line="86" />
        <source>%n folder(s)</source>
        <translation>
            <numerusform>%n folder</numerusform>
            <numerusform>%n folders</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../configurations/card.py" line="85" />
        <source>AES-256, passphrase in a private file</source>
        <translation>AES-256, passphrase in a private file</translation>
    </message>
    <message>
        <location filename="../configurations/card.py" line="86" />
        <source>AES-256, asks for the passphrase (scheduled runs cannot run unattended)</source>
        <translation>AES-256, asks for the passphrase (scheduled runs cannot run unattended)</translation>
    </message>
</context>
<context>
    <name>ConfigFormController</name>
    <message>
        <location filename="../controllers/config_form.py" line="40" />
        <source>Weak</source>
        <translation>Weak</translation>
    </message>
    <message>
        <location filename="../controllers/config_form.py" line="42" />
        <source>Fair</source>
        <translation>Fair</translation>
    </message>
    <message>
        <location filename="../controllers/config_form.py" line="44" />
        <source>Good</source>
        <translation>Good</translation>
    </message>
    <message>
        <location filename="../controllers/config_form.py" line="45" />
        <source>Strong</source>
        <translation>Strong</translation>
    </message>
    <message>
        <location filename="../controllers/config_form.py" line="52" />
        <source>A name is required.</source>
        <translation>A name is required.</translation>
    </message>
    <message>
        <location filename="../controllers/config_form.py" line="55" />
        <source>Keep backups between 1 and 365 days.</source>
        <translation>Keep backups between 1 and 365 days.</translation>
    </message>
    <message>
        <location filename="../controllers/config_form.py" line="59" />
        <source>Add at least one folder, or turn off “Include files”.</source>
        <translation>Add at least one folder, or turn off “Include files”.</translation>
    </message>
    <message>
        <location filename="../controllers/config_form.py" line="63" />
        <source>Give a database address, or include folders.</source>
        <translation>Give a database address, or include folders.</translation>
    </message>
    <message>
        <location filename="../controllers/config_form.py" line="68" />
        <source>Encryption needs a passphrase.</source>
        <translation>Encryption needs a passphrase.</translation>
    </message>
    <message>
        <location filename="../controllers/config_form.py" line="72" />
        <source>The two passphrases differ.</source>
        <translation>The two passphrases differ.</translation>
    </message>
    <message>
        <location filename="../controllers/config_form.py" line="159" />
        <source>Connecting…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <location filename="../controllers/config_form.py" line="177" />
        <source>Connected.</source>
        <translation>Connected.</translation>
    </message>
</context>
<context>
    <name>ConfigFormDialog</name>
    <message>
        <location filename="../dialogs/config_form.py" line="43" />
        <source>Edit configuration</source>
        <translation>Edit configuration</translation>
    </message>
    <message>
        <location filename="../dialogs/config_form.py" line="43" />
        <source>New configuration</source>
        <translation>New configuration</translation>
    </message>
    <message>
        <location filename="../dialogs/config_form.py" line="102" />
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <location filename="../dialogs/config_form.py" line="104" />
        <source>e.g. Daily full backup</source>
        <translation>e.g. Daily full backup</translation>
    </message>
    <message>
        <location filename="../dialogs/config_form.py" line="105" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../dialogs/config_form.py" line="109" />
        <source>Full: schema and rows. Metadata: schema only. Data: rows only.</source>
        <translation>Full: schema and rows. Metadata: schema only. Data: rows only.</translation>
    </message>
    <message>
        <location filename="../dialogs/config_form.py" line="110" />
        <source>Backup type</source>
        <translation>Backup type</translation>
    </message>
    <message>
        <location filename="../dialogs/config_form.py" line="114" />
        <source>Frequency</source>
        <translation>Frequency</translation>
    </message>
    <message>
        <location filename="../dialogs/config_form.py" line="118" />
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <location filename="../dialogs/config_form.py" line="119" />
        <source>Keep backups for</source>
        <translation>Keep backups for</translation>
    </message>
    <message>
        <location filename="../dialogs/config_form.py" line="122" />
        <source>What to back up</source>
        <translation>What to back up</translation>
    </message>
    <message>
        <location filename="../dialogs/config_form.py" line="125" />
        <source>Test connection</source>
        <translation>Test connection</translation>
    </message>
    <message>
        <location filename="../dialogs/config_form.py" line="127" />
        <source>Database address</source>
        <translation>Database address</translation>
    </message>
    <message>
        <location filename="../dialogs/config_form.py" line="132" />
        <source>Include files from folders</source>
        <translation>Include files from folders</translation>
    </message>
    <message>
        <location filename="../dialogs/config_form.py" line="140" />
        <source>Add…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <location filename="../dialogs/config_form.py" line="141" />
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../dialogs/config_form.py" line="148" />
        <source>Folders</source>
        <translation>Folders</translation>
    </message>
    <message>
        <location filename="../dialogs/config_form.py" line="150" />
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../dialogs/config_form.py" line="151" />
        <source>Save archives in</source>
        <translation>Save archives in</translation>
    </message>
    <message>
        <location filename="../dialogs/config_form.py" line="155" />
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <location filename="../dialogs/config_form.py" line="156" />
        <source>Compress (ZIP)</source>
        <translation>Compress (ZIP)</translation>
    </message>
    <message>
        <location filename="../dialogs/config_form.py" line="159" />
        <source>Zstandard (fast)</source>
        <translation>Zstandard (fast)</translation>
    </message>
    <message>
        <location filename="../dialogs/config_form.py" line="160" />
        <source>Deflate (opens everywhere)</source>
        <translation>Deflate (opens everywhere)</translation>
    </message>
    <message>
        <location filename="../dialogs/config_form.py" line="161" />
        <source>Compression</source>
        <translation>Compression</translation>
    </message>
    <message>
        <location filename="../dialogs/config_form.py" line="163" />
        <source>Encrypt (AES-256)</source>
        <translation>Encrypt (AES-256)</translation>
    </message>
    <message>
        <location filename="../dialogs/config_form.py" line="164" />
        <source>Encryption</source>
        <translation>Encryption</translation>
    </message>
    <message>
        <location filename="../dialogs/config_form.py" line="169" />
        <source>Type it again</source>
        <translation>Type it again</translation>
    </message>
    <message>
        <location filename="../dialogs/config_form.py" line="170" />
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../dialogs/config_form.py" line="171" />
        <source>Confirm</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <location filename="../dialogs/config_form.py" line="182" />
        <source>Strength</source>
        <translation>Strength</translation>
    </message>
    <message>
        <location filename="../dialogs/config_form.py" line="184" />
        <source>Kept in the system keyring. A lost passphrase means lost backups.</source>
        <translation>Kept in the system keyring. A lost passphrase means lost backups.</translation>
    </message>
    <message>
        <location filename="../dialogs/config_form.py" line="189" />
        <source>Active (runs on its schedule)</source>
        <translation>Active (runs on its schedule)</translation>
    </message>
    <message>
        <location filename="../dialogs/config_form.py" line="191" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../dialogs/config_form.py" line="197" />
        <source>Unchanged (stored in the keyring)</source>
        <translation>Unchanged (stored in the keyring)</translation>
    </message>
    <message>
        <location filename="../dialogs/config_form.py" line="232" />
        <source>Choose a folder to back up</source>
        <translation>Choose a folder to back up</translation>
    </message>
    <message>
        <location filename="../dialogs/config_form.py" line="244" />
        <source>Choose where to save archives</source>
        <translation>Choose where to save archives</translation>
    </message>
    <message>
        <location filename="../dialogs/config_form.py" line="276" />
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location filename="../dialogs/config_form.py" line="287" />
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../dialogs/config_form.py" line="124" />
        <source>But always keep</source>
        <translation>But always keep</translation>
    </message>
    <message>
        <location filename="../dialogs/config_form.py" line="134" />
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <location filename="../dialogs/config_form.py" line="285" />
        <source>Checking the fields…</source>
        <translation>Checking the fields…</translation>
    </message>
    <message>
        <location filename="../dialogs/config_form.py" line="189" />
        <source>No system keyring is available (or it is locked): the passphrase will not be stored. Every run asks for it and scheduled runs cannot run unattended. A lost passphrase means lost backups.</source>
        <translation>No system keyring is available (or it is locked): the passphrase will not be stored. Every run asks for it and scheduled runs cannot run unattended. A lost passphrase means lost backups.</translation>
    </message>
    <message>
        <location filename="../dialogs/config_form.py" line="199" />
        <source>Keep it in a file only I can read (less safe than a keyring)</source>
        <translation>Keep it in a file only I can read (less safe than a keyring)</translation>
    </message>
    <message>
        <location filename="../dialogs/config_form.py" line="213" />
        <source>Unchanged (stored in a file only you can read)</source>
        <translation>Unchanged (stored in a file only you can read)</translation>
    </message>
    <message>
        <location filename="../dialogs/config_form.py" line="214" />
        <source>Unchanged (not stored: runs ask for it)</source>
        <translation>Unchanged (not stored: runs ask for it)</translation>
    </message>
</context>
<context>
    <name>ConfigurationsView</name>
    <message>
        <location filename="../configurations/view.py" line="30" />
        <source>Configurations</source>
        <translation>Configurations</translation>
    </message>
    <message>
        <location filename="../configurations/view.py" line="34" />
        <source>New configuration</source>
        <translation>New configuration</translation>
    </message>
    <message>
        <location filename="../configurations/view.py" line="37" />
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../configurations/view.py" line="45" />
        <source>No configuration yet. Create one to start protecting your data.</source>
        <translation>No configuration yet. Create one to start protecting your data.</translation>
    </message>
    <message>
        <location filename="../configurations/view.py" line="94" />
        <source>{0} configuration(s)</source>
        <translation>{0} configuration(s)</translation>
    </message>
    <message numerus="yes">
        <location filename="../configurations/view.py" line="94" />
        <source>%n configuration(s)</source>
        <translation>
            <numerusform>%n configuration</numerusform>
            <numerusform>%n configurations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <location filename="../dashboard/view.py" line="71" />
        <source>Configurations</source>
        <translation>Configurations</translation>
    </message>
    <message>
        <location filename="../dashboard/view.py" line="72" />
        <source>See all configurations</source>
        <translation>See all configurations</translation>
    </message>
    <message>
        <location filename="../dashboard/view.py" line="77" />
        <source>Recent backups</source>
        <translation>Recent backups</translation>
    </message>
    <message>
        <location filename="../dashboard/view.py" line="78" />
        <source>See all history</source>
        <translation>See all history</translation>
    </message>
    <message>
        <location filename="../dashboard/view.py" line="65" />
        <source>See failed backups</source>
        <translation>See failed backups</translation>
    </message>
    <message>
        <location filename="../dashboard/view.py" line="98" />
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../dashboard/view.py" line="104" />
        <location filename="../dashboard/view.py" line="201" />
        <source>Back up now</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <location filename="../dashboard/view.py" line="107" />
        <source>Quick backup…</source>
        <translation>Quick backup…</translation>
    </message>
    <message>
        <location filename="../dashboard/view.py" line="167" />
        <source>“{0}”</source>
        <translation>“{0}”</translation>
    </message>
    <message>
        <location filename="../dashboard/view.py" line="168" />
        <source>Needs attention: {0}.</source>
        <translation>Needs attention: {0}.</translation>
    </message>
    <message>
        <location filename="../dashboard/view.py" line="170" />
        <source>See failed backups ({0})</source>
        <translation>See failed backups ({0})</translation>
    </message>
    <message>
        <location filename="../dashboard/view.py" line="177" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../dashboard/view.py" line="177" />
        <source>Last success</source>
        <translation>Last success</translation>
    </message>
    <message>
        <location filename="../dashboard/view.py" line="177" />
        <source>Next run</source>
        <translation>Next run</translation>
    </message>
    <message>
        <location filename="../dashboard/view.py" line="177" />
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../dashboard/view.py" line="184" />
        <source>Never</source>
        <translation>Never</translation>
    </message>
    <message>
        <location filename="../dashboard/view.py" line="189" />
        <source>Manual</source>
        <translation>Manual</translation>
    </message>
    <message>
        <location filename="../dashboard/view.py" line="189" />
        <source>Not planned</source>
        <translation>Not planned</translation>
    </message>
    <message>
        <location filename="../dashboard/view.py" line="197" />
        <source>Inactive</source>
        <translation>Inactive</translation>
    </message>
    <message>
        <location filename="../dashboard/view.py" line="199" />
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../dashboard/view.py" line="212" />
        <source>No backup yet. Press “Back up now” to make the first one.</source>
        <translation>No backup yet. Press “Back up now” to make the first one.</translation>
    </message>
    <message>
        <location filename="../dashboard/view.py" line="226" />
        <source>Open this backup</source>
        <translation>Open this backup</translation>
    </message>
</context>
<context>
    <name>DetailsDialog</name>
    <message>
        <location filename="../dialogs/details.py" line="41" />
        <source>Backup details</source>
        <translation>Backup details</translation>
    </message>
    <message>
        <location filename="../dialogs/details.py" line="53" />
        <source>Encrypted</source>
        <translation>Encrypted</translation>
    </message>
    <message>
        <location filename="../dialogs/details.py" line="65" />
        <source>Not verified yet</source>
        <translation>Not verified yet</translation>
    </message>
    <message>
        <location filename="../dialogs/details.py" line="67" />
        <source>Passed</source>
        <translation>Passed</translation>
    </message>
    <message>
        <location filename="../dialogs/details.py" line="67" />
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <location filename="../dialogs/details.py" line="68" />
        <source>{0} on {1}: {2}</source>
        <translation>{0} on {1}: {2}</translation>
    </message>
    <message>
        <location filename="../dialogs/details.py" line="71" />
        <source>Present</source>
        <translation>Present</translation>
    </message>
    <message>
        <location filename="../dialogs/details.py" line="71" />
        <source>Missing</source>
        <translation>Missing</translation>
    </message>
    <message>
        <location filename="../dialogs/details.py" line="75" />
        <source>Configuration</source>
        <translation>Configuration</translation>
    </message>
    <message>
        <location filename="../dialogs/details.py" line="76" />
        <source>None (quick backup)</source>
        <translation>None (quick backup)</translation>
    </message>
    <message>
        <location filename="../dialogs/details.py" line="78" />
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../dialogs/details.py" line="79" />
        <source>Duration</source>
        <translation>Duration</translation>
    </message>
    <message>
        <location filename="../dialogs/details.py" line="80" />
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <location filename="../dialogs/details.py" line="81" />
        <source>Started</source>
        <translation>Started</translation>
    </message>
    <message>
        <location filename="../dialogs/details.py" line="82" />
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <location filename="../dialogs/details.py" line="83" />
        <source>Tables</source>
        <translation>Tables</translation>
    </message>
    <message>
        <location filename="../dialogs/details.py" line="84" />
        <source>Records</source>
        <translation>Records</translation>
    </message>
    <message>
        <location filename="../dialogs/details.py" line="85" />
        <source>Files</source>
        <translation>Files</translation>
    </message>
    <message>
        <location filename="../dialogs/details.py" line="86" />
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../dialogs/details.py" line="87" />
        <source>Archive file</source>
        <translation>Archive file</translation>
    </message>
    <message>
        <location filename="../dialogs/details.py" line="88" />
        <source>Archive on disk</source>
        <translation>Archive on disk</translation>
    </message>
    <message>
        <location filename="../dialogs/details.py" line="89" />
        <source>Compression</source>
        <translation>Compression</translation>
    </message>
    <message>
        <location filename="../dialogs/details.py" line="90" />
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../dialogs/details.py" line="91" />
        <source>Archive id</source>
        <translation>Archive id</translation>
    </message>
    <message>
        <location filename="../dialogs/details.py" line="92" />
        <source>Verification</source>
        <translation>Verification</translation>
    </message>
    <message>
        <location filename="../dialogs/details.py" line="93" />
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../dialogs/details.py" line="93" />
        <location filename="../dialogs/details.py" line="94" />
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <location filename="../dialogs/details.py" line="94" />
        <source>Warnings</source>
        <translation>Warnings</translation>
    </message>
    <message>
        <location filename="../dialogs/details.py" line="108" />
        <source>Copy path</source>
        <translation>Copy path</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../dialogs/error_dialog.py" line="29" />
        <source>Something went wrong</source>
        <translation>Something went wrong</translation>
    </message>
    <message>
        <location filename="../dialogs/error_dialog.py" line="53" />
        <location filename="../dialogs/error_dialog.py" line="64" />
        <source>Show details</source>
        <translation>Show details</translation>
    </message>
    <message>
        <location filename="../dialogs/error_dialog.py" line="64" />
        <source>Hide details</source>
        <translation>Hide details</translation>
    </message>
    <message>
        <location filename="../dialogs/error_dialog.py" line="58" />
        <source>Copy details</source>
        <translation>Copy details</translation>
    </message>
    <message>
        <location filename="../dialogs/error_dialog.py" line="59" />
        <source>Copies the message and the technical details, to send them on</source>
        <translation>Copies the message and the technical details, to send them on</translation>
    </message>
    <message>
        <location filename="../dialogs/error_dialog.py" line="71" />
        <source>Copied</source>
        <translation>Copied</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../controllers/errors.py" line="26" />
        <source>A file or folder could not be used: {0}.</source>
        <translation>A file or folder could not be used: {0}.</translation>
    </message>
    <message>
        <location filename="../controllers/errors.py" line="29" />
        <source>Check that the location exists, is writable and has free space.</source>
        <translation>Check that the location exists, is writable and has free space.</translation>
    </message>
    <message>
        <location filename="../controllers/errors.py" line="35" />
        <source>Something unexpected went wrong.</source>
        <translation>Something unexpected went wrong.</translation>
    </message>
    <message>
        <location filename="../controllers/errors.py" line="36" />
        <source>Try again. If it keeps happening, send the details to your administrator.</source>
        <translation>Try again. If it keeps happening, send the details to your administrator.</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../history/filters.py" line="25" />
        <source>Search by backup name…</source>
        <translation>Search by backup name…</translation>
    </message>
    <message>
        <location filename="../history/filters.py" line="29" />
        <source>All types</source>
        <translation>All types</translation>
    </message>
    <message>
        <location filename="../history/filters.py" line="33" />
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../history/filters.py" line="36" />
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../history/filters.py" line="38" />
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../history/filters.py" line="40" />
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../history/filters.py" line="42" />
        <source>Reset</source>
        <translation>Reset</translation>
    </message>
</context>
<context>
    <name>HistoryActions</name>
    <message>
        <location filename="../controllers/history_actions.py" line="88" />
        <source>Save a copy</source>
        <translation>Save a copy</translation>
    </message>
    <message>
        <location filename="../controllers/history_actions.py" line="90" />
        <source>This backup is encrypted. Save it as it is, or as a plain ZIP that anyone can open?</source>
        <translation>This backup is encrypted. Save it as it is, or as a plain ZIP that anyone can open?</translation>
    </message>
    <message>
        <location filename="../controllers/history_actions.py" line="95" />
        <source>Keep encrypted</source>
        <translation>Keep encrypted</translation>
    </message>
    <message>
        <location filename="../controllers/history_actions.py" line="96" />
        <source>Decrypted ZIP</source>
        <translation>Decrypted ZIP</translation>
    </message>
    <message>
        <location filename="../controllers/history_actions.py" line="104" />
        <source>Save a copy of the backup</source>
        <translation>Save a copy of the backup</translation>
    </message>
    <message>
        <location filename="../controllers/history_actions.py" line="118" />
        <source>Saving a copy of “{0}”</source>
        <translation>Saving a copy of “{0}”</translation>
    </message>
    <message>
        <location filename="../controllers/history_actions.py" line="123" />
        <source>Copy saved to {0}.</source>
        <translation>Copy saved to {0}.</translation>
    </message>
    <message>
        <location filename="../controllers/history_actions.py" line="137" />
        <source>“{0}” verified: {1}</source>
        <translation>“{0}” verified: {1}</translation>
    </message>
    <message>
        <location filename="../controllers/history_actions.py" line="140" />
        <source>“{0}” failed verification: {1}</source>
        <translation>“{0}” failed verification: {1}</translation>
    </message>
    <message>
        <location filename="../controllers/history_actions.py" line="145" />
        <source>Verifying “{0}”</source>
        <translation>Verifying “{0}”</translation>
    </message>
    <message>
        <location filename="../controllers/history_actions.py" line="151" />
        <source>Verification of “{0}” started.</source>
        <translation>Verification of “{0}” started.</translation>
    </message>
    <message>
        <location filename="../controllers/history_actions.py" line="156" />
        <source>Delete the backup “{0}”? Its archive file is removed from the disk.</source>
        <translation>Delete the backup “{0}”? Its archive file is removed from the disk.</translation>
    </message>
    <message>
        <location filename="../controllers/history_actions.py" line="159" />
        <source>Delete backup</source>
        <translation>Delete backup</translation>
    </message>
    <message>
        <location filename="../controllers/history_actions.py" line="159" />
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../controllers/history_actions.py" line="163" />
        <source>Backup “{0}” deleted.</source>
        <translation>Backup “{0}” deleted.</translation>
    </message>
    <message>
        <location filename="../controllers/history_actions.py" line="164" />
        <source>“{0}” is the last good backup of “{1}”. Without it, there is nothing left to restore. Delete it anyway?</source>
        <translation>“{0}” is the last good backup of “{1}”. Without it, there is nothing left to restore. Delete it anyway?</translation>
    </message>
    <message>
        <location filename="../controllers/history_actions.py" line="166" />
        <source>Delete the last good backup</source>
        <translation>Delete the last good backup</translation>
    </message>
    <message>
        <location filename="../controllers/history_actions.py" line="167" />
        <source>Delete it anyway</source>
        <translation>Delete it anyway</translation>
    </message>
    <message>
        <location filename="../controllers/history_actions.py" line="44" />
        <source>Choose a backup in the list first.</source>
        <translation>Choose a backup in the list first.</translation>
    </message>
    <message>
        <location filename="../controllers/history_actions.py" line="48" />
        <source>Wait until the job running on this backup ends.</source>
        <translation>Wait until the job running on this backup ends.</translation>
    </message>
    <message>
        <location filename="../controllers/history_actions.py" line="50" />
        <source>This backup is still running.</source>
        <translation>This backup is still running.</translation>
    </message>
    <message>
        <location filename="../controllers/history_actions.py" line="52" />
        <source>Only a completed backup has an archive to copy, restore or verify.</source>
        <translation>Only a completed backup has an archive to copy, restore or verify.</translation>
    </message>
    <message>
        <location filename="../controllers/history_actions.py" line="120" />
        <source>{0} already exists. Replace it?</source>
        <translation>{0} already exists. Replace it?</translation>
    </message>
    <message>
        <location filename="../controllers/history_actions.py" line="121" />
        <source>Replace file</source>
        <translation>Replace file</translation>
    </message>
    <message>
        <location filename="../controllers/history_actions.py" line="121" />
        <source>Replace</source>
        <translation>Replace</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../history/model.py" line="27" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../history/model.py" line="28" />
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../history/model.py" line="29" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../history/model.py" line="30" />
        <source>Configuration</source>
        <translation>Configuration</translation>
    </message>
    <message>
        <location filename="../history/model.py" line="31" />
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../history/model.py" line="32" />
        <source>Duration</source>
        <translation>Duration</translation>
    </message>
    <message>
        <location filename="../history/model.py" line="33" />
        <source>Started</source>
        <translation>Started</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <location filename="../history/view.py" line="41" />
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../history/view.py" line="77" />
        <source>No backup matches these filters.</source>
        <translation>No backup matches these filters.</translation>
    </message>
    <message>
        <location filename="../history/view.py" line="83" />
        <location filename="../history/view.py" line="183" />
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../history/view.py" line="84" />
        <location filename="../history/view.py" line="184" />
        <source>Save a copy…</source>
        <translation>Save a copy…</translation>
    </message>
    <message>
        <location filename="../history/view.py" line="85" />
        <location filename="../history/view.py" line="185" />
        <source>Restore…</source>
        <translation>Restore…</translation>
    </message>
    <message>
        <location filename="../history/view.py" line="86" />
        <location filename="../history/view.py" line="186" />
        <source>Verify</source>
        <translation>Verify</translation>
    </message>
    <message>
        <location filename="../history/view.py" line="87" />
        <location filename="../history/view.py" line="187" />
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../history/view.py" line="156" />
        <source>Showing only the configuration “{0}”. Reset shows all.</source>
        <translation>Showing only the configuration “{0}”. Reset shows all.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../format.py" line="21" />
        <source>Preparing</source>
        <translation>Preparing</translation>
    </message>
    <message>
        <location filename="../format.py" line="22" />
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <location filename="../format.py" line="23" />
        <source>Files</source>
        <translation>Files</translation>
    </message>
    <message>
        <location filename="../format.py" line="24" />
        <source>Finishing</source>
        <translation>Finishing</translation>
    </message>
    <message>
        <location filename="../format.py" line="25" />
        <source>Restoring</source>
        <translation>Restoring</translation>
    </message>
    <message>
        <location filename="../format.py" line="26" />
        <source>Verifying</source>
        <translation>Verifying</translation>
    </message>
    <message>
        <location filename="../format.py" line="27" />
        <source>Copying</source>
        <translation>Copying</translation>
    </message>
    <message>
        <location filename="../format.py" line="28" />
        <source>Decrypting</source>
        <translation>Decrypting</translation>
    </message>
    <message>
        <location filename="../format.py" line="47" />
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <location filename="../format.py" line="48" />
        <source>kB</source>
        <translation>kB</translation>
    </message>
    <message>
        <location filename="../format.py" line="49" />
        <source>MB</source>
        <translation>MB</translation>
    </message>
    <message>
        <location filename="../format.py" line="50" />
        <source>GB</source>
        <translation>GB</translation>
    </message>
    <message>
        <location filename="../format.py" line="51" />
        <source>TB</source>
        <translation>TB</translation>
    </message>
    <message>
        <location filename="../format.py" line="68" />
        <location filename="../format.py" line="70" />
        <source>{0} s</source>
        <translation>{0} s</translation>
    </message>
    <message>
        <location filename="../format.py" line="72" />
        <source>{0} min {1} s</source>
        <translation>{0} min {1} s</translation>
    </message>
    <message>
        <location filename="../format.py" line="73" />
        <source>{0} h {1} min</source>
        <translation>{0} h {1} min</translation>
    </message>
    <message>
        <location filename="../format.py" line="77" />
        <source>{0}/s</source>
        <translation>{0}/s</translation>
    </message>
    <message>
        <location filename="../format.py" line="99" />
        <source>just now</source>
        <translation>just now</translation>
    </message>
    <message>
        <location filename="../format.py" line="101" />
        <source>{0} min</source>
        <translation>{0} min</translation>
    </message>
    <message>
        <location filename="../format.py" line="103" />
        <source>{0} h</source>
        <translation>{0} h</translation>
    </message>
    <message>
        <location filename="../format.py" line="105" />
        <source>{0} days</source>
        <translation>{0} days</translation>
    </message>
    <message>
        <location filename="../format.py" line="107" />
        <source>in {0}</source>
        <translation>in {0}</translation>
    </message>
    <message>
        <location filename="../format.py" line="107" />
        <source>{0} ago</source>
        <translation>{0} ago</translation>
    </message>
    <message>
        <location filename="../format.py" line="114" />
        <source>{0} %</source>
        <translation>{0} %</translation>
    </message>
    <message>
        <location filename="../format.py" line="48" />
        <source>KB</source>
        <translation>KB</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../main_window.py" line="60" />
        <source>Backup Desk</source>
        <translation>Backup Desk</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="114" />
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="80" />
        <location filename="../main_window.py" line="138" />
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="81" />
        <location filename="../main_window.py" line="138" />
        <source>Configurations</source>
        <translation>Configurations</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="82" />
        <location filename="../main_window.py" line="138" />
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="118" />
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="119" />
        <source>&amp;Backup</source>
        <translation>&amp;Backup</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="120" />
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="121" />
        <source>&amp;History</source>
        <translation>&amp;History</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="122" />
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="127" />
        <source>New configuration…</source>
        <translation>New configuration…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="129" />
        <source>Settings…</source>
        <translation>Settings…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="131" />
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="132" />
        <source>Back up now</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="133" />
        <source>Quick backup…</source>
        <translation>Quick backup…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="134" />
        <source>Cancel running jobs</source>
        <translation>Cancel running jobs</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="136" />
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="141" />
        <source>Search history</source>
        <translation>Search history</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="146" />
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="152" />
        <source>Save a copy…</source>
        <translation>Save a copy…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="157" />
        <source>Restore…</source>
        <translation>Restore…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="161" />
        <source>Verify</source>
        <translation>Verify</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="167" />
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="171" />
        <source>Reset filters</source>
        <translation>Reset filters</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="172" />
        <location filename="../main_window.py" line="236" />
        <source>About Backup Desk</source>
        <translation>About Backup Desk</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="212" />
        <source>{0} job(s) running</source>
        <translation>{0} job(s) running</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="229" />
        <source>Settings saved.</source>
        <translation>Settings saved.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="237" />
        <source>Backup Desk {0}
Encrypted, compressed backups of a database and folders.</source>
        <translation>Backup Desk {0}
Encrypted, compressed backups of a database and folders.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="245" />
        <source>Jobs are running</source>
        <translation>Jobs are running</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="245" />
        <source>Cancel the running jobs and quit?</source>
        <translation>Cancel the running jobs and quit?</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="133" />
        <source>Schedules and notifications…</source>
        <translation>Schedules and notifications…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="131" />
        <source>Set up a backup with the guide…</source>
        <translation>Set up a backup with the guide…</translation>
    </message>
    <message numerus="yes">
        <location filename="../main_window.py" line="220" />
        <source>%n job(s) running</source>
        <translation>
            <numerusform>%n job running</numerusform>
            <numerusform>%n jobs running</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Pager</name>
    <message>
        <location filename="../widgets/pager.py" line="26" />
        <source>Previous page</source>
        <translation>Previous page</translation>
    </message>
    <message>
        <location filename="../widgets/pager.py" line="30" />
        <source>Next page</source>
        <translation>Next page</translation>
    </message>
    <message>
        <location filename="../widgets/pager.py" line="42" />
        <source>Per page:</source>
        <translation>Per page:</translation>
    </message>
    <message>
        <location filename="../widgets/pager.py" line="65" />
        <source>{0}–{1} of {2}</source>
        <translation>{0}–{1} of {2}</translation>
    </message>
    <message>
        <location filename="../widgets/pager.py" line="67" />
        <source>No backups</source>
        <translation>No backups</translation>
    </message>
</context>
<context>
    <name>PreviewTree</name>
    <message>
        <location filename="../dialogs/restore_preview.py" line="16" />
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../dialogs/restore_preview.py" line="16" />
        <source>Where</source>
        <translation>Where</translation>
    </message>
    <message>
        <location filename="../dialogs/restore_preview.py" line="16" />
        <source>Rows</source>
        <translation>Rows</translation>
    </message>
    <message>
        <location filename="../dialogs/restore_preview.py" line="16" />
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../dialogs/restore_preview.py" line="27" />
        <source>Schema</source>
        <translation>Schema</translation>
    </message>
    <message>
        <location filename="../dialogs/restore_preview.py" line="28" />
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <location filename="../dialogs/restore_preview.py" line="29" />
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <location filename="../dialogs/restore_preview.py" line="30" />
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../dialogs/restore_preview.py" line="37" />
        <source>  (already has data)</source>
        <translation>  (already has data)</translation>
    </message>
    <message>
        <location filename="../dialogs/restore_preview.py" line="1" />
        <source>Not carried</source>
        <translation>Not carried</translation>
    </message>
    <message>
        <location filename="../dialogs/restore_preview.py" line="1" />
        <source>Blocks</source>
        <translation>Blocks</translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message>
        <location filename="../widgets/progress_panel.py" line="103" />
        <source>No job running.</source>
        <translation>No job running.</translation>
    </message>
</context>
<context>
    <name>ProgressRow</name>
    <message>
        <location filename="../widgets/progress_panel.py" line="19" />
        <source>{0} of {1}</source>
        <translation>{0} of {1}</translation>
    </message>
    <message>
        <location filename="../widgets/progress_panel.py" line="29" />
        <source>{0} left</source>
        <translation>{0} left</translation>
    </message>
    <message>
        <location filename="../widgets/progress_panel.py" line="47" />
        <source>Starting…</source>
        <translation>Starting…</translation>
    </message>
    <message>
        <location filename="../widgets/progress_panel.py" line="57" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../widgets/progress_panel.py" line="71" />
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
</context>
<context>
    <name>QuickBackupDialog</name>
    <message>
        <location filename="../dialogs/quick_backup.py" line="26" />
        <location filename="../dialogs/quick_backup.py" line="38" />
        <source>Quick backup</source>
        <translation>Quick backup</translation>
    </message>
    <message>
        <location filename="../dialogs/quick_backup.py" line="31" />
        <source>Back up once, without saving a configuration. The archive goes to the default backups folder.</source>
        <translation>Back up once, without saving a configuration. The archive goes to the default backups folder.</translation>
    </message>
    <message>
        <location filename="../dialogs/quick_backup.py" line="39" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../dialogs/quick_backup.py" line="43" />
        <source>Backup type</source>
        <translation>Backup type</translation>
    </message>
    <message>
        <location filename="../dialogs/quick_backup.py" line="50" />
        <source>Database address</source>
        <translation>Database address</translation>
    </message>
    <message>
        <location filename="../dialogs/quick_backup.py" line="53" />
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <location filename="../dialogs/quick_backup.py" line="54" />
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../dialogs/quick_backup.py" line="58" />
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <location filename="../dialogs/quick_backup.py" line="66" />
        <source>Back up now</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <location filename="../dialogs/quick_backup.py" line="75" />
        <source>Choose a folder to back up</source>
        <translation>Choose a folder to back up</translation>
    </message>
    <message>
        <location filename="../dialogs/quick_backup.py" line="82" />
        <source>A name is required.</source>
        <translation>A name is required.</translation>
    </message>
    <message>
        <location filename="../dialogs/quick_backup.py" line="84" />
        <source>Give a database address or a folder.</source>
        <translation>Give a database address or a folder.</translation>
    </message>
    <message>
        <location filename="../dialogs/quick_backup.py" line="52" />
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <location filename="../dialogs/quick_backup.py" line="87" />
        <source>Choose a database or a folder.</source>
        <translation>Choose a database or a folder.</translation>
    </message>
</context>
<context>
    <name>RestoreController</name>
    <message>
        <location filename="../controllers/restore.py" line="72" />
        <source>Reading the archive…</source>
        <translation>Reading the archive…</translation>
    </message>
    <message>
        <location filename="../controllers/restore.py" line="78" />
        <source>Choose something to restore.</source>
        <translation>Choose something to restore.</translation>
    </message>
    <message>
        <location filename="../controllers/restore.py" line="80" />
        <source>Give the address of the database to restore into.</source>
        <translation>Give the address of the database to restore into.</translation>
    </message>
    <message>
        <location filename="../controllers/restore.py" line="82" />
        <source>Choose the folder to restore files into.</source>
        <translation>Choose the folder to restore files into.</translation>
    </message>
    <message>
        <location filename="../controllers/restore.py" line="84" />
        <source>Tick at least one table.</source>
        <translation>Tick at least one table.</translation>
    </message>
    <message>
        <location filename="../controllers/restore.py" line="86" />
        <source>Tick at least one folder.</source>
        <translation>Tick at least one folder.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../dialogs/restore.py" line="53" />
        <source>Restore “{0}”</source>
        <translation>Restore “{0}”</translation>
    </message>
    <message>
        <location filename="../dialogs/restore.py" line="57" />
        <source>Backup of {0} · {1}</source>
        <translation>Backup of {0} · {1}</translation>
    </message>
    <message>
        <location filename="../dialogs/restore.py" line="65" />
        <source>Only if it is not stored in the keyring</source>
        <translation>Only if it is not stored in the keyring</translation>
    </message>
    <message>
        <location filename="../dialogs/restore.py" line="67" />
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../dialogs/restore.py" line="75" />
        <source>Reading the archive…</source>
        <translation>Reading the archive…</translation>
    </message>
    <message>
        <location filename="../dialogs/restore.py" line="83" />
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../dialogs/restore.py" line="84" />
        <location filename="../dialogs/restore.py" line="240" />
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../dialogs/restore.py" line="86" />
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../dialogs/restore.py" line="98" />
        <source>Restore to</source>
        <translation>Restore to</translation>
    </message>
    <message>
        <location filename="../dialogs/restore.py" line="100" />
        <source>A new place (recommended)</source>
        <translation>A new place (recommended)</translation>
    </message>
    <message>
        <location filename="../dialogs/restore.py" line="102" />
        <source>The original database and folders (a safety backup is taken first)</source>
        <translation>The original database and folders (a safety backup is taken first)</translation>
    </message>
    <message>
        <location filename="../dialogs/restore.py" line="114" />
        <source>SQLite file…</source>
        <translation>SQLite file…</translation>
    </message>
    <message>
        <location filename="../dialogs/restore.py" line="115" />
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../dialogs/restore.py" line="120" />
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <location filename="../dialogs/restore.py" line="121" />
        <source>Files into</source>
        <translation>Files into</translation>
    </message>
    <message>
        <location filename="../dialogs/restore.py" line="122" />
        <source>Replace data already there</source>
        <translation>Replace data already there</translation>
    </message>
    <message>
        <location filename="../dialogs/restore.py" line="129" />
        <source>What to restore</source>
        <translation>What to restore</translation>
    </message>
    <message>
        <location filename="../dialogs/restore.py" line="135" />
        <source>Everything</source>
        <translation>Everything</translation>
    </message>
    <message>
        <location filename="../dialogs/restore.py" line="136" />
        <source>Schema only</source>
        <translation>Schema only</translation>
    </message>
    <message>
        <location filename="../dialogs/restore.py" line="137" />
        <source>Chosen tables</source>
        <translation>Chosen tables</translation>
    </message>
    <message>
        <location filename="../dialogs/restore.py" line="138" />
        <source>Chosen folders</source>
        <translation>Chosen folders</translation>
    </message>
    <message>
        <location filename="../dialogs/restore.py" line="178" />
        <source>{0} ({1} rows)</source>
        <translation>{0} ({1} rows)</translation>
    </message>
    <message>
        <location filename="../dialogs/restore.py" line="212" />
        <source>Ready. Preview shows what will be written where.</source>
        <translation>Ready. Preview shows what will be written where.</translation>
    </message>
    <message>
        <location filename="../dialogs/restore.py" line="216" />
        <source>New SQLite database</source>
        <translation>New SQLite database</translation>
    </message>
    <message>
        <location filename="../dialogs/restore.py" line="222" />
        <source>Restore files into</source>
        <translation>Restore files into</translation>
    </message>
    <message>
        <location filename="../dialogs/restore.py" line="235" />
        <source>Restore over the original</source>
        <translation>Restore over the original</translation>
    </message>
    <message>
        <location filename="../dialogs/restore.py" line="237" />
        <source>This replaces the current data with the backup's. A safety backup is taken first. Continue?</source>
        <translation>This replaces the current data with the backup's. A safety backup is taken first. Continue?</translation>
    </message>
    <message>
        <location filename="../dialogs/restore.py" line="243" />
        <source>Previewing restore of “{0}”</source>
        <translation>Previewing restore of “{0}”</translation>
    </message>
    <message>
        <location filename="../dialogs/restore.py" line="243" />
        <source>Restoring “{0}”</source>
        <translation>Restoring “{0}”</translation>
    </message>
    <message>
        <location filename="../dialogs/restore.py" line="259" />
        <source>Working…</source>
        <translation>Working…</translation>
    </message>
    <message>
        <location filename="../dialogs/restore.py" line="269" />
        <source>Preview: {0} item(s) would be written. Nothing was changed yet.</source>
        <translation>Preview: {0} item(s) would be written. Nothing was changed yet.</translation>
    </message>
    <message>
        <location filename="../dialogs/restore.py" line="274" />
        <source>Restored {0} table(s), {1} row(s) and {2} file(s).</source>
        <translation>Restored {0} table(s), {1} row(s) and {2} file(s).</translation>
    </message>
    <message>
        <location filename="../dialogs/restore.py" line="1" />
        <source>Also replace tables that other objects depend on</source>
        <translation>Also replace tables that other objects depend on</translation>
    </message>
    <message>
        <location filename="../dialogs/restore.py" line="1" />
        <source>Keep the database objects' owners and privileges</source>
        <translation>Keep the database objects' owners and privileges</translation>
    </message>
    <message>
        <location filename="../dialogs/restore.py" line="1" />
        <source>PostgreSQL: owners and GRANTs as in the source (its roles must exist on the target); MariaDB/MySQL: the DEFINER of views, routines and triggers. Unticked, the restoring user owns everything</source>
        <translation>PostgreSQL: owners and GRANTs as in the source (its roles must exist on the target); MariaDB/MySQL: the DEFINER of views, routines and triggers. Unticked, the restoring user owns everything</translation>
    </message>
    <message>
        <location filename="../dialogs/restore.py" line="1" />
        <source>Views, foreign keys or triggers outside the restore that use the replaced tables; the preview lists them</source>
        <translation>Views, foreign keys or triggers outside the restore that use the replaced tables; the preview lists them</translation>
    </message>
    <message>
        <location filename="../dialogs/restore.py" line="192" />
        <source>The archive is encrypted: type its passphrase above to go on.</source>
        <translation>The archive is encrypted: type its passphrase above to go on.</translation>
    </message>
    <message numerus="yes">
        <location filename="../dialogs/restore.py" line="290" />
        <source>Preview: %n item(s) would be written. Nothing was changed yet.</source>
        <translation>
            <numerusform>Preview: %n item would be written. Nothing was changed yet.</numerusform>
            <numerusform>Preview: %n items would be written. Nothing was changed yet.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../dialogs/restore.py" line="293" />
        <source>Restored {0}, {1} and {2}.</source>
        <translation>Restored {0}, {1} and {2}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../dialogs/restore.py" line="294" />
        <source>%n table(s)</source>
        <translation>
            <numerusform>%n table</numerusform>
            <numerusform>%n tables</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../dialogs/restore.py" line="295" />
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../dialogs/restore.py" line="296" />
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../dialogs/settings.py" line="13" />
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../dialogs/settings.py" line="17" />
        <location filename="../dialogs/settings.py" line="23" />
        <source>Same as the system</source>
        <translation>Same as the system</translation>
    </message>
    <message>
        <location filename="../dialogs/settings.py" line="21" />
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../dialogs/settings.py" line="24" />
        <source>Light</source>
        <translation>Light</translation>
    </message>
    <message>
        <location filename="../dialogs/settings.py" line="25" />
        <source>Dark</source>
        <translation>Dark</translation>
    </message>
    <message>
        <location filename="../dialogs/settings.py" line="27" />
        <source>Appearance</source>
        <translation>Appearance</translation>
    </message>
    <message>
        <location filename="../dialogs/settings.py" line="28" />
        <source>Settings file: {0}</source>
        <translation>Settings file: {0}</translation>
    </message>
</context>
<context>
    <name>StatsWidget</name>
    <message>
        <location filename="../widgets/stats.py" line="38" />
        <source>Success rate</source>
        <translation>Success rate</translation>
    </message>
    <message>
        <location filename="../widgets/stats.py" line="39" />
        <source>Total size</source>
        <translation>Total size</translation>
    </message>
    <message>
        <location filename="../widgets/stats.py" line="40" />
        <source>Mean duration</source>
        <translation>Mean duration</translation>
    </message>
    <message>
        <location filename="../widgets/stats.py" line="41" />
        <source>Last 7 days</source>
        <translation>Last 7 days</translation>
    </message>
    <message>
        <location filename="../widgets/stats.py" line="46" />
        <source>By type:</source>
        <translation>By type:</translation>
    </message>
    <message>
        <location filename="../widgets/stats.py" line="61" />
        <source>{0} completed, {1} failed</source>
        <translation>{0} completed, {1} failed</translation>
    </message>
    <message>
        <location filename="../widgets/stats.py" line="63" />
        <source>{0} backups in total</source>
        <translation>{0} backups in total</translation>
    </message>
    <message>
        <location filename="../widgets/stats.py" line="65" />
        <source>of successful backups</source>
        <translation>of successful backups</translation>
    </message>
    <message>
        <location filename="../widgets/stats.py" line="68" />
        <source>none the 7 days before</source>
        <translation>none the 7 days before</translation>
    </message>
    <message>
        <location filename="../widgets/stats.py" line="70" />
        <source>▲ {0} vs previous 7 days ({1})</source>
        <translation>▲ {0} vs previous 7 days ({1})</translation>
    </message>
    <message>
        <location filename="../widgets/stats.py" line="74" />
        <source>▼ {0} vs previous 7 days ({1})</source>
        <translation>▼ {0} vs previous 7 days ({1})</translation>
    </message>
    <message>
        <location filename="../widgets/stats.py" line="80" />
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
</context>
<context>
    <name>Toast</name>
    <message>
        <location filename="../widgets/toasts.py" line="39" />
        <source>Dismiss</source>
        <translation>Dismiss</translation>
    </message>
</context>
<context>
    <name>InAppScheduler</name>
    <message>
        <location filename="../controllers/in_app_scheduler.py" line="49" />
        <source>Scheduled backups</source>
        <translation>Scheduled backups</translation>
    </message>
    <message>
        <location filename="../controllers/in_app_scheduler.py" line="58" />
        <source>Scheduled backup of “{0}” failed: {1}</source>
        <translation>Scheduled backup of “{0}” failed: {1}</translation>
    </message>
    <message>
        <location filename="../controllers/in_app_scheduler.py" line="61" />
        <source>Scheduled backup of “{0}” completed.</source>
        <translation>Scheduled backup of “{0}” completed.</translation>
    </message>
</context>
<context>
    <name>RetentionFields</name>
    <message>
        <location filename="../widgets/schedule_fields.py" line="73" />
        <source> newest good archives, whatever their age</source>
        <translation> newest good archives, whatever their age</translation>
    </message>
    <message>
        <location filename="../widgets/schedule_fields.py" line="78" />
        <source>daily</source>
        <translation>daily</translation>
    </message>
    <message>
        <location filename="../widgets/schedule_fields.py" line="78" />
        <source>weekly</source>
        <translation>weekly</translation>
    </message>
    <message>
        <location filename="../widgets/schedule_fields.py" line="78" />
        <source>monthly</source>
        <translation>monthly</translation>
    </message>
    <message>
        <location filename="../widgets/schedule_fields.py" line="81" />
        <source>no {0}</source>
        <translation>no {0}</translation>
    </message>
    <message>
        <location filename="../widgets/schedule_fields.py" line="83" />
        <source>Grandfather-father-son: also keep the newest archive of each of the last N days / weeks / months.</source>
        <translation>Grandfather-father-son: also keep the newest archive of each of the last N days / weeks / months.</translation>
    </message>
    <message>
        <location filename="../widgets/schedule_fields.py" line="109" />
        <source>Nothing to delete yet: this configuration has no backup.</source>
        <translation>Nothing to delete yet: this configuration has no backup.</translation>
    </message>
    <message>
        <location filename="../widgets/schedule_fields.py" line="119" />
        <source>Retention is on hold: the newest backup is empty (suspicious).</source>
        <translation>Retention is on hold: the newest backup is empty (suspicious).</translation>
    </message>
    <message>
        <location filename="../widgets/schedule_fields.py" line="121" />
        <source>With these settings, no backup would be deleted now.</source>
        <translation>With these settings, no backup would be deleted now.</translation>
    </message>
    <message>
        <location filename="../widgets/schedule_fields.py" line="124" />
        <source>With these settings, {0} backup(s) ({1}) would be deleted now, the oldest from {2}.</source>
        <translation>With these settings, {0} backup(s) ({1}) would be deleted now, the oldest from {2}.</translation>
    </message>
</context>
<context>
    <name>ScheduleFields</name>
    <message>
        <location filename="../widgets/schedule_fields.py" line="24" />
        <source>at</source>
        <translation>at</translation>
    </message>
    <message>
        <location filename="../widgets/schedule_fields.py" line="27" />
        <source>on</source>
        <translation>on</translation>
    </message>
    <message>
        <location filename="../widgets/schedule_fields.py" line="29" />
        <source>Monday</source>
        <translation>Monday</translation>
    </message>
    <message>
        <location filename="../widgets/schedule_fields.py" line="29" />
        <source>Tuesday</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <location filename="../widgets/schedule_fields.py" line="29" />
        <source>Wednesday</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <location filename="../widgets/schedule_fields.py" line="29" />
        <source>Thursday</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <location filename="../widgets/schedule_fields.py" line="30" />
        <source>Friday</source>
        <translation>Friday</translation>
    </message>
    <message>
        <location filename="../widgets/schedule_fields.py" line="30" />
        <source>Saturday</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <location filename="../widgets/schedule_fields.py" line="30" />
        <source>Sunday</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <location filename="../widgets/schedule_fields.py" line="34" />
        <source>day </source>
        <translation>day </translation>
    </message>
    <message>
        <location filename="../widgets/schedule_fields.py" line="35" />
        <source>Past the month's end, the run happens on its last day.</source>
        <translation>Past the month's end, the run happens on its last day.</translation>
    </message>
</context>
<context>
    <name>SchedulesDialog</name>
    <message>
        <location filename="../dialogs/schedules.py" line="45" />
        <source>Schedules and notifications</source>
        <translation>Schedules and notifications</translation>
    </message>
    <message>
        <location filename="../dialogs/schedules.py" line="63" />
        <source>When the window is closed</source>
        <translation>When the window is closed</translation>
    </message>
    <message>
        <location filename="../dialogs/schedules.py" line="69" />
        <source>Run backups with the window closed</source>
        <translation>Run backups with the window closed</translation>
    </message>
    <message>
        <location filename="../dialogs/schedules.py" line="71" />
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <location filename="../dialogs/schedules.py" line="80" />
        <source>While the app runs</source>
        <translation>While the app runs</translation>
    </message>
    <message>
        <location filename="../dialogs/schedules.py" line="82" />
        <source>Pause all schedules</source>
        <translation>Pause all schedules</translation>
    </message>
    <message>
        <location filename="../dialogs/schedules.py" line="84" />
        <source>Closing the window keeps Backup Desk in the tray</source>
        <translation>Closing the window keeps Backup Desk in the tray</translation>
    </message>
    <message>
        <location filename="../dialogs/schedules.py" line="91" />
        <source>Send test</source>
        <translation>Send test</translation>
    </message>
    <message>
        <location filename="../dialogs/schedules.py" line="97" />
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <location filename="../dialogs/schedules.py" line="100" />
        <source>Failures</source>
        <translation>Failures</translation>
    </message>
    <message>
        <location filename="../dialogs/schedules.py" line="101" />
        <source>Overdue configurations</source>
        <translation>Overdue configurations</translation>
    </message>
    <message>
        <location filename="../dialogs/schedules.py" line="102" />
        <source>Successes</source>
        <translation>Successes</translation>
    </message>
    <message>
        <location filename="../dialogs/schedules.py" line="107" />
        <source>Tell me about</source>
        <translation>Tell me about</translation>
    </message>
    <message>
        <location filename="../dialogs/schedules.py" line="109" />
        <source>Desktop notification</source>
        <translation>Desktop notification</translation>
    </message>
    <message>
        <location filename="../dialogs/schedules.py" line="115" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../dialogs/schedules.py" line="127" />
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <location filename="../dialogs/schedules.py" line="127" />
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <location filename="../dialogs/schedules.py" line="128" />
        <source>None (trusted local relay)</source>
        <translation>None (trusted local relay)</translation>
    </message>
    <message>
        <location filename="../dialogs/schedules.py" line="135" />
        <source>SMTP server</source>
        <translation>SMTP server</translation>
    </message>
    <message>
        <location filename="../dialogs/schedules.py" line="137" />
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../dialogs/schedules.py" line="140" />
        <source>Kept in the system keyring; leave empty to keep it</source>
        <translation>Kept in the system keyring; leave empty to keep it</translation>
    </message>
    <message>
        <location filename="../dialogs/schedules.py" line="141" />
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../dialogs/schedules.py" line="143" />
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../dialogs/schedules.py" line="145" />
        <source>one or more addresses, separated by commas</source>
        <translation>one or more addresses, separated by commas</translation>
    </message>
    <message>
        <location filename="../dialogs/schedules.py" line="146" />
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../dialogs/schedules.py" line="148" />
        <source>optional: the server's own certificate (PEM)</source>
        <translation>optional: the server's own certificate (PEM)</translation>
    </message>
    <message>
        <location filename="../dialogs/schedules.py" line="149" />
        <source>Trust certificate</source>
        <translation>Trust certificate</translation>
    </message>
    <message>
        <location filename="../dialogs/schedules.py" line="155" />
        <source>Webhook (JSON POST)</source>
        <translation>Webhook (JSON POST)</translation>
    </message>
    <message>
        <location filename="../dialogs/schedules.py" line="162" />
        <source>Quick backups and archives of deleted configurations</source>
        <translation>Quick backups and archives of deleted configurations</translation>
    </message>
    <message>
        <location filename="../dialogs/schedules.py" line="166" />
        <source>forever</source>
        <translation>forever</translation>
    </message>
    <message>
        <location filename="../dialogs/schedules.py" line="167" />
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <location filename="../dialogs/schedules.py" line="169" />
        <source>Keep them</source>
        <translation>Keep them</translation>
    </message>
    <message>
        <location filename="../dialogs/schedules.py" line="173" />
        <source>Always keep the newest</source>
        <translation>Always keep the newest</translation>
    </message>
    <message>
        <location filename="../dialogs/schedules.py" line="179" />
        <source>Backups run when the window is closed ({0}).</source>
        <translation>Backups run when the window is closed ({0}).</translation>
    </message>
    <message>
        <location filename="../dialogs/schedules.py" line="181" />
        <source>Backups do NOT run when the window is closed yet: {0}</source>
        <translation>Backups do NOT run when the window is closed yet: {0}</translation>
    </message>
    <message>
        <location filename="../dialogs/schedules.py" line="183" />
        <source>Backups run only while Backup Desk is open (the window or the tray).</source>
        <translation>Backups run only while Backup Desk is open (the window or the tray).</translation>
    </message>
    <message>
        <location filename="../dialogs/schedules.py" line="211" />
        <source>Sending…</source>
        <translation>Sending…</translation>
    </message>
    <message>
        <location filename="../dialogs/schedules.py" line="219" />
        <source>Test sent ({0}).</source>
        <translation>Test sent ({0}).</translation>
    </message>
    <message>
        <location filename="../dialogs/schedules.py" line="221" />
        <source>Not sent: {0}</source>
        <translation>Not sent: {0}</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <location filename="../background.py" line="45" />
        <source>Backup Desk</source>
        <translation>Backup Desk</translation>
    </message>
    <message>
        <location filename="../background.py" line="46" />
        <source>Still running in the tray: scheduled backups go on.</source>
        <translation>Still running in the tray: scheduled backups go on.</translation>
    </message>
    <message>
        <location filename="../tray.py" line="50" />
        <source>Open Backup Desk</source>
        <translation>Open Backup Desk</translation>
    </message>
    <message>
        <location filename="../tray.py" line="52" />
        <source>Back up now</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <location filename="../tray.py" line="53" />
        <source>Pause schedules</source>
        <translation>Pause schedules</translation>
    </message>
    <message>
        <location filename="../tray.py" line="56" />
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../tray.py" line="138" />
        <source>{0} job(s) running</source>
        <translation>{0} job(s) running</translation>
    </message>
    <message>
        <location filename="../tray.py" line="140" />
        <source>Last run failed: {0}</source>
        <translation>Last run failed: {0}</translation>
    </message>
    <message>
        <location filename="../tray.py" line="142" />
        <source>Overdue: {0}</source>
        <translation>Overdue: {0}</translation>
    </message>
    <message>
        <location filename="../tray.py" line="144" />
        <source>Schedules are paused</source>
        <translation>Schedules are paused</translation>
    </message>
    <message>
        <location filename="../tray.py" line="146" />
        <source>Next run: {0}, {1}</source>
        <translation>Next run: {0}, {1}</translation>
    </message>
</context>
<context>
    <name>ConnectionFieldsWidget</name>
    <message>
        <location filename="../widgets/connection_fields.py" line="50" />
        <source>SQLite file</source>
        <translation>SQLite file</translation>
    </message>
    <message>
        <location filename="../widgets/connection_fields.py" line="51" />
        <source>PostgreSQL server</source>
        <translation>PostgreSQL server</translation>
    </message>
    <message>
        <location filename="../widgets/connection_fields.py" line="52" />
        <source>MariaDB / MySQL server</source>
        <translation>MariaDB / MySQL server</translation>
    </message>
    <message>
        <location filename="../widgets/connection_fields.py" line="53" />
        <source>Advanced: database URL</source>
        <translation>Advanced: database URL</translation>
    </message>
    <message>
        <location filename="../widgets/connection_fields.py" line="61" />
        <source>Test connection</source>
        <translation>Test connection</translation>
    </message>
    <message>
        <location filename="../widgets/connection_fields.py" line="81" />
        <source>Choose the database file…</source>
        <translation>Choose the database file…</translation>
    </message>
    <message>
        <location filename="../widgets/connection_fields.py" line="82" />
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../widgets/connection_fields.py" line="99" />
        <source>Kept in the system keyring, never in the catalog.</source>
        <translation>Kept in the system keyring, never in the catalog.</translation>
    </message>
    <message>
        <location filename="../widgets/connection_fields.py" line="102" />
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../widgets/connection_fields.py" line="103" />
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../widgets/connection_fields.py" line="104" />
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <location filename="../widgets/connection_fields.py" line="105" />
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../widgets/connection_fields.py" line="106" />
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../widgets/connection_fields.py" line="146" />
        <source>Unchanged (stored in the keyring)</source>
        <translation>Unchanged (stored in the keyring)</translation>
    </message>
    <message>
        <location filename="../widgets/connection_fields.py" line="159" />
        <source>Choose the database file.</source>
        <translation>Choose the database file.</translation>
    </message>
    <message>
        <location filename="../widgets/connection_fields.py" line="160" />
        <source>Give the database address.</source>
        <translation>Give the database address.</translation>
    </message>
    <message>
        <location filename="../widgets/connection_fields.py" line="161" />
        <source>This is not a database address (e.g. sqlite:////home/me/app.db).</source>
        <translation>This is not a database address (e.g. sqlite:////home/me/app.db).</translation>
    </message>
    <message>
        <location filename="../widgets/connection_fields.py" line="162" />
        <source>Fill in the server.</source>
        <translation>Fill in the server.</translation>
    </message>
    <message>
        <location filename="../widgets/connection_fields.py" line="163" />
        <source>Fill in the database name.</source>
        <translation>Fill in the database name.</translation>
    </message>
    <message>
        <location filename="../widgets/connection_fields.py" line="164" />
        <source>Fill in the user name.</source>
        <translation>Fill in the user name.</translation>
    </message>
    <message>
        <location filename="../widgets/connection_fields.py" line="193" />
        <source>Choose the SQLite database</source>
        <translation>Choose the SQLite database</translation>
    </message>
    <message>
        <location filename="../widgets/connection_fields.py" line="194" />
        <source>SQLite databases (*.sqlite *.sqlite3 *.db *.db3);;All files (*)</source>
        <translation>SQLite databases (*.sqlite *.sqlite3 *.db *.db3);;All files (*)</translation>
    </message>
    <message>
        <location filename="../widgets/connection_fields.py" line="197" />
        <source>New SQLite database</source>
        <translation>New SQLite database</translation>
    </message>
    <message>
        <location filename="../widgets/connection_fields.py" line="198" />
        <source>SQLite databases (*.sqlite *.sqlite3 *.db *.db3)</source>
        <translation>SQLite databases (*.sqlite *.sqlite3 *.db *.db3)</translation>
    </message>
</context>
<context>
    <name>ConnectionTester</name>
    <message>
        <location filename="../widgets/connection_fields.py" line="229" />
        <source>Connecting…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <location filename="../widgets/connection_fields.py" line="234" />
        <source>Connected.</source>
        <translation>Connected.</translation>
    </message>
</context>
<context>
    <name>DestinationPage</name>
    <message>
        <location filename="../first_run/wizard.py" line="168" />
        <location filename="../first_run/wizard.py" line="185" />
        <source>Where to keep the backups</source>
        <translation>Where to keep the backups</translation>
    </message>
    <message>
        <location filename="../first_run/wizard.py" line="170" />
        <source>Backups will be saved in this folder on this computer:</source>
        <translation>Backups will be saved in this folder on this computer:</translation>
    </message>
    <message>
        <location filename="../first_run/wizard.py" line="175" />
        <source>For protection against a broken disk, choose a folder on another disk or a network share.</source>
        <translation>For protection against a broken disk, choose a folder on another disk or a network share.</translation>
    </message>
    <message>
        <location filename="../first_run/wizard.py" line="177" />
        <source>Choose another folder…</source>
        <translation>Choose another folder…</translation>
    </message>
</context>
<context>
    <name>FirstBackupPage</name>
    <message>
        <location filename="../first_run/wizard.py" line="304" />
        <source>First backup</source>
        <translation>First backup</translation>
    </message>
    <message>
        <location filename="../first_run/wizard.py" line="312" />
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message numerus="yes">
        <location filename="../first_run/wizard.py" line="342" />
        <source>%n table(s)</source>
        <translation>
            <numerusform>%n table</numerusform>
            <numerusform>%n tables</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../first_run/wizard.py" line="343" />
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../first_run/wizard.py" line="344" />
        <source>Your first backup is done and verified: it can be restored.</source>
        <translation>Your first backup is done and verified: it can be restored.</translation>
    </message>
    <message>
        <location filename="../first_run/wizard.py" line="348" />
        <source>The first backup did not succeed: {0}</source>
        <translation>The first backup did not succeed: {0}</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../first_run/wizard.py" line="376" />
        <source>Set up a backup</source>
        <translation>Set up a backup</translation>
    </message>
</context>
<context>
    <name>GuideController</name>
    <message>
        <location filename="../first_run/controller.py" line="46" />
        <source>Saving the configuration…</source>
        <translation>Saving the configuration…</translation>
    </message>
    <message>
        <location filename="../first_run/controller.py" line="59" />
        <source>Backing up, then checking the backup…</source>
        <translation>Backing up, then checking the backup…</translation>
    </message>
    <message>
        <location filename="../first_run/controller.py" line="65" />
        <source>First backup of “{0}”</source>
        <translation>First backup of “{0}”</translation>
    </message>
    <message>
        <location filename="../first_run/controller.py" line="66" />
        <source>A backup of “{0}” is already running.</source>
        <translation>A backup of “{0}” is already running.</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../dialogs/passphrase_prompt.py" line="14" />
        <source>Passphrase needed</source>
        <translation>Passphrase needed</translation>
    </message>
    <message>
        <location filename="../dialogs/passphrase_prompt.py" line="17" />
        <source>That passphrase does not open “{0}”. Type it again:</source>
        <translation>That passphrase does not open “{0}”. Type it again:</translation>
    </message>
    <message>
        <location filename="../dialogs/passphrase_prompt.py" line="18" />
        <source>“{0}” is encrypted. Type its passphrase:</source>
        <translation>“{0}” is encrypted. Type its passphrase:</translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <location filename="../first_run/wizard.py" line="197" />
        <source>Lock the backups with a passphrase</source>
        <translation>Lock the backups with a passphrase</translation>
    </message>
    <message>
        <location filename="../first_run/wizard.py" line="199" />
        <source>Encrypt the backups (recommended)</source>
        <translation>Encrypt the backups (recommended)</translation>
    </message>
    <message>
        <location filename="../first_run/wizard.py" line="207" />
        <source>Type it again</source>
        <translation>Type it again</translation>
    </message>
    <message>
        <location filename="../first_run/wizard.py" line="208" />
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../first_run/wizard.py" line="209" />
        <source>Confirm</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <location filename="../first_run/wizard.py" line="220" />
        <source>Strength</source>
        <translation>Strength</translation>
    </message>
    <message>
        <location filename="../first_run/wizard.py" line="223" />
        <source>Write it down and keep it somewhere safe. Without it nobody, not even us, can open these backups. It is kept in this computer's keyring so scheduled backups can run.</source>
        <translation>Write it down and keep it somewhere safe. Without it nobody, not even us, can open these backups. It is kept in this computer's keyring so scheduled backups can run.</translation>
    </message>
    <message>
        <location filename="../first_run/wizard.py" line="228" />
        <source>I have written it down</source>
        <translation>I have written it down</translation>
    </message>
    <message>
        <location filename="../first_run/wizard.py" line="243" />
        <source>Use at least 8 characters; a few unrelated words are best.</source>
        <translation>Use at least 8 characters; a few unrelated words are best.</translation>
    </message>
    <message>
        <location filename="../first_run/wizard.py" line="245" />
        <source>Type the same passphrase in both fields.</source>
        <translation>Type the same passphrase in both fields.</translation>
    </message>
    <message>
        <location filename="../first_run/wizard.py" line="247" />
        <source>Tick “I have written it down” once you have.</source>
        <translation>Tick “I have written it down” once you have.</translation>
    </message>
</context>
<context>
    <name>SchedulePage</name>
    <message>
        <location filename="../first_run/wizard.py" line="270" />
        <source>How often</source>
        <translation>How often</translation>
    </message>
    <message>
        <location filename="../first_run/wizard.py" line="274" />
        <source>Every day (recommended)</source>
        <translation>Every day (recommended)</translation>
    </message>
    <message>
        <location filename="../first_run/wizard.py" line="274" />
        <source>Every week</source>
        <translation>Every week</translation>
    </message>
    <message>
        <location filename="../first_run/wizard.py" line="274" />
        <source>Every month</source>
        <translation>Every month</translation>
    </message>
    <message>
        <location filename="../first_run/wizard.py" line="275" />
        <source>Only when I ask</source>
        <translation>Only when I ask</translation>
    </message>
    <message>
        <location filename="../first_run/wizard.py" line="283" />
        <source>My backup</source>
        <translation>My backup</translation>
    </message>
    <message>
        <location filename="../first_run/wizard.py" line="284" />
        <source>Name of this backup</source>
        <translation>Name of this backup</translation>
    </message>
    <message>
        <location filename="../first_run/wizard.py" line="287" />
        <source>Backups older than 30 days are removed; this can be changed later.</source>
        <translation>Backups older than 30 days are removed; this can be changed later.</translation>
    </message>
</context>
<context>
    <name>SourcePage</name>
    <message>
        <location filename="../first_run/wizard.py" line="71" />
        <source>What to protect</source>
        <translation>What to protect</translation>
    </message>
    <message>
        <location filename="../first_run/wizard.py" line="72" />
        <source>A database, folders, or both.</source>
        <translation>A database, folders, or both.</translation>
    </message>
    <message>
        <location filename="../first_run/wizard.py" line="74" />
        <source>A database</source>
        <translation>A database</translation>
    </message>
    <message>
        <location filename="../first_run/wizard.py" line="80" />
        <source>Folders</source>
        <translation>Folders</translation>
    </message>
    <message>
        <location filename="../first_run/wizard.py" line="87" />
        <source>Add a folder…</source>
        <translation>Add a folder…</translation>
    </message>
    <message>
        <location filename="../first_run/wizard.py" line="88" />
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../first_run/wizard.py" line="119" />
        <source>Choose a folder to protect</source>
        <translation>Choose a folder to protect</translation>
    </message>
    <message>
        <location filename="../first_run/wizard.py" line="142" />
        <source>Choose a database or add a folder.</source>
        <translation>Choose a database or add a folder.</translation>
    </message>
    <message>
        <location filename="../first_run/wizard.py" line="144" />
        <source>Add a folder, or untick “Folders”.</source>
        <translation>Add a folder, or untick “Folders”.</translation>
    </message>
    <message>
        <location filename="../first_run/wizard.py" line="150" />
        <source>Checking the database…</source>
        <translation>Checking the database…</translation>
    </message>
    <message>
        <location filename="../first_run/wizard.py" line="151" />
        <source>Press “Test connection” to check the database.</source>
        <translation>Press “Test connection” to check the database.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../first_run/wizard.py" line="47" />
        <source>Welcome to Backup Desk</source>
        <translation>Welcome to Backup Desk</translation>
    </message>
    <message>
        <location filename="../first_run/wizard.py" line="50" />
        <source>In five short steps you choose what to protect, where to keep the backups and how often. Then a first backup runs and is checked, so you know it can be restored.</source>
        <translation>In five short steps you choose what to protect, where to keep the backups and how often. Then a first backup runs and is checked, so you know it can be restored.</translation>
    </message>
    <message>
        <location filename="../first_run/wizard.py" line="55" />
        <source>Try the demonstration instead</source>
        <translation>Try the demonstration instead</translation>
    </message>
    <message>
        <location filename="../first_run/wizard.py" line="57" />
        <source>Creates sample configurations over a small generated database and folder</source>
        <translation>Creates sample configurations over a small generated database and folder</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source> and {0} more</source>
        <translation> and {0} more</translation>
    </message>
    <message>
        <source>--ask-password needs a terminal to ask for the password of {0}.</source>
        <translation>--ask-password needs a terminal to ask for the password of {0}.</translation>
    </message>
    <message>
        <source>--count must be between 1 and {0} (got {1}).</source>
        <translation>--count must be between 1 and {0} (got {1}).</translation>
    </message>
    <message>
        <source>--from is after --to.</source>
        <translation>--from is after --to.</translation>
    </message>
    <message>
        <source>--hours must be between 0 and 8760 (got {0:g}).</source>
        <translation>--hours must be between 0 and 8760 (got {0:g}).</translation>
    </message>
    <message>
        <source>--page must be 1 or more.</source>
        <translation>--page must be 1 or more.</translation>
    </message>
    <message>
        <source>--page-size {0} is out of range.</source>
        <translation>--page-size {0} is out of range.</translation>
    </message>
    <message>
        <source>A backup of “{0}” is already {1} (backup {2}).</source>
        <translation>A backup of “{0}” is already {1} (backup {2}).</translation>
    </message>
    <message>
        <source>A configuration named “{0}” already exists.</source>
        <translation>A configuration named “{0}” already exists.</translation>
    </message>
    <message>
        <source>A data backup restores into an existing schema: restore a full backup first.</source>
        <translation>A data backup restores into an existing schema: restore a full backup first.</translation>
    </message>
    <message>
        <source>A data backup restores into an existing schema: restore a full or metadata backup first.</source>
        <translation>A data backup restores into an existing schema: restore a full or metadata backup first.</translation>
    </message>
    <message>
        <source>A metadata or data backup needs a source database.</source>
        <translation>A metadata or data backup needs a source database.</translation>
    </message>
    <message>
        <source>A name is required.</source>
        <translation>A name is required.</translation>
    </message>
    <message>
        <source>A row of table {0} is too long for the server to send within its max_allowed_packet.</source>
        <translation>A row of table {0} is too long for the server to send within its max_allowed_packet.</translation>
    </message>
    <message>
        <source>A value of table {0} cannot be carried into another engine: {1}.</source>
        <translation>A value of table {0} cannot be carried into another engine: {1}.</translation>
    </message>
    <message>
        <source>Add --encrypt to turn encryption on with a new passphrase.</source>
        <translation>Add --encrypt to turn encryption on with a new passphrase.</translation>
    </message>
    <message>
        <source>Add --last-good-too to delete it from a script anyway.</source>
        <translation>Add --last-good-too to delete it from a script anyway.</translation>
    </message>
    <message>
        <source>Add --replace to confirm (a safety backup is made first), or choose --to-url / --to-folder, or preview with --dry-run.</source>
        <translation>Add --replace to confirm (a safety backup is made first), or choose --to-url / --to-folder, or preview with --dry-run.</translation>
    </message>
    <message>
        <source>Add --replace to write over it, or choose an empty target; --dry-run shows what would be written.</source>
        <translation>Add --replace to write over it, or choose an empty target; --dry-run shows what would be written.</translation>
    </message>
    <message>
        <source>Add --yes to confirm from a script.</source>
        <translation>Add --yes to confirm from a script.</translation>
    </message>
    <message>
        <source>Add at least one folder, or turn off “include files”.</source>
        <translation>Add at least one folder, or turn off “include files”.</translation>
    </message>
    <message>
        <source>Add the database name to the URL: …/dbname.</source>
        <translation>Add the database name to the URL: …/dbname.</translation>
    </message>
    <message>
        <source>Add those tables to the restore, or agree to restore anyway (--allow-dependents).</source>
        <translation>Add those tables to the restore, or agree to restore anyway (--allow-dependents).</translation>
    </message>
    <message>
        <source>An empty list was given.</source>
        <translation>An empty list was given.</translation>
    </message>
    <message>
        <source>An empty passphrase cannot protect an archive.</source>
        <translation>An empty passphrase cannot protect an archive.</translation>
    </message>
    <message>
        <source>Archives cannot be written to {0} ({1}).</source>
        <translation>Archives cannot be written to {0} ({1}).</translation>
    </message>
    <message>
        <source>Backup #{0} is the last good backup of {1!r}.</source>
        <translation>Backup #{0} is the last good backup of {1!r}.</translation>
    </message>
    <message>
        <source>Backup Desk cannot back these up faithfully yet; convert or drop them, or back up with mariadb-dump.</source>
        <translation>Backup Desk cannot back these up faithfully yet; convert or drop them, or back up with mariadb-dump.</translation>
    </message>
    <message>
        <source>Backup ids are numbers; run `backup-desk list` to see them.</source>
        <translation>Backup ids are numbers; run `backup-desk list` to see them.</translation>
    </message>
    <message>
        <source>Backup {0} has no archive (status: {1}).</source>
        <translation>Backup {0} has no archive (status: {1}).</translation>
    </message>
    <message>
        <source>Backup {0} is still {1}.</source>
        <translation>Backup {0} is still {1}.</translation>
    </message>
    <message>
        <source>Between 0 (off) and 1000.</source>
        <translation>Between 0 (off) and 1000.</translation>
    </message>
    <message>
        <source>Cancel it or wait for it to finish, then delete it.</source>
        <translation>Cancel it or wait for it to finish, then delete it.</translation>
    </message>
    <message>
        <source>Cancelled by the user.</source>
        <translation>Cancelled by the user.</translation>
    </message>
    <message>
        <source>Cannot connect to the database {0}: {1}</source>
        <translation>Cannot connect to the database {0}: {1}</translation>
    </message>
    <message>
        <source>Cannot connect to the source database: {0}</source>
        <translation>Cannot connect to the source database: {0}</translation>
    </message>
    <message>
        <source>Cannot reach the webhook ({0}).</source>
        <translation>Cannot reach the webhook ({0}).</translation>
    </message>
    <message>
        <source>Cannot read the {0} file {1}: {2}.</source>
        <translation>Cannot read the {0} file {1}: {2}.</translation>
    </message>
    <message>
        <source>Cannot send e-mail through {0}:{1} ({2}).</source>
        <translation>Cannot send e-mail through {0}:{1} ({2}).</translation>
    </message>
    <message>
        <source>Cannot store the {0} in the keyring ({1}).</source>
        <translation>Cannot store the {0} in the keyring ({1}).</translation>
    </message>
    <message>
        <source>Cannot store the {0}: no keyring is available.</source>
        <translation>Cannot store the {0}: no keyring is available.</translation>
    </message>
    <message>
        <source>Change their type, or leave these tables out of the database the configuration backs up.</source>
        <translation>Change their type, or leave these tables out of the database the configuration backs up.</translation>
    </message>
    <message>
        <source>Check `crontab -l`; nothing was changed.</source>
        <translation>Check `crontab -l`; nothing was changed.</translation>
    </message>
    <message>
        <source>Check that the database is reachable and readable, then run the backup again.</source>
        <translation>Check that the database is reachable and readable, then run the backup again.</translation>
    </message>
    <message>
        <source>Check that the file is a SQLite database this account may read.</source>
        <translation>Check that the file is a SQLite database this account may read.</translation>
    </message>
    <message>
        <source>Check that the folder exists and that this account may read it, or remove it from the configuration.</source>
        <translation>Check that the folder exists and that this account may read it, or remove it from the configuration.</translation>
    </message>
    <message>
        <source>Check that the server is running and that the URL and password are right.</source>
        <translation>Check that the server is running and that the URL and password are right.</translation>
    </message>
    <message>
        <source>Check the address and the network.</source>
        <translation>Check the address and the network.</translation>
    </message>
    <message>
        <source>Check the address.</source>
        <translation>Check the address.</translation>
    </message>
    <message>
        <source>Check the passphrase (it is case-sensitive) and try again.</source>
        <translation>Check the passphrase (it is case-sensitive) and try again.</translation>
    </message>
    <message>
        <source>Check the path and its permissions.</source>
        <translation>Check the path and its permissions.</translation>
    </message>
    <message>
        <source>Check the path and try again.</source>
        <translation>Check the path and try again.</translation>
    </message>
    <message>
        <source>Check the path in the configuration's database URL.</source>
        <translation>Check the path in the configuration's database URL.</translation>
    </message>
    <message>
        <source>Check the path.</source>
        <translation>Check the path.</translation>
    </message>
    <message>
        <source>Check the security mode, the port (STARTTLS: 587, TLS: 465) and the certificate.</source>
        <translation>Check the security mode, the port (STARTTLS: 587, TLS: 465) and the certificate.</translation>
    </message>
    <message>
        <source>Check the server, port and security mode.</source>
        <translation>Check the server, port and security mode.</translation>
    </message>
    <message>
        <source>Check the user name and the password stored for it.</source>
        <translation>Check the user name and the password stored for it.</translation>
    </message>
    <message>
        <source>Choose 10, 25, 50 or 100.</source>
        <translation>Choose 10, 25, 50 or 100.</translation>
    </message>
    <message>
        <source>Choose a .zip or .bdarc file made by Backup Desk.</source>
        <translation>Choose a .zip or .bdarc file made by Backup Desk.</translation>
    </message>
    <message>
        <source>Choose a completed backup.</source>
        <translation>Choose a completed backup.</translation>
    </message>
    <message>
        <source>Choose a database, a destination folder, or both.</source>
        <translation>Choose a database, a destination folder, or both.</translation>
    </message>
    <message>
        <source>Choose a day of the week.</source>
        <translation>Choose a day of the week.</translation>
    </message>
    <message>
        <source>Choose a destination folder for the files.</source>
        <translation>Choose a destination folder for the files.</translation>
    </message>
    <message>
        <source>Choose a destination folder this account may write to.</source>
        <translation>Choose a destination folder this account may write to.</translation>
    </message>
    <message>
        <source>Choose a destination folder this account may write to; nothing was moved into place.</source>
        <translation>Choose a destination folder this account may write to; nothing was moved into place.</translation>
    </message>
    <message>
        <source>Choose a destination folder, or only the folders you want back.</source>
        <translation>Choose a destination folder, or only the folders you want back.</translation>
    </message>
    <message>
        <source>Choose a file name.</source>
        <translation>Choose a file name.</translation>
    </message>
    <message>
        <source>Choose a folder, not a file, in the configuration.</source>
        <translation>Choose a folder, not a file, in the configuration.</translation>
    </message>
    <message>
        <source>Choose a number in that range.</source>
        <translation>Choose a number in that range.</translation>
    </message>
    <message>
        <source>Choose a passphrase.</source>
        <translation>Choose a passphrase.</translation>
    </message>
    <message>
        <source>Choose a target database and/or a target folder.</source>
        <translation>Choose a target database and/or a target folder.</translation>
    </message>
    <message>
        <source>Choose an absolute folder for the archives.</source>
        <translation>Choose an absolute folder for the archives.</translation>
    </message>
    <message>
        <source>Choose an archive made by Backup Desk.</source>
        <translation>Choose an archive made by Backup Desk.</translation>
    </message>
    <message>
        <source>Choose an empty or new folder, or ask to replace what is there.</source>
        <translation>Choose an empty or new folder, or ask to replace what is there.</translation>
    </message>
    <message>
        <source>Choose another destination folder, or remove this folder from the configuration.</source>
        <translation>Choose another destination folder, or remove this folder from the configuration.</translation>
    </message>
    <message>
        <source>Choose another destination folder.</source>
        <translation>Choose another destination folder.</translation>
    </message>
    <message>
        <source>Choose another name or add --overwrite.</source>
        <translation>Choose another name or add --overwrite.</translation>
    </message>
    <message>
        <source>Choose another name, or confirm replacing it (--overwrite on the command line).</source>
        <translation>Choose another name, or confirm replacing it (--overwrite on the command line).</translation>
    </message>
    <message>
        <source>Choose another one.</source>
        <translation>Choose another one.</translation>
    </message>
    <message>
        <source>Choose another place.</source>
        <translation>Choose another place.</translation>
    </message>
    <message>
        <source>Choose another target file.</source>
        <translation>Choose another target file.</translation>
    </message>
    <message>
        <source>Choose between 1 and {0} rows per page.</source>
        <translation>Choose between 1 and {0} rows per page.</translation>
    </message>
    <message>
        <source>Choose full, metadata or data.</source>
        <translation>Choose full, metadata or data.</translation>
    </message>
    <message>
        <source>Choose manual, daily, weekly or monthly.</source>
        <translation>Choose manual, daily, weekly or monthly.</translation>
    </message>
    <message>
        <source>Choose zstd, deflate or store.</source>
        <translation>Choose zstd, deflate or store.</translation>
    </message>
    <message>
        <source>Chunk {0} of {1} (bytes {2}..{3}) failed its authentication check.</source>
        <translation>Chunk {0} of {1} (bytes {2}..{3}) failed its authentication check.</translation>
    </message>
    <message>
        <source>Close the programs that use it, then restore again. Nothing was changed.</source>
        <translation>Close the programs that use it, then restore again. Nothing was changed.</translation>
    </message>
    <message>
        <source>Columns of a type this release cannot back up faithfully: {0}.</source>
        <translation>Columns of a type this release cannot back up faithfully: {0}.</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Configuration {0} was just deleted.</source>
        <translation>Configuration {0} was just deleted.</translation>
    </message>
    <message>
        <source>Configuration “{0}” encrypts its archives and no passphrase is available.</source>
        <translation>Configuration “{0}” encrypts its archives and no passphrase is available.</translation>
    </message>
    <message>
        <source>Confirmation needed, and there is no terminal to ask it on.</source>
        <translation>Confirmation needed, and there is no terminal to ask it on.</translation>
    </message>
    <message>
        <source>Correct the address.</source>
        <translation>Correct the address.</translation>
    </message>
    <message>
        <source>Correct the fields and try again.</source>
        <translation>Correct the fields and try again.</translation>
    </message>
    <message>
        <source>Correct the options named above and run the command again.</source>
        <translation>Correct the options named above and run the command again.</translation>
    </message>
    <message>
        <source>Create it or choose another place.</source>
        <translation>Create it or choose another place.</translation>
    </message>
    <message>
        <source>Create the role(s) on the target server first, or restore without keeping owners and privileges.</source>
        <translation>Create the role(s) on the target server first, or restore without keeping owners and privileges.</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Daily</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Databases of type '{0}' are not supported.</source>
        <translation>Databases of type '{0}' are not supported.</translation>
    </message>
    <message>
        <source>E-mail is not set up.</source>
        <translation>E-mail is not set up.</translation>
    </message>
    <message>
        <source>Encryption needs a passphrase, and there is no terminal to ask it on.</source>
        <translation>Encryption needs a passphrase, and there is no terminal to ask it on.</translation>
    </message>
    <message>
        <source>Encryption needs a passphrase.</source>
        <translation>Encryption needs a passphrase.</translation>
    </message>
    <message>
        <source>Enter it, or set BACKUP_DESK_PASSPHRASE / use --passphrase-file.</source>
        <translation>Enter it, or set BACKUP_DESK_PASSPHRASE / use --passphrase-file.</translation>
    </message>
    <message>
        <source>Enter the passphrase that was in use when it was made{0}, or set BACKUP_DESK_PASSPHRASE / use --passphrase-file.</source>
        <translation>Enter the passphrase that was in use when it was made{0}, or set BACKUP_DESK_PASSPHRASE / use --passphrase-file.</translation>
    </message>
    <message>
        <source>Enter the passphrase that was set when the backup was made.</source>
        <translation>Enter the passphrase that was set when the backup was made.</translation>
    </message>
    <message>
        <source>Entry {0!r} cannot be opened ({1}).</source>
        <translation>Entry {0!r} cannot be opened ({1}).</translation>
    </message>
    <message>
        <source>Entry {0!r} does not match the manifest (size or CRC).</source>
        <translation>Entry {0!r} does not match the manifest (size or CRC).</translation>
    </message>
    <message>
        <source>Entry {0!r} is damaged ({1}).</source>
        <translation>Entry {0!r} is damaged ({1}).</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>File {0!r} does not match its SHA-256 in the manifest.</source>
        <translation>File {0!r} does not match its SHA-256 in the manifest.</translation>
    </message>
    <message>
        <source>Files cannot be written to {0} ({1}).</source>
        <translation>Files cannot be written to {0} ({1}).</translation>
    </message>
    <message>
        <source>Fill in the SMTP server and at least one recipient.</source>
        <translation>Fill in the SMTP server and at least one recipient.</translation>
    </message>
    <message>
        <source>Folders in this archive: {0}.</source>
        <translation>Folders in this archive: {0}.</translation>
    </message>
    <message>
        <source>Folders were chosen but no place to restore them to.</source>
        <translation>Folders were chosen but no place to restore them to.</translation>
    </message>
    <message>
        <source>Free some space or choose another destination folder.</source>
        <translation>Free some space or choose another destination folder.</translation>
    </message>
    <message>
        <source>Free some space or choose another destination folder; nothing was moved into place.</source>
        <translation>Free some space or choose another destination folder; nothing was moved into place.</translation>
    </message>
    <message>
        <source>Free some space or choose another destination folder; older archives were left untouched.</source>
        <translation>Free some space or choose another destination folder; older archives were left untouched.</translation>
    </message>
    <message>
        <source>Free some space or choose another folder.</source>
        <translation>Free some space or choose another folder.</translation>
    </message>
    <message>
        <source>Full</source>
        <translation>Full</translation>
    </message>
    <message>
        <source>Give a backup id or name from `backup-desk list`, or an archive's path.</source>
        <translation>Give a backup id or name from `backup-desk list`, or an archive's path.</translation>
    </message>
    <message>
        <source>Give a source database, or include folders.</source>
        <translation>Give a source database, or include folders.</translation>
    </message>
    <message>
        <source>Give a start day on or before the end day.</source>
        <translation>Give a start day on or before the end day.</translation>
    </message>
    <message>
        <source>Give it with --passphrase-file FILE or the BACKUP_DESK_PASSPHRASE environment variable.</source>
        <translation>Give it with --passphrase-file FILE or the BACKUP_DESK_PASSPHRASE environment variable.</translation>
    </message>
    <message>
        <source>Give the age, in hours, after which an unchecked operation counts as stuck.</source>
        <translation>Give the age, in hours, after which an unchecked operation counts as stuck.</translation>
    </message>
    <message>
        <source>Give the folder the archives were moved to.</source>
        <translation>Give the folder the archives were moved to.</translation>
    </message>
    <message>
        <source>Give the full URL, e.g. https://hc-ping.com/&lt;uuid&gt;.</source>
        <translation>Give the full URL, e.g. https://hc-ping.com/&lt;uuid&gt;.</translation>
    </message>
    <message>
        <source>Give the time as HH:MM, e.g. 02:30.</source>
        <translation>Give the time as HH:MM, e.g. 02:30.</translation>
    </message>
    <message>
        <source>Interrupted before the backup finished.</source>
        <translation>Interrupted before the backup finished.</translation>
    </message>
    <message>
        <source>Interrupted: the process stopped before the backup finished.</source>
        <translation>Interrupted: the process stopped before the backup finished.</translation>
    </message>
    <message>
        <source>Keep at least 1 archive (at most 1000).</source>
        <translation>Keep at least 1 archive (at most 1000).</translation>
    </message>
    <message>
        <source>List the archive's tables (names are schema-qualified, e.g. public.film) and choose among them.</source>
        <translation>List the archive's tables (names are schema-qualified, e.g. public.film) and choose among them.</translation>
    </message>
    <message>
        <source>List the archive's tables and choose among them.</source>
        <translation>List the archive's tables and choose among them.</translation>
    </message>
    <message>
        <source>List them with `backup-desk config list`.</source>
        <translation>List them with `backup-desk config list`.</translation>
    </message>
    <message>
        <source>List them with `backup-desk list`.</source>
        <translation>List them with `backup-desk list`.</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Manual</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>Metadata</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Monthly</translation>
    </message>
    <message>
        <source>Move it away to start with an empty catalog, or put back a copy saved beside it (catalog.sqlite3.before-upgrade-…). Archives stay restorable without it.</source>
        <translation>Move it away to start with an empty catalog, or put back a copy saved beside it (catalog.sqlite3.before-upgrade-…). Archives stay restorable without it.</translation>
    </message>
    <message>
        <source>MySQL/MariaDB cannot store NaN or infinite numbers.</source>
        <translation>MySQL/MariaDB cannot store NaN or infinite numbers.</translation>
    </message>
    <message>
        <source>Name at least one item, separated by commas.</source>
        <translation>Name at least one item, separated by commas.</translation>
    </message>
    <message>
        <source>No SQLite file is named in the URL.</source>
        <translation>No SQLite file is named in the URL.</translation>
    </message>
    <message>
        <source>No archive at {0}.</source>
        <translation>No archive at {0}.</translation>
    </message>
    <message>
        <source>No backup has the id {0}.</source>
        <translation>No backup has the id {0}.</translation>
    </message>
    <message>
        <source>No backup or archive “{0}”.</source>
        <translation>No backup or archive “{0}”.</translation>
    </message>
    <message>
        <source>No backup with id {0}.</source>
        <translation>No backup with id {0}.</translation>
    </message>
    <message>
        <source>No configuration has the id or name {0!r}.</source>
        <translation>No configuration has the id or name {0!r}.</translation>
    </message>
    <message>
        <source>No configuration with id {0}.</source>
        <translation>No configuration with id {0}.</translation>
    </message>
    <message>
        <source>No configuration {0!s}.</source>
        <translation>No configuration {0!s}.</translation>
    </message>
    <message>
        <source>No passphrase was set.</source>
        <translation>No passphrase was set.</translation>
    </message>
    <message>
        <source>No place was given to restore the folder {0}.</source>
        <translation>No place was given to restore the folder {0}.</translation>
    </message>
    <message>
        <source>No system keyring is available on this machine. Set BACKUP_DESK_PASSPHRASE or use --passphrase-file for passphrases, or start a keyring service (Secret Service, macOS Keychain, Windows Credential Locker).</source>
        <translation>No system keyring is available on this machine. Set BACKUP_DESK_PASSPHRASE or use --passphrase-file for passphrases, or start a keyring service (Secret Service, macOS Keychain, Windows Credential Locker).</translation>
    </message>
    <message>
        <source>Not enough free space in {0} for {1} MiB.</source>
        <translation>Not enough free space in {0} for {1} MiB.</translation>
    </message>
    <message>
        <source>Not enough free space in {0} to restore {1:.1f} MB of files.</source>
        <translation>Not enough free space in {0} to restore {1:.1f} MB of files.</translation>
    </message>
    <message>
        <source>Not enough free space in {0}: about {1} MiB are needed.</source>
        <translation>Not enough free space in {0}: about {1} MiB are needed.</translation>
    </message>
    <message>
        <source>Not enough free space to write the archive in {0}{1}.</source>
        <translation>Not enough free space to write the archive in {0}{1}.</translation>
    </message>
    <message>
        <source>Nothing to restore: no database target and no folder target were given.</source>
        <translation>Nothing to restore: no database target and no folder target were given.</translation>
    </message>
    <message>
        <source>Nothing was changed in the target database. Check the message, fix the target and try again.</source>
        <translation>Nothing was changed in the target database. Check the message, fix the target and try again.</translation>
    </message>
    <message>
        <source>Nothing was recorded as completed. The log {0} says more; try again.</source>
        <translation>Nothing was recorded as completed. The log {0} says more; try again.</translation>
    </message>
    <message>
        <source>Nothing was restored.</source>
        <translation>Nothing was restored.</translation>
    </message>
    <message>
        <source>Nothing was restored. Fix the problem, or restore to another place.</source>
        <translation>Nothing was restored. Fix the problem, or restore to another place.</translation>
    </message>
    <message>
        <source>Nothing was restored. The archive was not made by Backup Desk or was altered; do not use it.</source>
        <translation>Nothing was restored. The archive was not made by Backup Desk or was altered; do not use it.</translation>
    </message>
    <message>
        <source>Nothing was written. Check that Backup Desk is installed completely ({0}), then try again.</source>
        <translation>Nothing was written. Check that Backup Desk is installed completely ({0}), then try again.</translation>
    </message>
    <message>
        <source>Nothing was written. Remove or convert them, or back the database up with pg_dump.</source>
        <translation>Nothing was written. Remove or convert them, or back the database up with pg_dump.</translation>
    </message>
    <message>
        <source>Nothing was written; start it again when ready.</source>
        <translation>Nothing was written; start it again when ready.</translation>
    </message>
    <message>
        <source>Objects outside the restore set depend on the tables it would replace: {0}.</source>
        <translation>Objects outside the restore set depend on the tables it would replace: {0}.</translation>
    </message>
    <message>
        <source>Only completed backups can be saved.</source>
        <translation>Only completed backups can be saved.</translation>
    </message>
    <message>
        <source>Open it with a newer Backup Desk release.</source>
        <translation>Open it with a newer Backup Desk release.</translation>
    </message>
    <message>
        <source>Open it with any ZIP tool, or save a copy.</source>
        <translation>Open it with any ZIP tool, or save a copy.</translation>
    </message>
    <message>
        <source>Open it with the Backup Desk release that made it, or a newer one.</source>
        <translation>Open it with the Backup Desk release that made it, or a newer one.</translation>
    </message>
    <message>
        <source>Page size must be between 1 and {0}.</source>
        <translation>Page size must be between 1 and {0}.</translation>
    </message>
    <message>
        <source>Pages are numbered from 1.</source>
        <translation>Pages are numbered from 1.</translation>
    </message>
    <message>
        <source>Passphrases cannot be kept in a file here.</source>
        <translation>Passphrases cannot be kept in a file here.</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pending</translation>
    </message>
    <message>
        <source>PostgreSQL section layout {0} is not known to this release.</source>
        <translation>PostgreSQL section layout {0} is not known to this release.</translation>
    </message>
    <message>
        <source>Raise the server's max_allowed_packet (as mariadb-dump would need), then back up again.</source>
        <translation>Raise the server's max_allowed_packet (as mariadb-dump would need), then back up again.</translation>
    </message>
    <message>
        <source>Reading {0} from the database failed: {1}</source>
        <translation>Reading {0} from the database failed: {1}</translation>
    </message>
    <message>
        <source>Restore chosen tables instead, restore into a new file, or agree to replace the whole database (--allow-dependents).</source>
        <translation>Restore chosen tables instead, restore into a new file, or agree to replace the whole database (--allow-dependents).</translation>
    </message>
    <message>
        <source>Restore into a database with the schema the backup was taken from.</source>
        <translation>Restore into a database with the schema the backup was taken from.</translation>
    </message>
    <message>
        <source>Restore into an empty database, or ask to replace its tables (--replace).</source>
        <translation>Restore into an empty database, or ask to replace its tables (--replace).</translation>
    </message>
    <message>
        <source>Restore into an empty database, or ask to replace these objects (--replace).</source>
        <translation>Restore into an empty database, or ask to replace these objects (--replace).</translation>
    </message>
    <message>
        <source>Restore into an empty database, or ask to replace what is there.</source>
        <translation>Restore into an empty database, or ask to replace what is there.</translation>
    </message>
    <message>
        <source>Restore into an empty database, or ask to replace what it holds (--replace).</source>
        <translation>Restore into an empty database, or ask to replace what it holds (--replace).</translation>
    </message>
    <message>
        <source>Restore it with the release of Backup Desk that wrote it, or a newer one.</source>
        <translation>Restore it with the release of Backup Desk that wrote it, or a newer one.</translation>
    </message>
    <message>
        <source>Restore it with the release that wrote it.</source>
        <translation>Restore it with the release that wrote it.</translation>
    </message>
    <message>
        <source>Restore it without keeping owners and privileges, or restore a newer backup.</source>
        <translation>Restore it without keeping owners and privileges, or restore a newer backup.</translation>
    </message>
    <message>
        <source>Restore only its folders.</source>
        <translation>Restore only its folders.</translation>
    </message>
    <message>
        <source>Restore this archive into MariaDB or MySQL, or fix the value at the source.</source>
        <translation>Restore this archive into MariaDB or MySQL, or fix the value at the source.</translation>
    </message>
    <message>
        <source>Restore this archive into MariaDB or MySQL.</source>
        <translation>Restore this archive into MariaDB or MySQL.</translation>
    </message>
    <message>
        <source>Restore this archive into PostgreSQL or SQLite instead.</source>
        <translation>Restore this archive into PostgreSQL or SQLite instead.</translation>
    </message>
    <message>
        <source>Restore this backup into PostgreSQL, or change the value at the source.</source>
        <translation>Restore this backup into PostgreSQL, or change the value at the source.</translation>
    </message>
    <message>
        <source>Restoring over the original source replaces its current data.</source>
        <translation>Restoring over the original source replaces its current data.</translation>
    </message>
    <message>
        <source>Restoring {0} failed: {1}</source>
        <translation>Restoring {0} failed: {1}</translation>
    </message>
    <message>
        <source>Retention must be between {0} and {1} days.</source>
        <translation>Retention must be between {0} and {1} days.</translation>
    </message>
    <message>
        <source>Run `backup-desk config list` to see the configurations.</source>
        <translation>Run `backup-desk config list` to see the configurations.</translation>
    </message>
    <message>
        <source>Run `backup-desk create-default-configs` first (or create a configuration).</source>
        <translation>Run `backup-desk create-default-configs` first (or create a configuration).</translation>
    </message>
    <message>
        <source>Run `backup-desk list` to see the backups and their ids.</source>
        <translation>Run `backup-desk list` to see the backups and their ids.</translation>
    </message>
    <message>
        <source>Run `backup-desk rebuild-backup-paths` if it was moved.</source>
        <translation>Run `backup-desk rebuild-backup-paths` if it was moved.</translation>
    </message>
    <message>
        <source>Run the command again and type the same passphrase twice.</source>
        <translation>Run the command again and type the same passphrase twice.</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Running</translation>
    </message>
    <message>
        <source>Set a source database, or turn on 'include files' and choose folders.</source>
        <translation>Set a source database, or turn on 'include files' and choose folders.</translation>
    </message>
    <message>
        <source>Table {0!r} in the target has no column {1}.</source>
        <translation>Table {0!r} in the target has no column {1}.</translation>
    </message>
    <message>
        <source>Table {0} has geometry columns ({1}) that cannot be restored into another engine.</source>
        <translation>Table {0} has geometry columns ({1}) that cannot be restored into another engine.</translation>
    </message>
    <message>
        <source>Table {0} holds a value another engine cannot store: {1}.</source>
        <translation>Table {0} holds a value another engine cannot store: {1}.</translation>
    </message>
    <message>
        <source>The MySQL URL names no database.</source>
        <translation>The MySQL URL names no database.</translation>
    </message>
    <message>
        <source>The SMTP server refused the login ({0}).</source>
        <translation>The SMTP server refused the login ({0}).</translation>
    </message>
    <message>
        <source>The SQLite URL {0} names no database file.</source>
        <translation>The SQLite URL {0} names no database file.</translation>
    </message>
    <message>
        <source>The SQLite database {0} cannot be read: {1}.</source>
        <translation>The SQLite database {0} cannot be read: {1}.</translation>
    </message>
    <message>
        <source>The SQLite database {0} does not exist.</source>
        <translation>The SQLite database {0} does not exist.</translation>
    </message>
    <message>
        <source>The SQLite file {0} does not exist.</source>
        <translation>The SQLite file {0} does not exist.</translation>
    </message>
    <message>
        <source>The archive asks for key-derivation settings outside the safe limits: {0}.</source>
        <translation>The archive asks for key-derivation settings outside the safe limits: {0}.</translation>
    </message>
    <message>
        <source>The archive declares an unsupported chunk size (2^{0}).</source>
        <translation>The archive declares an unsupported chunk size (2^{0}).</translation>
    </message>
    <message>
        <source>The archive ends early or is damaged: its ZIP end record (central directory) is missing.</source>
        <translation>The archive ends early or is damaged: its ZIP end record (central directory) is missing.</translation>
    </message>
    <message>
        <source>The archive ends early: {0} complete chunk(s) found, the final chunk and end record are missing.</source>
        <translation>The archive ends early: {0} complete chunk(s) found, the final chunk and end record are missing.</translation>
    </message>
    <message>
        <source>The archive ends inside its encryption header ({0} of {1} bytes).</source>
        <translation>The archive ends inside its encryption header ({0} of {1} bytes).</translation>
    </message>
    <message>
        <source>The archive file was damaged or altered; use another copy.</source>
        <translation>The archive file was damaged or altered; use another copy.</translation>
    </message>
    <message>
        <source>The archive file was damaged or cut short; use another copy.</source>
        <translation>The archive file was damaged or cut short; use another copy.</translation>
    </message>
    <message>
        <source>The archive file was damaged, cut short or altered; use another copy.</source>
        <translation>The archive file was damaged, cut short or altered; use another copy.</translation>
    </message>
    <message>
        <source>The archive has no manifest.json.</source>
        <translation>The archive has no manifest.json.</translation>
    </message>
    <message>
        <source>The archive has {0} unexpected bytes after its end.</source>
        <translation>The archive has {0} unexpected bytes after its end.</translation>
    </message>
    <message>
        <source>The archive holds no folder named {0}.</source>
        <translation>The archive holds no folder named {0}.</translation>
    </message>
    <message>
        <source>The archive holds no table named {0!r}.</source>
        <translation>The archive holds no table named {0!r}.</translation>
    </message>
    <message>
        <source>The archive holds no table named {0}.</source>
        <translation>The archive holds no table named {0}.</translation>
    </message>
    <message>
        <source>The archive is damaged; use another one.</source>
        <translation>The archive is damaged; use another one.</translation>
    </message>
    <message>
        <source>The archive is damaged; verify it, and restore from another backup if it fails.</source>
        <translation>The archive is damaged; verify it, and restore from another backup if it fails.</translation>
    </message>
    <message>
        <source>The archive is unsafe to restore: entry {0!r} decompresses to more than the {1} bytes its manifest declares.</source>
        <translation>The archive is unsafe to restore: entry {0!r} decompresses to more than the {1} bytes its manifest declares.</translation>
    </message>
    <message>
        <source>The archive is unsafe to restore: entry {0!r} is not listed in the manifest.</source>
        <translation>The archive is unsafe to restore: entry {0!r} is not listed in the manifest.</translation>
    </message>
    <message>
        <source>The archive is unsafe to restore: {0}.</source>
        <translation>The archive is unsafe to restore: {0}.</translation>
    </message>
    <message>
        <source>The archive lists an unsafe file path ({0!r}); nothing was restored.</source>
        <translation>The archive lists an unsafe file path ({0!r}); nothing was restored.</translation>
    </message>
    <message>
        <source>The archive of backup {0} is missing: {1}.</source>
        <translation>The archive of backup {0} is missing: {1}.</translation>
    </message>
    <message>
        <source>The archive uses an unknown cipher or option (AEAD id {0}).</source>
        <translation>The archive uses an unknown cipher or option (AEAD id {0}).</translation>
    </message>
    <message>
        <source>The archive uses an unknown key-derivation method (id {0}).</source>
        <translation>The archive uses an unknown key-derivation method (id {0}).</translation>
    </message>
    <message>
        <source>The archive uses envelope version {0}; this release reads version {1}.</source>
        <translation>The archive uses envelope version {0}; this release reads version {1}.</translation>
    </message>
    <message>
        <source>The archive was damaged or altered; restore from another backup.</source>
        <translation>The archive was damaged or altered; restore from another backup.</translation>
    </message>
    <message>
        <source>The archive was not made by Backup Desk or was altered.</source>
        <translation>The archive was not made by Backup Desk or was altered.</translation>
    </message>
    <message>
        <source>The archive was not made by Backup Desk or was altered; it was not opened.</source>
        <translation>The archive was not made by Backup Desk or was altered; it was not opened.</translation>
    </message>
    <message>
        <source>The archive {0}{1} is encrypted and no passphrase is available.</source>
        <translation>The archive {0}{1} is encrypted and no passphrase is available.</translation>
    </message>
    <message>
        <source>The archive's PostgreSQL object list cannot be read ({0}).</source>
        <translation>The archive's PostgreSQL object list cannot be read ({0}).</translation>
    </message>
    <message>
        <source>The archive's PostgreSQL section has no object index.</source>
        <translation>The archive's PostgreSQL section has no object index.</translation>
    </message>
    <message>
        <source>The archive's SQLite snapshot does not match the hash its manifest records.</source>
        <translation>The archive's SQLite snapshot does not match the hash its manifest records.</translation>
    </message>
    <message>
        <source>The archive's ZIP directory is damaged ({0}).</source>
        <translation>The archive's ZIP directory is damaged ({0}).</translation>
    </message>
    <message>
        <source>The archive's data of table {0} does not start as recorded.</source>
        <translation>The archive's data of table {0} does not start as recorded.</translation>
    </message>
    <message>
        <source>The archive's database section is in the format {0!r}, which this release cannot read.</source>
        <translation>The archive's database section is in the format {0!r}, which this release cannot read.</translation>
    </message>
    <message>
        <source>The archive's encryption header is damaged (its checksum does not match).</source>
        <translation>The archive's encryption header is damaged (its checksum does not match).</translation>
    </message>
    <message>
        <source>The archive's envelope and ZIP name different archive ids.</source>
        <translation>The archive's envelope and ZIP name different archive ids.</translation>
    </message>
    <message>
        <source>The archive's manifest declares {0} bytes (too large).</source>
        <translation>The archive's manifest declares {0} bytes (too large).</translation>
    </message>
    <message>
        <source>The archive's manifest has format version {0}; this release reads version {1}.</source>
        <translation>The archive's manifest has format version {0}; this release reads version {1}.</translation>
    </message>
    <message>
        <source>The archive's manifest is incomplete or malformed ({0}).</source>
        <translation>The archive's manifest is incomplete or malformed ({0}).</translation>
    </message>
    <message>
        <source>The archive's manifest is not valid JSON ({0}).</source>
        <translation>The archive's manifest is not valid JSON ({0}).</translation>
    </message>
    <message>
        <source>The archive's table rows cannot be decoded ({0}).</source>
        <translation>The archive's table rows cannot be decoded ({0}).</translation>
    </message>
    <message>
        <source>The archive's table rows end in the middle of a row.</source>
        <translation>The archive's table rows end in the middle of a row.</translation>
    </message>
    <message>
        <source>The archive's wrapped key failed its authentication check.</source>
        <translation>The archive's wrapped key failed its authentication check.</translation>
    </message>
    <message>
        <source>The catalog {0} cannot be opened ({1}).</source>
        <translation>The catalog {0} cannot be opened ({1}).</translation>
    </message>
    <message>
        <source>The configuration is not valid ({0}).</source>
        <translation>The configuration is not valid ({0}).</translation>
    </message>
    <message>
        <source>The configuration is not valid: {0}</source>
        <translation>The configuration is not valid: {0}</translation>
    </message>
    <message>
        <source>The copy would overwrite the archive itself.</source>
        <translation>The copy would overwrite the archive itself.</translation>
    </message>
    <message>
        <source>The database URL is not valid.</source>
        <translation>The database URL is not valid.</translation>
    </message>
    <message>
        <source>The database holds objects this backup cannot carry faithfully: {0}.</source>
        <translation>The database holds objects this backup cannot carry faithfully: {0}.</translation>
    </message>
    <message>
        <source>The database holds {0}.</source>
        <translation>The database holds {0}.</translation>
    </message>
    <message>
        <source>The database {0} is being written by another program.</source>
        <translation>The database {0} is being written by another program.</translation>
    </message>
    <message>
        <source>The day of the month must be between 1 and 31.</source>
        <translation>The day of the month must be between 1 and 31.</translation>
    </message>
    <message>
        <source>The disk holding {0} became full during the restore.</source>
        <translation>The disk holding {0} became full during the restore.</translation>
    </message>
    <message>
        <source>The encrypted payload's size ({0} bytes) does not match its end record.</source>
        <translation>The encrypted payload's size ({0} bytes) does not match its end record.</translation>
    </message>
    <message>
        <source>The file {0}/{1} does not match its recorded hash.</source>
        <translation>The file {0}/{1} does not match its recorded hash.</translation>
    </message>
    <message>
        <source>The folder {0} cannot be read ({1}).</source>
        <translation>The folder {0} cannot be read ({1}).</translation>
    </message>
    <message>
        <source>The folder {0} does not exist.</source>
        <translation>The folder {0} does not exist.</translation>
    </message>
    <message>
        <source>The folder {0} is also where the archives are written.</source>
        <translation>The folder {0} is also where the archives are written.</translation>
    </message>
    <message>
        <source>The folder {0} is not empty (and {1} more).</source>
        <translation>The folder {0} is not empty (and {1} more).</translation>
    </message>
    <message>
        <source>The folder {0} is not empty.</source>
        <translation>The folder {0} is not empty.</translation>
    </message>
    <message>
        <source>The folder {0} is not writable.</source>
        <translation>The folder {0} is not writable.</translation>
    </message>
    <message>
        <source>The job was cancelled.</source>
        <translation>The job was cancelled.</translation>
    </message>
    <message>
        <source>The job's process could not start ({0}).</source>
        <translation>The job's process could not start ({0}).</translation>
    </message>
    <message>
        <source>The job's process ended unexpectedly (exit code {0}).</source>
        <translation>The job's process ended unexpectedly (exit code {0}).</translation>
    </message>
    <message>
        <source>The manifest belongs to another archive (archive id differs).</source>
        <translation>The manifest belongs to another archive (archive id differs).</translation>
    </message>
    <message>
        <source>The manifest lists {0!r} but the archive does not hold it.</source>
        <translation>The manifest lists {0!r} but the archive does not hold it.</translation>
    </message>
    <message>
        <source>The name is too long (at most {0} characters).</source>
        <translation>The name is too long (at most {0} characters).</translation>
    </message>
    <message>
        <source>The passphrase does not match the one set for configuration “{0}”.</source>
        <translation>The passphrase does not match the one set for configuration “{0}”.</translation>
    </message>
    <message>
        <source>The passphrase does not open this archive.</source>
        <translation>The passphrase does not open this archive.</translation>
    </message>
    <message>
        <source>The restored database fails SQLite's integrity check: {0}</source>
        <translation>The restored database fails SQLite's integrity check: {0}</translation>
    </message>
    <message>
        <source>The rows of table {0} are not valid UTF-8.</source>
        <translation>The rows of table {0} are not valid UTF-8.</translation>
    </message>
    <message>
        <source>The safety backup before the restore failed verification: {0}</source>
        <translation>The safety backup before the restore failed verification: {0}</translation>
    </message>
    <message>
        <source>The safety backup before the restore failed: {0}</source>
        <translation>The safety backup before the restore failed: {0}</translation>
    </message>
    <message>
        <source>The secure connection to {0} failed ({1}).</source>
        <translation>The secure connection to {0} failed ({1}).</translation>
    </message>
    <message>
        <source>The target already holds {0} of these tables ({1}).</source>
        <translation>The target already holds {0} of these tables ({1}).</translation>
    </message>
    <message>
        <source>The target database already holds tables.</source>
        <translation>The target database already holds tables.</translation>
    </message>
    <message>
        <source>The target database already holds {0} object(s).</source>
        <translation>The target database already holds {0} object(s).</translation>
    </message>
    <message>
        <source>The target database already holds {0} of the objects to restore ({1}).</source>
        <translation>The target database already holds {0} of the objects to restore ({1}).</translation>
    </message>
    <message>
        <source>The target database already holds {0} of the tables to restore.</source>
        <translation>The target database already holds {0} of the tables to restore.</translation>
    </message>
    <message>
        <source>The target database already holds {0} table(s).</source>
        <translation>The target database already holds {0} table(s).</translation>
    </message>
    <message>
        <source>The target database already holds {0}{1}.</source>
        <translation>The target database already holds {0}{1}.</translation>
    </message>
    <message>
        <source>The target file {0} is not a SQLite database ({1}).</source>
        <translation>The target file {0} is not a SQLite database ({1}).</translation>
    </message>
    <message>
        <source>The target has no table {0} for these rows.</source>
        <translation>The target has no table {0} for these rows.</translation>
    </message>
    <message>
        <source>The target holds objects the archive does not ({0}); restoring the whole database would remove them.</source>
        <translation>The target holds objects the archive does not ({0}); restoring the whole database would remove them.</translation>
    </message>
    <message>
        <source>The target server has no role {0}, which the backup's owners and privileges name.</source>
        <translation>The target server has no role {0}, which the backup's owners and privileges name.</translation>
    </message>
    <message>
        <source>The target was not changed. Verify the archive, or restore another backup.</source>
        <translation>The target was not changed. Verify the archive, or restore another backup.</translation>
    </message>
    <message>
        <source>The virtual table {0!r} in the target is not defined as in the archive.</source>
        <translation>The virtual table {0!r} in the target is not defined as in the archive.</translation>
    </message>
    <message>
        <source>The webhook address must start with http:// or https://.</source>
        <translation>The webhook address must start with http:// or https://.</translation>
    </message>
    <message>
        <source>The webhook answered HTTP {0}.</source>
        <translation>The webhook answered HTTP {0}.</translation>
    </message>
    <message>
        <source>There is no configuration to link sample backups to.</source>
        <translation>There is no configuration to link sample backups to.</translation>
    </message>
    <message>
        <source>There is nothing to back up: no database and no folders.</source>
        <translation>There is nothing to back up: no database and no folders.</translation>
    </message>
    <message>
        <source>This archive holds no database.</source>
        <translation>This archive holds no database.</translation>
    </message>
    <message>
        <source>This archive holds no folders.</source>
        <translation>This archive holds no folders.</translation>
    </message>
    <message>
        <source>This archive is encrypted and no passphrase was given.</source>
        <translation>This archive is encrypted and no passphrase was given.</translation>
    </message>
    <message>
        <source>This archive may have been tampered with; restore from another backup.</source>
        <translation>This archive may have been tampered with; restore from another backup.</translation>
    </message>
    <message>
        <source>This archive's configuration is unknown, so there is no original place to restore to.</source>
        <translation>This archive's configuration is unknown, so there is no original place to restore to.</translation>
    </message>
    <message>
        <source>This backup does not record owners and privileges.</source>
        <translation>This backup does not record owners and privileges.</translation>
    </message>
    <message>
        <source>This configuration does not encrypt its archives.</source>
        <translation>This configuration does not encrypt its archives.</translation>
    </message>
    <message>
        <source>This database section is not a PostgreSQL native section ({0}).</source>
        <translation>This database section is not a PostgreSQL native section ({0}).</translation>
    </message>
    <message>
        <source>This file is not a Backup Desk encrypted archive.</source>
        <translation>This file is not a Backup Desk encrypted archive.</translation>
    </message>
    <message>
        <source>This is not a database URL (e.g. sqlite:///path/app.db).</source>
        <translation>This is not a database URL (e.g. sqlite:///path/app.db).</translation>
    </message>
    <message>
        <source>This job is already running.</source>
        <translation>This job is already running.</translation>
    </message>
    <message>
        <source>This kind of database is not supported: {0}.</source>
        <translation>This kind of database is not supported: {0}.</translation>
    </message>
    <message>
        <source>Type it again, or set a new passphrase in the configuration (older archives keep the old one).</source>
        <translation>Type it again, or set a new passphrase in the configuration (older archives keep the old one).</translation>
    </message>
    <message>
        <source>Unexpected error ({0}): {1}</source>
        <translation>Unexpected error ({0}): {1}</translation>
    </message>
    <message>
        <source>Unknown backup type {0!r}.</source>
        <translation>Unknown backup type {0!r}.</translation>
    </message>
    <message>
        <source>Update Backup Desk.</source>
        <translation>Update Backup Desk.</translation>
    </message>
    <message>
        <source>Use --password-file FILE in scripts.</source>
        <translation>Use --password-file FILE in scripts.</translation>
    </message>
    <message>
        <source>Use SQLite, PostgreSQL or MySQL/MariaDB.</source>
        <translation>Use SQLite, PostgreSQL or MySQL/MariaDB.</translation>
    </message>
    <message>
        <source>Use a SQLAlchemy URL such as sqlite:///path/app.db or postgresql+psycopg://user@host/db.</source>
        <translation>Use a SQLAlchemy URL such as sqlite:///path/app.db or postgresql+psycopg://user@host/db.</translation>
    </message>
    <message>
        <source>Use a URL of the form sqlite:////path/to/file.db.</source>
        <translation>Use a URL of the form sqlite:////path/to/file.db.</translation>
    </message>
    <message>
        <source>Use full, metadata or data.</source>
        <translation>Use full, metadata or data.</translation>
    </message>
    <message>
        <source>Wait for it to finish or cancel it, then start again.</source>
        <translation>Wait for it to finish or cancel it, then start again.</translation>
    </message>
    <message>
        <source>Wait for it to finish or cancel it.</source>
        <translation>Wait for it to finish or cancel it.</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Weekly</translation>
    </message>
    <message>
        <source>Write the day as YYYY-MM-DD, for example {0} 2026-01-31.</source>
        <translation>Write the day as YYYY-MM-DD, for example {0} 2026-01-31.</translation>
    </message>
    <message>
        <source>crontab refused the new table: {0}</source>
        <translation>crontab refused the new table: {0}</translation>
    </message>
    <message>
        <source>entries {0!r} and {1!r} collide (same name after case-folding or Unicode normalisation)</source>
        <translation>entries {0!r} and {1!r} collide (same name after case-folding or Unicode normalisation)</translation>
    </message>
    <message>
        <source>entry {0!r} appears twice</source>
        <translation>entry {0!r} appears twice</translation>
    </message>
    <message>
        <source>entry {0!r} declares {1} bytes but the manifest says {2}</source>
        <translation>entry {0!r} declares {1} bytes but the manifest says {2}</translation>
    </message>
    <message>
        <source>entry {0!r} has {1}</source>
        <translation>entry {0!r} has {1}</translation>
    </message>
    <message>
        <source>entry {0!r} is not listed in the manifest</source>
        <translation>entry {0!r} is not listed in the manifest</translation>
    </message>
    <message>
        <source>entry {0!r} uses an unknown compression method ({1}) or ZIP encryption</source>
        <translation>entry {0!r} uses an unknown compression method ({1}) or ZIP encryption</translation>
    </message>
    <message>
        <source>the manifest lists {0!r} but the archive does not hold it</source>
        <translation>the manifest lists {0!r} but the archive does not hold it</translation>
    </message>
    <message>
        <source>the manifest's file {0!r} is missing from its entry index</source>
        <translation>the manifest's file {0!r} is missing from its entry index</translation>
    </message>
    <message>
        <source>{0!r} is not a backup id.</source>
        <translation>{0!r} is not a backup id.</translation>
    </message>
    <message>
        <source>{0} already exists.</source>
        <translation>{0} already exists.</translation>
    </message>
    <message>
        <source>{0} ends early: its ZIP end record is missing.</source>
        <translation>{0} ends early: its ZIP end record is missing.</translation>
    </message>
    <message>
        <source>{0} exists and is not a folder.</source>
        <translation>{0} exists and is not a folder.</translation>
    </message>
    <message>
        <source>{0} has {1} unexpected bytes after its ZIP end record.</source>
        <translation>{0} has {1} unexpected bytes after its ZIP end record.</translation>
    </message>
    <message>
        <source>{0} is a ZIP file but not a Backup Desk archive.</source>
        <translation>{0} is a ZIP file but not a Backup Desk archive.</translation>
    </message>
    <message>
        <source>{0} is a folder.</source>
        <translation>{0} is a folder.</translation>
    </message>
    <message>
        <source>{0} is not a Backup Desk archive.</source>
        <translation>{0} is not a Backup Desk archive.</translation>
    </message>
    <message>
        <source>{0} is not a folder.</source>
        <translation>{0} is not a folder.</translation>
    </message>
    <message>
        <source>{0} is not encrypted: it is already a plain ZIP.</source>
        <translation>{0} is not encrypted: it is already a plain ZIP.</translation>
    </message>
    <message>
        <source>{0} target table(s) already hold rows ({1}).</source>
        <translation>{0} target table(s) already hold rows ({1}).</translation>
    </message>
    <message>
        <source>{0} {1!r} is not a date.</source>
        <translation>{0} {1!r} is not a date.</translation>
    </message>
</context>
</TS>