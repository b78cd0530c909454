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
        <location filename="../format.py" line="10" />
        <source>Full</source>
        <translation>Full</translation>
    </message>
    <message>
        <location filename="../format.py" line="11" />
        <source>Metadata</source>
        <translation>Metadata</translation>
    </message>
    <message>
        <location filename="../format.py" line="12" />
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../format.py" line="13" />
        <source>Manual</source>
        <translation>Manual</translation>
    </message>
    <message>
        <location filename="../format.py" line="14" />
        <source>Daily</source>
        <translation>Daily</translation>
    </message>
    <message>
        <location filename="../format.py" line="15" />
        <source>Weekly</source>
        <translation>Weekly</translation>
    </message>
    <message>
        <location filename="../format.py" line="16" />
        <source>Monthly</source>
        <translation>Monthly</translation>
    </message>
    <message>
        <location filename="../format.py" line="17" />
        <source>Pending</source>
        <translation>Pending</translation>
    </message>
    <message>
        <location filename="../format.py" line="18" />
        <source>Running</source>
        <translation>Running</translation>
    </message>
    <message>
        <location filename="../format.py" line="19" />
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <location filename="../format.py" line="20" />
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
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
        <source>KB</source>
        <translation>KB</translation>
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
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../main_window.py" line="60" />
        <source>Backup Desk</source>
        <translation>Backup Desk</translation>
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
</TS>