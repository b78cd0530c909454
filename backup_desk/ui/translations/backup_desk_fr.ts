<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_FR">
<context>
    <name>App</name>
    <message>
        <location filename="../app.py" line="37" />
        <source>Welcome to Backup Desk</source>
        <translation>Bienvenue dans Backup Desk</translation>
    </message>
    <message>
        <location filename="../app.py" line="38" />
        <source>There is no configuration yet. Create four demonstration configurations with a small sample database and folder, so you can try a backup and a restore right away?</source>
        <translation>Aucune configuration pour l’instant. Créer quatre configurations de démonstration, avec une petite base et un dossier d’exemple, pour essayer tout de suite une sauvegarde et une restauration ?</translation>
    </message>
</context>
<context>
    <name>ConfigActions</name>
    <message>
        <location filename="../controllers/config_actions.py" line="56" />
        <source>A backup of “{0}” is already running.</source>
        <translation>Une sauvegarde de « {0} » est déjà en cours.</translation>
    </message>
    <message>
        <location filename="../controllers/config_actions.py" line="65" />
        <source>Backing up “{0}”</source>
        <translation>Sauvegarde de « {0} »</translation>
    </message>
    <message>
        <location filename="../controllers/config_actions.py" line="71" />
        <source>Backup of “{0}” started.</source>
        <translation>Sauvegarde de « {0} » lancée.</translation>
    </message>
    <message>
        <location filename="../controllers/config_actions.py" line="86" />
        <source>Quick backup “{0}”</source>
        <translation>Sauvegarde rapide « {0} »</translation>
    </message>
    <message>
        <location filename="../controllers/config_actions.py" line="92" />
        <source>Quick backup “{0}” started.</source>
        <translation>Sauvegarde rapide « {0} » lancée.</translation>
    </message>
    <message>
        <location filename="../controllers/config_actions.py" line="98" />
        <source>Backup “{0}” completed ({1}).</source>
        <translation>Sauvegarde « {0} » terminée ({1}).</translation>
    </message>
    <message>
        <location filename="../controllers/config_actions.py" line="103" />
        <source>Backup “{0}” failed: {1}</source>
        <translation>Échec de la sauvegarde « {0} » : {1}</translation>
    </message>
    <message>
        <location filename="../controllers/config_actions.py" line="114" />
        <source>Passphrase needed</source>
        <translation>Phrase secrète nécessaire</translation>
    </message>
    <message>
        <location filename="../controllers/config_actions.py" line="115" />
        <source>{0}
Enter the passphrase of “{1}”:</source>
        <translation>{0}
Saisissez la phrase secrète de « {1} » :</translation>
    </message>
    <message>
        <location filename="../controllers/config_actions.py" line="131" />
        <source>Configuration “{0}” created.</source>
        <translation>Configuration « {0} » créée.</translation>
    </message>
    <message>
        <location filename="../controllers/config_actions.py" line="146" />
        <source>Configuration “{0}” saved.</source>
        <translation>Configuration « {0} » enregistrée.</translation>
    </message>
    <message>
        <location filename="../controllers/config_actions.py" line="153" />
        <source>“{0}” is now active.</source>
        <translation>« {0} » est maintenant active.</translation>
    </message>
    <message>
        <location filename="../controllers/config_actions.py" line="153" />
        <source>“{0}” is now inactive.</source>
        <translation>« {0} » est maintenant inactive.</translation>
    </message>
    <message>
        <location filename="../controllers/config_actions.py" line="162" />
        <source>Duplicated as “{0}” (inactive).</source>
        <translation>Dupliquée sous le nom « {0} » (inactive).</translation>
    </message>
    <message>
        <location filename="../controllers/config_actions.py" line="172" />
        <source>Wait for the running backup of “{0}” to end first.</source>
        <translation>Attendez d’abord la fin de la sauvegarde de « {0} ».</translation>
    </message>
    <message>
        <location filename="../controllers/config_actions.py" line="176" />
        <source>Delete configuration</source>
        <translation>Supprimer la configuration</translation>
    </message>
    <message>
        <location filename="../controllers/config_actions.py" line="177" />
        <source>Delete the configuration “{0}”? Its past backups stay in the history.</source>
        <translation>Supprimer la configuration « {0} » ? Ses sauvegardes passées restent dans l’historique.</translation>
    </message>
    <message>
        <location filename="../controllers/config_actions.py" line="178" />
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../controllers/config_actions.py" line="183" />
        <source>Configuration “{0}” deleted.</source>
        <translation>Configuration « {0} » supprimée.</translation>
    </message>
    <message>
        <location filename="../controllers/config_actions.py" line="158" />
        <source>No system keyring is available (or it is locked): the passphrase of “{0}” was not stored. Every run asks for it, and its scheduled runs cannot run unattended.</source>
        <translation>Aucun trousseau système n’est disponible (ou il est verrouillé) : la phrase secrète de « {0} » n’a pas été enregistrée. Chaque exécution la demandera, et ses exécutions planifiées ne pourront pas se faire sans vous.</translation>
    </message>
</context>
<context>
    <name>ConfigCard</name>
    <message>
        <location filename="../configurations/card.py" line="31" />
        <source>The last backup failed.</source>
        <translation>La dernière sauvegarde a échoué.</translation>
    </message>
    <message>
        <location filename="../configurations/card.py" line="33" />
        <source>Overdue: the planned backup did not run.</source>
        <translation>En retard : la sauvegarde prévue n’a pas eu lieu.</translation>
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
        <translation>Oui</translation>
    </message>
    <message>
        <location filename="../configurations/card.py" line="84" />
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location filename="../configurations/card.py" line="86" />
        <source>{0} folder(s)</source>
        <translation>{0} dossier(s)</translation>
    </message>
    <message>
        <location filename="../configurations/card.py" line="88" />
        <source>Not included</source>
        <translation>Non inclus</translation>
    </message>
    <message>
        <location filename="../configurations/card.py" line="91" />
        <source>ZIP ({0})</source>
        <translation>ZIP ({0})</translation>
    </message>
    <message>
        <location filename="../configurations/card.py" line="93" />
        <source>Off</source>
        <translation>Désactivée</translation>
    </message>
    <message>
        <location filename="../configurations/card.py" line="94" />
        <source>Not planned</source>
        <translation>Non planifiée</translation>
    </message>
    <message>
        <location filename="../configurations/card.py" line="96" />
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../configurations/card.py" line="96" />
        <source>No database</source>
        <translation>Aucune base</translation>
    </message>
    <message>
        <location filename="../configurations/card.py" line="97" />
        <source>Files</source>
        <translation>Fichiers</translation>
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
        <translation>Chiffrement</translation>
    </message>
    <message>
        <location filename="../configurations/card.py" line="100" />
        <source>AES-256</source>
        <translation>AES-256</translation>
    </message>
    <message>
        <location filename="../configurations/card.py" line="101" />
        <source>Retention</source>
        <translation>Conservation</translation>
    </message>
    <message>
        <location filename="../configurations/card.py" line="101" />
        <source>{0} days</source>
        <translation>{0} jours</translation>
    </message>
    <message>
        <location filename="../configurations/card.py" line="104" />
        <source>Last success</source>
        <translation>Dernier succès</translation>
    </message>
    <message>
        <location filename="../configurations/card.py" line="105" />
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <location filename="../configurations/card.py" line="107" />
        <source>Next run</source>
        <translation>Prochaine exécution</translation>
    </message>
    <message>
        <location filename="../configurations/card.py" line="137" />
        <location filename="../configurations/card.py" line="143" />
        <source>Back up now</source>
        <translation>Sauvegarder</translation>
    </message>
    <message>
        <location filename="../configurations/card.py" line="137" />
        <source>Running…</source>
        <translation>En cours…</translation>
    </message>
    <message>
        <location filename="../configurations/card.py" line="146" />
        <source>Deactivate</source>
        <translation>Désactiver</translation>
    </message>
    <message>
        <location filename="../configurations/card.py" line="146" />
        <source>Activate</source>
        <translation>Activer</translation>
    </message>
    <message>
        <location filename="../configurations/card.py" line="148" />
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <location filename="../configurations/card.py" line="149" />
        <source>Duplicate (inactive copy)</source>
        <translation>Dupliquer (copie inactive)</translation>
    </message>
    <message>
        <location filename="../configurations/card.py" line="150" />
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../configurations/card.py" line="151" />
        <source>See its backups in History</source>
        <translation>Voir ses sauvegardes dans l’historique</translation>
    </message>
    <message>
        <location filename="../configurations/card.py" line="85" />
        <source>AES-256, passphrase in a private file</source>
        <translation>AES-256, phrase secrète dans un fichier privé</translation>
    </message>
    <message>
        <location filename="../configurations/card.py" line="86" />
        <source>AES-256, asks for the passphrase (scheduled runs cannot run unattended)</source>
        <translation>AES-256, demande la phrase secrète (les exécutions planifiées ne peuvent pas se faire sans vous)</translation>
    </message>
</context>
<context>
    <name>ConfigFormController</name>
    <message>
        <location filename="../controllers/config_form.py" line="40" />
        <source>Weak</source>
        <translation>Faible</translation>
    </message>
    <message>
        <location filename="../controllers/config_form.py" line="42" />
        <source>Fair</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <location filename="../controllers/config_form.py" line="44" />
        <source>Good</source>
        <translation>Bonne</translation>
    </message>
    <message>
        <location filename="../controllers/config_form.py" line="45" />
        <source>Strong</source>
        <translation>Forte</translation>
    </message>
    <message>
        <location filename="../controllers/config_form.py" line="52" />
        <source>A name is required.</source>
        <translation>Le nom est obligatoire.</translation>
    </message>
    <message>
        <location filename="../controllers/config_form.py" line="55" />
        <source>Keep backups between 1 and 365 days.</source>
        <translation>Conservez les sauvegardes entre 1 et 365 jours.</translation>
    </message>
    <message>
        <location filename="../controllers/config_form.py" line="59" />
        <source>Add at least one folder, or turn off “Include files”.</source>
        <translation>Ajoutez au moins un dossier, ou décochez « Inclure les fichiers ».</translation>
    </message>
    <message>
        <location filename="../controllers/config_form.py" line="63" />
        <source>Give a database address, or include folders.</source>
        <translation>Indiquez une adresse de base, ou incluez des dossiers.</translation>
    </message>
    <message>
        <location filename="../controllers/config_form.py" line="68" />
        <source>Encryption needs a passphrase.</source>
        <translation>Le chiffrement demande une phrase secrète.</translation>
    </message>
    <message>
        <location filename="../controllers/config_form.py" line="72" />
        <source>The two passphrases differ.</source>
        <translation>Les deux phrases secrètes diffèrent.</translation>
    </message>
    <message>
        <location filename="../controllers/config_form.py" line="159" />
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <location filename="../controllers/config_form.py" line="177" />
        <source>Connected.</source>
        <translation>Connecté.</translation>
    </message>
</context>
<context>
    <name>ConfigFormDialog</name>
    <message>
        <location filename="../dialogs/config_form.py" line="43" />
        <source>Edit configuration</source>
        <translation>Modifier la configuration</translation>
    </message>
    <message>
        <location filename="../dialogs/config_form.py" line="43" />
        <source>New configuration</source>
        <translation>Nouvelle configuration</translation>
    </message>
    <message>
        <location filename="../dialogs/config_form.py" line="102" />
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <location filename="../dialogs/config_form.py" line="104" />
        <source>e.g. Daily full backup</source>
        <translation>p. ex. Sauvegarde complète quotidienne</translation>
    </message>
    <message>
        <location filename="../dialogs/config_form.py" line="105" />
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../dialogs/config_form.py" line="109" />
        <source>Full: schema and rows. Metadata: schema only. Data: rows only.</source>
        <translation>Complète : schéma et lignes. Métadonnées : schéma seul. Données : lignes seules.</translation>
    </message>
    <message>
        <location filename="../dialogs/config_form.py" line="110" />
        <source>Backup type</source>
        <translation>Type de sauvegarde</translation>
    </message>
    <message>
        <location filename="../dialogs/config_form.py" line="114" />
        <source>Frequency</source>
        <translation>Fréquence</translation>
    </message>
    <message>
        <location filename="../dialogs/config_form.py" line="118" />
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <location filename="../dialogs/config_form.py" line="119" />
        <source>Keep backups for</source>
        <translation>Conserver pendant</translation>
    </message>
    <message>
        <location filename="../dialogs/config_form.py" line="122" />
        <source>What to back up</source>
        <translation>Quoi sauvegarder</translation>
    </message>
    <message>
        <location filename="../dialogs/config_form.py" line="125" />
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <location filename="../dialogs/config_form.py" line="127" />
        <source>Database address</source>
        <translation>Adresse de la base</translation>
    </message>
    <message>
        <location filename="../dialogs/config_form.py" line="132" />
        <source>Include files from folders</source>
        <translation>Inclure les fichiers de dossiers</translation>
    </message>
    <message>
        <location filename="../dialogs/config_form.py" line="140" />
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <location filename="../dialogs/config_form.py" line="141" />
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../dialogs/config_form.py" line="148" />
        <source>Folders</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <location filename="../dialogs/config_form.py" line="150" />
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location filename="../dialogs/config_form.py" line="151" />
        <source>Save archives in</source>
        <translation>Enregistrer dans</translation>
    </message>
    <message>
        <location filename="../dialogs/config_form.py" line="155" />
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <location filename="../dialogs/config_form.py" line="156" />
        <source>Compress (ZIP)</source>
        <translation>Compresser (ZIP)</translation>
    </message>
    <message>
        <location filename="../dialogs/config_form.py" line="159" />
        <source>Zstandard (fast)</source>
        <translation>Zstandard (rapide)</translation>
    </message>
    <message>
        <location filename="../dialogs/config_form.py" line="160" />
        <source>Deflate (opens everywhere)</source>
        <translation>Deflate (s’ouvre partout)</translation>
    </message>
    <message>
        <location filename="../dialogs/config_form.py" line="161" />
        <source>Compression</source>
        <translation>Compression</translation>
    </message>
    <message>
        <location filename="../dialogs/config_form.py" line="163" />
        <source>Encrypt (AES-256)</source>
        <translation>Chiffrer (AES-256)</translation>
    </message>
    <message>
        <location filename="../dialogs/config_form.py" line="164" />
        <source>Encryption</source>
        <translation>Chiffrement</translation>
    </message>
    <message>
        <location filename="../dialogs/config_form.py" line="169" />
        <source>Type it again</source>
        <translation>Saisissez-la à nouveau</translation>
    </message>
    <message>
        <location filename="../dialogs/config_form.py" line="170" />
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <location filename="../dialogs/config_form.py" line="171" />
        <source>Confirm</source>
        <translation>Confirmation</translation>
    </message>
    <message>
        <location filename="../dialogs/config_form.py" line="182" />
        <source>Strength</source>
        <translation>Robustesse</translation>
    </message>
    <message>
        <location filename="../dialogs/config_form.py" line="184" />
        <source>Kept in the system keyring. A lost passphrase means lost backups.</source>
        <translation>Conservée dans le trousseau du système. Une phrase secrète perdue, ce sont des sauvegardes perdues.</translation>
    </message>
    <message>
        <location filename="../dialogs/config_form.py" line="189" />
        <source>Active (runs on its schedule)</source>
        <translation>Active (s’exécute selon sa planification)</translation>
    </message>
    <message>
        <location filename="../dialogs/config_form.py" line="191" />
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../dialogs/config_form.py" line="197" />
        <source>Unchanged (stored in the keyring)</source>
        <translation>Inchangée (dans le trousseau)</translation>
    </message>
    <message>
        <location filename="../dialogs/config_form.py" line="232" />
        <source>Choose a folder to back up</source>
        <translation>Choisir un dossier à sauvegarder</translation>
    </message>
    <message>
        <location filename="../dialogs/config_form.py" line="244" />
        <source>Choose where to save archives</source>
        <translation>Choisir où enregistrer les archives</translation>
    </message>
    <message>
        <location filename="../dialogs/config_form.py" line="276" />
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <location filename="../dialogs/config_form.py" line="287" />
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../dialogs/config_form.py" line="189" />
        <source>No system keyring is available (or it is locked): the passphrase will not be stored. Every run asks for it and scheduled runs cannot run unattended. A lost passphrase means lost backups.</source>
        <translation>Aucun trousseau système n’est disponible (ou il est verrouillé) : la phrase secrète ne sera pas enregistrée. Chaque exécution la demandera et les exécutions planifiées ne pourront pas se faire sans vous. Une phrase secrète perdue, ce sont des sauvegardes perdues.</translation>
    </message>
    <message>
        <location filename="../dialogs/config_form.py" line="199" />
        <source>Keep it in a file only I can read (less safe than a keyring)</source>
        <translation>La garder dans un fichier que moi seul peux lire (moins sûr qu’un trousseau)</translation>
    </message>
    <message>
        <location filename="../dialogs/config_form.py" line="213" />
        <source>Unchanged (stored in a file only you can read)</source>
        <translation>Inchangée (enregistrée dans un fichier que vous seul pouvez lire)</translation>
    </message>
    <message>
        <location filename="../dialogs/config_form.py" line="214" />
        <source>Unchanged (not stored: runs ask for it)</source>
        <translation>Inchangée (non enregistrée : chaque exécution la demande)</translation>
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
        <translation>Nouvelle configuration</translation>
    </message>
    <message>
        <location filename="../configurations/view.py" line="37" />
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location filename="../configurations/view.py" line="45" />
        <source>No configuration yet. Create one to start protecting your data.</source>
        <translation>Aucune configuration. Créez-en une pour commencer à protéger vos données.</translation>
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
        <translation>Voir toutes les configurations</translation>
    </message>
    <message>
        <location filename="../dashboard/view.py" line="77" />
        <source>Recent backups</source>
        <translation>Sauvegardes récentes</translation>
    </message>
    <message>
        <location filename="../dashboard/view.py" line="78" />
        <source>See all history</source>
        <translation>Voir tout l’historique</translation>
    </message>
    <message>
        <location filename="../dashboard/view.py" line="65" />
        <source>See failed backups</source>
        <translation>Voir les sauvegardes en échec</translation>
    </message>
    <message>
        <location filename="../dashboard/view.py" line="98" />
        <source>Overview</source>
        <translation>Vue d’ensemble</translation>
    </message>
    <message>
        <location filename="../dashboard/view.py" line="104" />
        <location filename="../dashboard/view.py" line="201" />
        <source>Back up now</source>
        <translation>Sauvegarder</translation>
    </message>
    <message>
        <location filename="../dashboard/view.py" line="107" />
        <source>Quick backup…</source>
        <translation>Sauvegarde rapide…</translation>
    </message>
    <message>
        <location filename="../dashboard/view.py" line="167" />
        <source>“{0}”</source>
        <translation>« {0} »</translation>
    </message>
    <message>
        <location filename="../dashboard/view.py" line="168" />
        <source>Needs attention: {0}.</source>
        <translation>À surveiller : {0}.</translation>
    </message>
    <message>
        <location filename="../dashboard/view.py" line="170" />
        <source>See failed backups ({0})</source>
        <translation>Voir les sauvegardes en échec ({0})</translation>
    </message>
    <message>
        <location filename="../dashboard/view.py" line="177" />
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../dashboard/view.py" line="177" />
        <source>Last success</source>
        <translation>Dernier succès</translation>
    </message>
    <message>
        <location filename="../dashboard/view.py" line="177" />
        <source>Next run</source>
        <translation>Prochaine exécution</translation>
    </message>
    <message>
        <location filename="../dashboard/view.py" line="177" />
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../dashboard/view.py" line="184" />
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <location filename="../dashboard/view.py" line="189" />
        <source>Manual</source>
        <translation>Manuelle</translation>
    </message>
    <message>
        <location filename="../dashboard/view.py" line="189" />
        <source>Not planned</source>
        <translation>Non planifiée</translation>
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
        <translation>Aucune sauvegarde. Appuyez sur « Sauvegarder » pour faire la première.</translation>
    </message>
</context>
<context>
    <name>DetailsDialog</name>
    <message>
        <location filename="../dialogs/details.py" line="41" />
        <source>Backup details</source>
        <translation>Détails de la sauvegarde</translation>
    </message>
    <message>
        <location filename="../dialogs/details.py" line="53" />
        <source>Encrypted</source>
        <translation>Chiffrée</translation>
    </message>
    <message>
        <location filename="../dialogs/details.py" line="65" />
        <source>Not verified yet</source>
        <translation>Pas encore vérifiée</translation>
    </message>
    <message>
        <location filename="../dialogs/details.py" line="67" />
        <source>Passed</source>
        <translation>Réussie</translation>
    </message>
    <message>
        <location filename="../dialogs/details.py" line="67" />
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <location filename="../dialogs/details.py" line="68" />
        <source>{0} on {1}: {2}</source>
        <translation>{0} le {1} : {2}</translation>
    </message>
    <message>
        <location filename="../dialogs/details.py" line="71" />
        <source>Present</source>
        <translation>Présente</translation>
    </message>
    <message>
        <location filename="../dialogs/details.py" line="71" />
        <source>Missing</source>
        <translation>Manquante</translation>
    </message>
    <message>
        <location filename="../dialogs/details.py" line="75" />
        <source>Configuration</source>
        <translation>Configuration</translation>
    </message>
    <message>
        <location filename="../dialogs/details.py" line="76" />
        <source>None (quick backup)</source>
        <translation>Aucune (sauvegarde rapide)</translation>
    </message>
    <message>
        <location filename="../dialogs/details.py" line="78" />
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location filename="../dialogs/details.py" line="79" />
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location filename="../dialogs/details.py" line="80" />
        <source>Created</source>
        <translation>Créée</translation>
    </message>
    <message>
        <location filename="../dialogs/details.py" line="81" />
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <location filename="../dialogs/details.py" line="82" />
        <source>Completed</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location filename="../dialogs/details.py" line="83" />
        <source>Tables</source>
        <translation>Tables</translation>
    </message>
    <message>
        <location filename="../dialogs/details.py" line="84" />
        <source>Records</source>
        <translation>Enregistrements</translation>
    </message>
    <message>
        <location filename="../dialogs/details.py" line="85" />
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
    <message>
        <location filename="../dialogs/details.py" line="86" />
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../dialogs/details.py" line="87" />
        <source>Archive file</source>
        <translation>Fichier d’archive</translation>
    </message>
    <message>
        <location filename="../dialogs/details.py" line="88" />
        <source>Archive on disk</source>
        <translation>Archive sur le disque</translation>
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
        <translation>Identifiant d’archive</translation>
    </message>
    <message>
        <location filename="../dialogs/details.py" line="92" />
        <source>Verification</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <location filename="../dialogs/details.py" line="93" />
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <location filename="../dialogs/details.py" line="93" />
        <location filename="../dialogs/details.py" line="94" />
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <location filename="../dialogs/details.py" line="94" />
        <source>Warnings</source>
        <translation>Avertissements</translation>
    </message>
    <message>
        <location filename="../dialogs/details.py" line="108" />
        <source>Copy path</source>
        <translation>Copier le chemin</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../dialogs/error_dialog.py" line="29" />
        <source>Something went wrong</source>
        <translation>Un problème est survenu</translation>
    </message>
    <message>
        <location filename="../dialogs/error_dialog.py" line="53" />
        <location filename="../dialogs/error_dialog.py" line="64" />
        <source>Show details</source>
        <translation>Afficher les détails</translation>
    </message>
    <message>
        <location filename="../dialogs/error_dialog.py" line="64" />
        <source>Hide details</source>
        <translation>Masquer les détails</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../controllers/errors.py" line="26" />
        <source>A file or folder could not be used: {0}.</source>
        <translation>Un fichier ou un dossier n’a pas pu être utilisé : {0}.</translation>
    </message>
    <message>
        <location filename="../controllers/errors.py" line="29" />
        <source>Check that the location exists, is writable and has free space.</source>
        <translation>Vérifiez que l’emplacement existe, est accessible en écriture et dispose d’espace libre.</translation>
    </message>
    <message>
        <location filename="../controllers/errors.py" line="35" />
        <source>Something unexpected went wrong.</source>
        <translation>Un problème inattendu est survenu.</translation>
    </message>
    <message>
        <location filename="../controllers/errors.py" line="36" />
        <source>Try again. If it keeps happening, send the details to your administrator.</source>
        <translation>Réessayez. Si le problème persiste, envoyez les détails à votre administrateur.</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../history/filters.py" line="25" />
        <source>Search by backup name…</source>
        <translation>Rechercher par nom…</translation>
    </message>
    <message>
        <location filename="../history/filters.py" line="29" />
        <source>All types</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <location filename="../history/filters.py" line="33" />
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <location filename="../history/filters.py" line="36" />
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <location filename="../history/filters.py" line="38" />
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <location filename="../history/filters.py" line="40" />
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location filename="../history/filters.py" line="42" />
        <source>Reset</source>
        <translation>Réinitialiser</translation>
    </message>
</context>
<context>
    <name>HistoryActions</name>
    <message>
        <location filename="../controllers/history_actions.py" line="88" />
        <source>Save a copy</source>
        <translation>Enregistrer une copie</translation>
    </message>
    <message>
        <location filename="../controllers/history_actions.py" line="90" />
        <source>This backup is encrypted. Save it as it is, or as a plain ZIP that anyone can open?</source>
        <translation>Cette sauvegarde est chiffrée. L’enregistrer telle quelle, ou en ZIP ordinaire que tout le monde peut ouvrir ?</translation>
    </message>
    <message>
        <location filename="../controllers/history_actions.py" line="95" />
        <source>Keep encrypted</source>
        <translation>Garder chiffrée</translation>
    </message>
    <message>
        <location filename="../controllers/history_actions.py" line="96" />
        <source>Decrypted ZIP</source>
        <translation>ZIP déchiffré</translation>
    </message>
    <message>
        <location filename="../controllers/history_actions.py" line="104" />
        <source>Save a copy of the backup</source>
        <translation>Enregistrer une copie de la sauvegarde</translation>
    </message>
    <message>
        <location filename="../controllers/history_actions.py" line="118" />
        <source>Saving a copy of “{0}”</source>
        <translation>Copie de « {0} »</translation>
    </message>
    <message>
        <location filename="../controllers/history_actions.py" line="123" />
        <source>Copy saved to {0}.</source>
        <translation>Copie enregistrée dans {0}.</translation>
    </message>
    <message>
        <location filename="../controllers/history_actions.py" line="137" />
        <source>“{0}” verified: {1}</source>
        <translation>« {0} » vérifiée : {1}</translation>
    </message>
    <message>
        <location filename="../controllers/history_actions.py" line="140" />
        <source>“{0}” failed verification: {1}</source>
        <translation>La vérification de « {0} » a échoué : {1}</translation>
    </message>
    <message>
        <location filename="../controllers/history_actions.py" line="145" />
        <source>Verifying “{0}”</source>
        <translation>Vérification de « {0} »</translation>
    </message>
    <message>
        <location filename="../controllers/history_actions.py" line="151" />
        <source>Verification of “{0}” started.</source>
        <translation>Vérification de « {0} » lancée.</translation>
    </message>
    <message>
        <location filename="../controllers/history_actions.py" line="156" />
        <source>Delete the backup “{0}”? Its archive file is removed from the disk.</source>
        <translation>Supprimer la sauvegarde « {0} » ? Son fichier d’archive est effacé du disque.</translation>
    </message>
    <message>
        <location filename="../controllers/history_actions.py" line="159" />
        <source>Delete backup</source>
        <translation>Supprimer la sauvegarde</translation>
    </message>
    <message>
        <location filename="../controllers/history_actions.py" line="159" />
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../controllers/history_actions.py" line="163" />
        <source>Backup “{0}” deleted.</source>
        <translation>Sauvegarde « {0} » supprimée.</translation>
    </message>
    <message>
        <location filename="../controllers/history_actions.py" line="120" />
        <source>{0} already exists. Replace it?</source>
        <translation>{0} existe déjà. Le remplacer ?</translation>
    </message>
    <message>
        <location filename="../controllers/history_actions.py" line="121" />
        <source>Replace file</source>
        <translation>Remplacer le fichier</translation>
    </message>
    <message>
        <location filename="../controllers/history_actions.py" line="121" />
        <source>Replace</source>
        <translation>Remplacer</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../history/model.py" line="27" />
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../history/model.py" line="28" />
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../history/model.py" line="29" />
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../history/model.py" line="30" />
        <source>Configuration</source>
        <translation>Configuration</translation>
    </message>
    <message>
        <location filename="../history/model.py" line="31" />
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location filename="../history/model.py" line="32" />
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location filename="../history/model.py" line="33" />
        <source>Started</source>
        <translation>Début</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <location filename="../history/view.py" line="41" />
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location filename="../history/view.py" line="77" />
        <source>No backup matches these filters.</source>
        <translation>Aucune sauvegarde ne correspond à ces filtres.</translation>
    </message>
    <message>
        <location filename="../history/view.py" line="83" />
        <location filename="../history/view.py" line="183" />
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location filename="../history/view.py" line="84" />
        <location filename="../history/view.py" line="184" />
        <source>Save a copy…</source>
        <translation>Enregistrer une copie…</translation>
    </message>
    <message>
        <location filename="../history/view.py" line="85" />
        <location filename="../history/view.py" line="185" />
        <source>Restore…</source>
        <translation>Restaurer…</translation>
    </message>
    <message>
        <location filename="../history/view.py" line="86" />
        <location filename="../history/view.py" line="186" />
        <source>Verify</source>
        <translation>Vérifier</translation>
    </message>
    <message>
        <location filename="../history/view.py" line="87" />
        <location filename="../history/view.py" line="187" />
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../history/view.py" line="156" />
        <source>Showing only the configuration “{0}”. Reset shows all.</source>
        <translation>Seule la configuration « {0} » est affichée. Réinitialiser pour tout voir.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../format.py" line="10" />
        <source>Full</source>
        <translation>Complète</translation>
    </message>
    <message>
        <location filename="../format.py" line="11" />
        <source>Metadata</source>
        <translation>Métadonnées</translation>
    </message>
    <message>
        <location filename="../format.py" line="12" />
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <location filename="../format.py" line="13" />
        <source>Manual</source>
        <translation>Manuelle</translation>
    </message>
    <message>
        <location filename="../format.py" line="14" />
        <source>Daily</source>
        <translation>Quotidienne</translation>
    </message>
    <message>
        <location filename="../format.py" line="15" />
        <source>Weekly</source>
        <translation>Hebdomadaire</translation>
    </message>
    <message>
        <location filename="../format.py" line="16" />
        <source>Monthly</source>
        <translation>Mensuelle</translation>
    </message>
    <message>
        <location filename="../format.py" line="17" />
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <location filename="../format.py" line="18" />
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location filename="../format.py" line="19" />
        <source>Completed</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location filename="../format.py" line="20" />
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <location filename="../format.py" line="21" />
        <source>Preparing</source>
        <translation>Préparation</translation>
    </message>
    <message>
        <location filename="../format.py" line="22" />
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <location filename="../format.py" line="23" />
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
    <message>
        <location filename="../format.py" line="24" />
        <source>Finishing</source>
        <translation>Finalisation</translation>
    </message>
    <message>
        <location filename="../format.py" line="25" />
        <source>Restoring</source>
        <translation>Restauration</translation>
    </message>
    <message>
        <location filename="../format.py" line="26" />
        <source>Verifying</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <location filename="../format.py" line="27" />
        <source>Copying</source>
        <translation>Copie</translation>
    </message>
    <message>
        <location filename="../format.py" line="28" />
        <source>Decrypting</source>
        <translation>Déchiffrement</translation>
    </message>
    <message>
        <location filename="../format.py" line="47" />
        <source>B</source>
        <translation>o</translation>
    </message>
    <message>
        <location filename="../format.py" line="48" />
        <source>KB</source>
        <translation>Ko</translation>
    </message>
    <message>
        <location filename="../format.py" line="49" />
        <source>MB</source>
        <translation>Mo</translation>
    </message>
    <message>
        <location filename="../format.py" line="50" />
        <source>GB</source>
        <translation>Go</translation>
    </message>
    <message>
        <location filename="../format.py" line="51" />
        <source>TB</source>
        <translation>To</translation>
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
        <translation>à l’instant</translation>
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
        <translation>{0} jours</translation>
    </message>
    <message>
        <location filename="../format.py" line="107" />
        <source>in {0}</source>
        <translation>dans {0}</translation>
    </message>
    <message>
        <location filename="../format.py" line="107" />
        <source>{0} ago</source>
        <translation>il y a {0}</translation>
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
        <translation>Tableau de bord</translation>
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
        <translation>Historique</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="118" />
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="119" />
        <source>&amp;Backup</source>
        <translation>&amp;Sauvegarde</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="120" />
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="121" />
        <source>&amp;History</source>
        <translation>&amp;Historique</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="122" />
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="127" />
        <source>New configuration…</source>
        <translation>Nouvelle configuration…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="129" />
        <source>Settings…</source>
        <translation>Paramètres…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="131" />
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="132" />
        <source>Back up now</source>
        <translation>Sauvegarder</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="133" />
        <source>Quick backup…</source>
        <translation>Sauvegarde rapide…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="134" />
        <source>Cancel running jobs</source>
        <translation>Annuler les tâches en cours</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="136" />
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="141" />
        <source>Search history</source>
        <translation>Rechercher dans l’historique</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="146" />
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="152" />
        <source>Save a copy…</source>
        <translation>Enregistrer une copie…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="157" />
        <source>Restore…</source>
        <translation>Restaurer…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="161" />
        <source>Verify</source>
        <translation>Vérifier</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="167" />
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="171" />
        <source>Reset filters</source>
        <translation>Réinitialiser les filtres</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="172" />
        <location filename="../main_window.py" line="236" />
        <source>About Backup Desk</source>
        <translation>À propos de Backup Desk</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="212" />
        <source>{0} job(s) running</source>
        <translation>{0} tâche(s) en cours</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="229" />
        <source>Settings saved.</source>
        <translation>Paramètres enregistrés.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="237" />
        <source>Backup Desk {0}
Encrypted, compressed backups of a database and folders.</source>
        <translation>Backup Desk {0}
Sauvegardes chiffrées et compressées d’une base de données et de dossiers.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="245" />
        <source>Jobs are running</source>
        <translation>Des tâches sont en cours</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="245" />
        <source>Cancel the running jobs and quit?</source>
        <translation>Annuler les tâches en cours et quitter ?</translation>
    </message>
</context>
<context>
    <name>Pager</name>
    <message>
        <location filename="../widgets/pager.py" line="26" />
        <source>Previous page</source>
        <translation>Page précédente</translation>
    </message>
    <message>
        <location filename="../widgets/pager.py" line="30" />
        <source>Next page</source>
        <translation>Page suivante</translation>
    </message>
    <message>
        <location filename="../widgets/pager.py" line="42" />
        <source>Per page:</source>
        <translation>Par page :</translation>
    </message>
    <message>
        <location filename="../widgets/pager.py" line="65" />
        <source>{0}–{1} of {2}</source>
        <translation>{0}–{1} sur {2}</translation>
    </message>
    <message>
        <location filename="../widgets/pager.py" line="67" />
        <source>No backups</source>
        <translation>Aucune sauvegarde</translation>
    </message>
</context>
<context>
    <name>PreviewTree</name>
    <message>
        <location filename="../dialogs/restore_preview.py" line="16" />
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <location filename="../dialogs/restore_preview.py" line="16" />
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <location filename="../dialogs/restore_preview.py" line="16" />
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <location filename="../dialogs/restore_preview.py" line="16" />
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location filename="../dialogs/restore_preview.py" line="27" />
        <source>Schema</source>
        <translation>Schéma</translation>
    </message>
    <message>
        <location filename="../dialogs/restore_preview.py" line="28" />
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <location filename="../dialogs/restore_preview.py" line="29" />
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location filename="../dialogs/restore_preview.py" line="30" />
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../dialogs/restore_preview.py" line="37" />
        <source>  (already has data)</source>
        <translation>  (contient déjà des données)</translation>
    </message>
</context>
<context>
    <name>ProgressRow</name>
    <message>
        <location filename="../widgets/progress_panel.py" line="19" />
        <source>{0} of {1}</source>
        <translation>{0} sur {1}</translation>
    </message>
    <message>
        <location filename="../widgets/progress_panel.py" line="29" />
        <source>{0} left</source>
        <translation>{0} restantes</translation>
    </message>
    <message>
        <location filename="../widgets/progress_panel.py" line="47" />
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <location filename="../widgets/progress_panel.py" line="57" />
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../widgets/progress_panel.py" line="71" />
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
</context>
<context>
    <name>QuickBackupDialog</name>
    <message>
        <location filename="../dialogs/quick_backup.py" line="26" />
        <location filename="../dialogs/quick_backup.py" line="38" />
        <source>Quick backup</source>
        <translation>Sauvegarde rapide</translation>
    </message>
    <message>
        <location filename="../dialogs/quick_backup.py" line="31" />
        <source>Back up once, without saving a configuration. The archive goes to the default backups folder.</source>
        <translation>Sauvegarder une fois, sans enregistrer de configuration. L’archive va dans le dossier de sauvegardes par défaut.</translation>
    </message>
    <message>
        <location filename="../dialogs/quick_backup.py" line="39" />
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../dialogs/quick_backup.py" line="43" />
        <source>Backup type</source>
        <translation>Type de sauvegarde</translation>
    </message>
    <message>
        <location filename="../dialogs/quick_backup.py" line="50" />
        <source>Database address</source>
        <translation>Adresse de la base</translation>
    </message>
    <message>
        <location filename="../dialogs/quick_backup.py" line="53" />
        <source>Optional</source>
        <translation>Facultatif</translation>
    </message>
    <message>
        <location filename="../dialogs/quick_backup.py" line="54" />
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location filename="../dialogs/quick_backup.py" line="58" />
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location filename="../dialogs/quick_backup.py" line="66" />
        <source>Back up now</source>
        <translation>Sauvegarder</translation>
    </message>
    <message>
        <location filename="../dialogs/quick_backup.py" line="75" />
        <source>Choose a folder to back up</source>
        <translation>Choisir un dossier à sauvegarder</translation>
    </message>
    <message>
        <location filename="../dialogs/quick_backup.py" line="82" />
        <source>A name is required.</source>
        <translation>Le nom est obligatoire.</translation>
    </message>
    <message>
        <location filename="../dialogs/quick_backup.py" line="84" />
        <source>Give a database address or a folder.</source>
        <translation>Indiquez une adresse de base ou un dossier.</translation>
    </message>
</context>
<context>
    <name>RestoreController</name>
    <message>
        <location filename="../controllers/restore.py" line="72" />
        <source>Reading the archive…</source>
        <translation>Lecture de l’archive…</translation>
    </message>
    <message>
        <location filename="../controllers/restore.py" line="78" />
        <source>Choose something to restore.</source>
        <translation>Choisissez quelque chose à restaurer.</translation>
    </message>
    <message>
        <location filename="../controllers/restore.py" line="80" />
        <source>Give the address of the database to restore into.</source>
        <translation>Indiquez l’adresse de la base dans laquelle restaurer.</translation>
    </message>
    <message>
        <location filename="../controllers/restore.py" line="82" />
        <source>Choose the folder to restore files into.</source>
        <translation>Choisissez le dossier où restaurer les fichiers.</translation>
    </message>
    <message>
        <location filename="../controllers/restore.py" line="84" />
        <source>Tick at least one table.</source>
        <translation>Cochez au moins une table.</translation>
    </message>
    <message>
        <location filename="../controllers/restore.py" line="86" />
        <source>Tick at least one folder.</source>
        <translation>Cochez au moins un dossier.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../dialogs/restore.py" line="53" />
        <source>Restore “{0}”</source>
        <translation>Restaurer « {0} »</translation>
    </message>
    <message>
        <location filename="../dialogs/restore.py" line="57" />
        <source>Backup of {0} · {1}</source>
        <translation>Sauvegarde du {0} · {1}</translation>
    </message>
    <message>
        <location filename="../dialogs/restore.py" line="65" />
        <source>Only if it is not stored in the keyring</source>
        <translation>Seulement si elle n’est pas dans le trousseau</translation>
    </message>
    <message>
        <location filename="../dialogs/restore.py" line="67" />
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <location filename="../dialogs/restore.py" line="75" />
        <source>Reading the archive…</source>
        <translation>Lecture de l’archive…</translation>
    </message>
    <message>
        <location filename="../dialogs/restore.py" line="83" />
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <location filename="../dialogs/restore.py" line="84" />
        <location filename="../dialogs/restore.py" line="240" />
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <location filename="../dialogs/restore.py" line="86" />
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../dialogs/restore.py" line="98" />
        <source>Restore to</source>
        <translation>Restaurer vers</translation>
    </message>
    <message>
        <location filename="../dialogs/restore.py" line="100" />
        <source>A new place (recommended)</source>
        <translation>Un nouvel emplacement (recommandé)</translation>
    </message>
    <message>
        <location filename="../dialogs/restore.py" line="102" />
        <source>The original database and folders (a safety backup is taken first)</source>
        <translation>La base et les dossiers d’origine (une sauvegarde de sécurité est faite d’abord)</translation>
    </message>
    <message>
        <location filename="../dialogs/restore.py" line="114" />
        <source>SQLite file…</source>
        <translation>Fichier SQLite…</translation>
    </message>
    <message>
        <location filename="../dialogs/restore.py" line="115" />
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location filename="../dialogs/restore.py" line="120" />
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <location filename="../dialogs/restore.py" line="121" />
        <source>Files into</source>
        <translation>Fichiers dans</translation>
    </message>
    <message>
        <location filename="../dialogs/restore.py" line="122" />
        <source>Replace data already there</source>
        <translation>Remplacer les données déjà présentes</translation>
    </message>
    <message>
        <location filename="../dialogs/restore.py" line="129" />
        <source>What to restore</source>
        <translation>Quoi restaurer</translation>
    </message>
    <message>
        <location filename="../dialogs/restore.py" line="135" />
        <source>Everything</source>
        <translation>Tout</translation>
    </message>
    <message>
        <location filename="../dialogs/restore.py" line="136" />
        <source>Schema only</source>
        <translation>Schéma seul</translation>
    </message>
    <message>
        <location filename="../dialogs/restore.py" line="137" />
        <source>Chosen tables</source>
        <translation>Tables choisies</translation>
    </message>
    <message>
        <location filename="../dialogs/restore.py" line="138" />
        <source>Chosen folders</source>
        <translation>Dossiers choisis</translation>
    </message>
    <message>
        <location filename="../dialogs/restore.py" line="178" />
        <source>{0} ({1} rows)</source>
        <translation>{0} ({1} lignes)</translation>
    </message>
    <message>
        <location filename="../dialogs/restore.py" line="212" />
        <source>Ready. Preview shows what will be written where.</source>
        <translation>Prêt. L’aperçu montre ce qui sera écrit et où.</translation>
    </message>
    <message>
        <location filename="../dialogs/restore.py" line="216" />
        <source>New SQLite database</source>
        <translation>Nouvelle base SQLite</translation>
    </message>
    <message>
        <location filename="../dialogs/restore.py" line="222" />
        <source>Restore files into</source>
        <translation>Restaurer les fichiers dans</translation>
    </message>
    <message>
        <location filename="../dialogs/restore.py" line="235" />
        <source>Restore over the original</source>
        <translation>Restaurer sur l’original</translation>
    </message>
    <message>
        <location filename="../dialogs/restore.py" line="237" />
        <source>This replaces the current data with the backup's. A safety backup is taken first. Continue?</source>
        <translation>Les données actuelles seront remplacées par celles de la sauvegarde. Une sauvegarde de sécurité est faite d’abord. Continuer ?</translation>
    </message>
    <message>
        <location filename="../dialogs/restore.py" line="243" />
        <source>Previewing restore of “{0}”</source>
        <translation>Aperçu de la restauration de « {0} »</translation>
    </message>
    <message>
        <location filename="../dialogs/restore.py" line="243" />
        <source>Restoring “{0}”</source>
        <translation>Restauration de « {0} »</translation>
    </message>
    <message>
        <location filename="../dialogs/restore.py" line="259" />
        <source>Working…</source>
        <translation>En cours…</translation>
    </message>
    <message>
        <location filename="../dialogs/restore.py" line="269" />
        <source>Preview: {0} item(s) would be written. Nothing was changed yet.</source>
        <translation>Aperçu : {0} élément(s) seraient écrits. Rien n’a encore été modifié.</translation>
    </message>
    <message>
        <location filename="../dialogs/restore.py" line="274" />
        <source>Restored {0} table(s), {1} row(s) and {2} file(s).</source>
        <translation>Restauré : {0} table(s), {1} ligne(s) et {2} fichier(s).</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../dialogs/settings.py" line="13" />
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../dialogs/settings.py" line="17" />
        <location filename="../dialogs/settings.py" line="23" />
        <source>Same as the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <location filename="../dialogs/settings.py" line="21" />
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../dialogs/settings.py" line="24" />
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <location filename="../dialogs/settings.py" line="25" />
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <location filename="../dialogs/settings.py" line="27" />
        <source>Appearance</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <location filename="../dialogs/settings.py" line="28" />
        <source>Settings file: {0}</source>
        <translation>Fichier de paramètres : {0}</translation>
    </message>
</context>
<context>
    <name>StatsWidget</name>
    <message>
        <location filename="../widgets/stats.py" line="38" />
        <source>Success rate</source>
        <translation>Taux de réussite</translation>
    </message>
    <message>
        <location filename="../widgets/stats.py" line="39" />
        <source>Total size</source>
        <translation>Espace total</translation>
    </message>
    <message>
        <location filename="../widgets/stats.py" line="40" />
        <source>Mean duration</source>
        <translation>Durée moyenne</translation>
    </message>
    <message>
        <location filename="../widgets/stats.py" line="41" />
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <location filename="../widgets/stats.py" line="46" />
        <source>By type:</source>
        <translation>Par type :</translation>
    </message>
    <message>
        <location filename="../widgets/stats.py" line="61" />
        <source>{0} completed, {1} failed</source>
        <translation>{0} réussies, {1} en échec</translation>
    </message>
    <message>
        <location filename="../widgets/stats.py" line="63" />
        <source>{0} backups in total</source>
        <translation>{0} sauvegardes au total</translation>
    </message>
    <message>
        <location filename="../widgets/stats.py" line="65" />
        <source>of successful backups</source>
        <translation>des sauvegardes réussies</translation>
    </message>
    <message>
        <location filename="../widgets/stats.py" line="68" />
        <source>none the 7 days before</source>
        <translation>aucune les 7 jours d’avant</translation>
    </message>
    <message>
        <location filename="../widgets/stats.py" line="70" />
        <source>▲ {0} vs previous 7 days ({1})</source>
        <translation>▲ {0} par rapport aux 7 jours d’avant ({1})</translation>
    </message>
    <message>
        <location filename="../widgets/stats.py" line="74" />
        <source>▼ {0} vs previous 7 days ({1})</source>
        <translation>▼ {0} par rapport aux 7 jours d’avant ({1})</translation>
    </message>
    <message>
        <location filename="../widgets/stats.py" line="80" />
        <source>{0}: {1}</source>
        <translation>{0} : {1}</translation>
    </message>
</context>
<context>
    <name>Toast</name>
    <message>
        <location filename="../widgets/toasts.py" line="39" />
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
</context>
</TS>