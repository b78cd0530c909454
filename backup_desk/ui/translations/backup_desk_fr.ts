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
        <location filename="../configurations/card.py" line="139" />
        <source>A backup of this configuration is running.</source>
        <translation>Une sauvegarde de cette configuration est en cours.</translation>
    </message>
    <message numerus="yes">
        <location filename="../configurations/card.py" line="86" />
        <source>%n folder(s)</source>
        <translation>
            <numerusform>%n dossier</numerusform>
            <numerusform>%n dossiers</numerusform>
        </translation>
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
        <location filename="../dialogs/config_form.py" line="124" />
        <source>But always keep</source>
        <translation>Mais toujours garder</translation>
    </message>
    <message>
        <location filename="../dialogs/config_form.py" line="134" />
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <location filename="../dialogs/config_form.py" line="285" />
        <source>Checking the fields…</source>
        <translation>Vérification des champs…</translation>
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
    <message>
        <location filename="../dashboard/view.py" line="226" />
        <source>Open this backup</source>
        <translation>Ouvrir cette sauvegarde</translation>
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
    <message>
        <location filename="../dialogs/error_dialog.py" line="58" />
        <source>Copy details</source>
        <translation>Copier les détails</translation>
    </message>
    <message>
        <location filename="../dialogs/error_dialog.py" line="59" />
        <source>Copies the message and the technical details, to send them on</source>
        <translation>Copie le message et les détails techniques, pour les transmettre</translation>
    </message>
    <message>
        <location filename="../dialogs/error_dialog.py" line="71" />
        <source>Copied</source>
        <translation>Copié</translation>
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
        <location filename="../controllers/history_actions.py" line="164" />
        <source>“{0}” is the last good backup of “{1}”. Without it, there is nothing left to restore. Delete it anyway?</source>
        <translation>« {0} » est la dernière bonne sauvegarde de « {1} ». Sans elle, il ne reste rien à restaurer. La supprimer quand même ?</translation>
    </message>
    <message>
        <location filename="../controllers/history_actions.py" line="166" />
        <source>Delete the last good backup</source>
        <translation>Supprimer la dernière bonne sauvegarde</translation>
    </message>
    <message>
        <location filename="../controllers/history_actions.py" line="167" />
        <source>Delete it anyway</source>
        <translation>La supprimer quand même</translation>
    </message>
    <message>
        <location filename="../controllers/history_actions.py" line="44" />
        <source>Choose a backup in the list first.</source>
        <translation>Choisissez d’abord une sauvegarde dans la liste.</translation>
    </message>
    <message>
        <location filename="../controllers/history_actions.py" line="48" />
        <source>Wait until the job running on this backup ends.</source>
        <translation>Attendez la fin de la tâche en cours sur cette sauvegarde.</translation>
    </message>
    <message>
        <location filename="../controllers/history_actions.py" line="50" />
        <source>This backup is still running.</source>
        <translation>Cette sauvegarde est encore en cours.</translation>
    </message>
    <message>
        <location filename="../controllers/history_actions.py" line="52" />
        <source>Only a completed backup has an archive to copy, restore or verify.</source>
        <translation>Seule une sauvegarde terminée a une archive à copier, restaurer ou vérifier.</translation>
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
        <source>kB</source>
        <translation>ko</translation>
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
    <message>
        <location filename="../format.py" line="48" />
        <source>KB</source>
        <translation>Ko</translation>
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
        <translation>Chargement…</translation>
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
    <message>
        <location filename="../main_window.py" line="133" />
        <source>Schedules and notifications…</source>
        <translation>Planification et notifications…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="131" />
        <source>Set up a backup with the guide…</source>
        <translation>Configurer une sauvegarde avec le guide…</translation>
    </message>
    <message numerus="yes">
        <location filename="../main_window.py" line="220" />
        <source>%n job(s) running</source>
        <translation>
            <numerusform>%n tâche en cours</numerusform>
            <numerusform>%n tâches en cours</numerusform>
        </translation>
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
    <message>
        <location filename="../dialogs/restore_preview.py" line="1" />
        <source>Not carried</source>
        <translation>Non repris</translation>
    </message>
    <message>
        <location filename="../dialogs/restore_preview.py" line="1" />
        <source>Blocks</source>
        <translation>Bloque</translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message>
        <location filename="../widgets/progress_panel.py" line="103" />
        <source>No job running.</source>
        <translation>Aucune tâche en cours.</translation>
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
    <message>
        <location filename="../dialogs/quick_backup.py" line="52" />
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <location filename="../dialogs/quick_backup.py" line="87" />
        <source>Choose a database or a folder.</source>
        <translation>Choisissez une base de données ou un dossier.</translation>
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
    <message>
        <location filename="../dialogs/restore.py" line="1" />
        <source>Also replace tables that other objects depend on</source>
        <translation>Remplacer aussi les tables dont d’autres objets dépendent</translation>
    </message>
    <message>
        <location filename="../dialogs/restore.py" line="1" />
        <source>Keep the database objects' owners and privileges</source>
        <translation>Conserver les propriétaires et les droits des objets de la base</translation>
    </message>
    <message>
        <location filename="../dialogs/restore.py" line="1" />
        <source>PostgreSQL: owners and GRANTs as in the source (its roles must exist on the target); MariaDB/MySQL: the DEFINER of views, routines and triggers. Unticked, the restoring user owns everything</source>
        <translation>PostgreSQL : propriétaires et GRANT comme dans la source (ses rôles doivent exister sur la cible) ; MariaDB/MySQL : le DEFINER des vues, routines et déclencheurs. Décoché, l’utilisateur qui restaure possède tout</translation>
    </message>
    <message>
        <location filename="../dialogs/restore.py" line="1" />
        <source>Views, foreign keys or triggers outside the restore that use the replaced tables; the preview lists them</source>
        <translation>Vues, clés étrangères ou déclencheurs hors de la restauration qui utilisent les tables remplacées ; l’aperçu les liste</translation>
    </message>
    <message>
        <location filename="../dialogs/restore.py" line="192" />
        <source>The archive is encrypted: type its passphrase above to go on.</source>
        <translation>L’archive est chiffrée : saisissez sa phrase secrète ci-dessus pour continuer.</translation>
    </message>
    <message numerus="yes">
        <location filename="../dialogs/restore.py" line="290" />
        <source>Preview: %n item(s) would be written. Nothing was changed yet.</source>
        <translation>
            <numerusform>Aperçu : %n élément serait écrit. Rien n’a encore été modifié.</numerusform>
            <numerusform>Aperçu : %n éléments seraient écrits. Rien n’a encore été modifié.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../dialogs/restore.py" line="293" />
        <source>Restored {0}, {1} and {2}.</source>
        <translation>Restauré : {0}, {1} et {2}.</translation>
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
            <numerusform>%n ligne</numerusform>
            <numerusform>%n lignes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../dialogs/restore.py" line="296" />
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n fichier</numerusform>
            <numerusform>%n fichiers</numerusform>
        </translation>
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
<context>
    <name>InAppScheduler</name>
    <message>
        <location filename="../controllers/in_app_scheduler.py" line="49" />
        <source>Scheduled backups</source>
        <translation>Sauvegardes planifiées</translation>
    </message>
    <message>
        <location filename="../controllers/in_app_scheduler.py" line="58" />
        <source>Scheduled backup of “{0}” failed: {1}</source>
        <translation>La sauvegarde planifiée de « {0} » a échoué : {1}</translation>
    </message>
    <message>
        <location filename="../controllers/in_app_scheduler.py" line="61" />
        <source>Scheduled backup of “{0}” completed.</source>
        <translation>Sauvegarde planifiée de « {0} » terminée.</translation>
    </message>
</context>
<context>
    <name>RetentionFields</name>
    <message>
        <location filename="../widgets/schedule_fields.py" line="73" />
        <source> newest good archives, whatever their age</source>
        <translation> archives correctes les plus récentes, quel que soit leur âge</translation>
    </message>
    <message>
        <location filename="../widgets/schedule_fields.py" line="78" />
        <source>daily</source>
        <translation>quotidiennes</translation>
    </message>
    <message>
        <location filename="../widgets/schedule_fields.py" line="78" />
        <source>weekly</source>
        <translation>hebdomadaires</translation>
    </message>
    <message>
        <location filename="../widgets/schedule_fields.py" line="78" />
        <source>monthly</source>
        <translation>mensuelles</translation>
    </message>
    <message>
        <location filename="../widgets/schedule_fields.py" line="81" />
        <source>no {0}</source>
        <translation>pas de {0}</translation>
    </message>
    <message>
        <location filename="../widgets/schedule_fields.py" line="83" />
        <source>Grandfather-father-son: also keep the newest archive of each of the last N days / weeks / months.</source>
        <translation>Grand-père-père-fils : garder aussi l’archive la plus récente de chacun des N derniers jours / semaines / mois.</translation>
    </message>
    <message>
        <location filename="../widgets/schedule_fields.py" line="109" />
        <source>Nothing to delete yet: this configuration has no backup.</source>
        <translation>Rien à supprimer pour l’instant : cette configuration n’a aucune sauvegarde.</translation>
    </message>
    <message>
        <location filename="../widgets/schedule_fields.py" line="119" />
        <source>Retention is on hold: the newest backup is empty (suspicious).</source>
        <translation>Rétention suspendue : la sauvegarde la plus récente est vide (suspecte).</translation>
    </message>
    <message>
        <location filename="../widgets/schedule_fields.py" line="121" />
        <source>With these settings, no backup would be deleted now.</source>
        <translation>Avec ces réglages, aucune sauvegarde ne serait supprimée maintenant.</translation>
    </message>
    <message>
        <location filename="../widgets/schedule_fields.py" line="124" />
        <source>With these settings, {0} backup(s) ({1}) would be deleted now, the oldest from {2}.</source>
        <translation>Avec ces réglages, {0} sauvegarde(s) ({1}) seraient supprimées maintenant, la plus ancienne du {2}.</translation>
    </message>
</context>
<context>
    <name>ScheduleFields</name>
    <message>
        <location filename="../widgets/schedule_fields.py" line="24" />
        <source>at</source>
        <translation>à</translation>
    </message>
    <message>
        <location filename="../widgets/schedule_fields.py" line="27" />
        <source>on</source>
        <translation>le</translation>
    </message>
    <message>
        <location filename="../widgets/schedule_fields.py" line="29" />
        <source>Monday</source>
        <translation>lundi</translation>
    </message>
    <message>
        <location filename="../widgets/schedule_fields.py" line="29" />
        <source>Tuesday</source>
        <translation>mardi</translation>
    </message>
    <message>
        <location filename="../widgets/schedule_fields.py" line="29" />
        <source>Wednesday</source>
        <translation>mercredi</translation>
    </message>
    <message>
        <location filename="../widgets/schedule_fields.py" line="29" />
        <source>Thursday</source>
        <translation>jeudi</translation>
    </message>
    <message>
        <location filename="../widgets/schedule_fields.py" line="30" />
        <source>Friday</source>
        <translation>vendredi</translation>
    </message>
    <message>
        <location filename="../widgets/schedule_fields.py" line="30" />
        <source>Saturday</source>
        <translation>samedi</translation>
    </message>
    <message>
        <location filename="../widgets/schedule_fields.py" line="30" />
        <source>Sunday</source>
        <translation>dimanche</translation>
    </message>
    <message>
        <location filename="../widgets/schedule_fields.py" line="34" />
        <source>day </source>
        <translation>jour </translation>
    </message>
    <message>
        <location filename="../widgets/schedule_fields.py" line="35" />
        <source>Past the month's end, the run happens on its last day.</source>
        <translation>Au-delà de la fin du mois, la sauvegarde a lieu le dernier jour.</translation>
    </message>
</context>
<context>
    <name>SchedulesDialog</name>
    <message>
        <location filename="../dialogs/schedules.py" line="45" />
        <source>Schedules and notifications</source>
        <translation>Planification et notifications</translation>
    </message>
    <message>
        <location filename="../dialogs/schedules.py" line="63" />
        <source>When the window is closed</source>
        <translation>Quand la fenêtre est fermée</translation>
    </message>
    <message>
        <location filename="../dialogs/schedules.py" line="69" />
        <source>Run backups with the window closed</source>
        <translation>Sauvegarder même fenêtre fermée</translation>
    </message>
    <message>
        <location filename="../dialogs/schedules.py" line="71" />
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <location filename="../dialogs/schedules.py" line="80" />
        <source>While the app runs</source>
        <translation>Pendant que l’application tourne</translation>
    </message>
    <message>
        <location filename="../dialogs/schedules.py" line="82" />
        <source>Pause all schedules</source>
        <translation>Suspendre toutes les planifications</translation>
    </message>
    <message>
        <location filename="../dialogs/schedules.py" line="84" />
        <source>Closing the window keeps Backup Desk in the tray</source>
        <translation>Fermer la fenêtre laisse Backup Desk dans la zone de notification</translation>
    </message>
    <message>
        <location filename="../dialogs/schedules.py" line="91" />
        <source>Send test</source>
        <translation>Envoyer un test</translation>
    </message>
    <message>
        <location filename="../dialogs/schedules.py" line="97" />
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <location filename="../dialogs/schedules.py" line="100" />
        <source>Failures</source>
        <translation>Échecs</translation>
    </message>
    <message>
        <location filename="../dialogs/schedules.py" line="101" />
        <source>Overdue configurations</source>
        <translation>Configurations en retard</translation>
    </message>
    <message>
        <location filename="../dialogs/schedules.py" line="102" />
        <source>Successes</source>
        <translation>Réussites</translation>
    </message>
    <message>
        <location filename="../dialogs/schedules.py" line="107" />
        <source>Tell me about</source>
        <translation>Me prévenir des</translation>
    </message>
    <message>
        <location filename="../dialogs/schedules.py" line="109" />
        <source>Desktop notification</source>
        <translation>Notification sur le bureau</translation>
    </message>
    <message>
        <location filename="../dialogs/schedules.py" line="115" />
        <source>E-mail</source>
        <translation>Courriel</translation>
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
        <translation>Aucune (relais local de confiance)</translation>
    </message>
    <message>
        <location filename="../dialogs/schedules.py" line="135" />
        <source>SMTP server</source>
        <translation>Serveur SMTP</translation>
    </message>
    <message>
        <location filename="../dialogs/schedules.py" line="137" />
        <source>User name</source>
        <translation>Nom d’utilisateur</translation>
    </message>
    <message>
        <location filename="../dialogs/schedules.py" line="140" />
        <source>Kept in the system keyring; leave empty to keep it</source>
        <translation>Gardé dans le trousseau du système ; laisser vide pour le conserver</translation>
    </message>
    <message>
        <location filename="../dialogs/schedules.py" line="141" />
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location filename="../dialogs/schedules.py" line="143" />
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <location filename="../dialogs/schedules.py" line="145" />
        <source>one or more addresses, separated by commas</source>
        <translation>une ou plusieurs adresses, séparées par des virgules</translation>
    </message>
    <message>
        <location filename="../dialogs/schedules.py" line="146" />
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <location filename="../dialogs/schedules.py" line="148" />
        <source>optional: the server's own certificate (PEM)</source>
        <translation>facultatif : le certificat propre du serveur (PEM)</translation>
    </message>
    <message>
        <location filename="../dialogs/schedules.py" line="149" />
        <source>Trust certificate</source>
        <translation>Certificat de confiance</translation>
    </message>
    <message>
        <location filename="../dialogs/schedules.py" line="155" />
        <source>Webhook (JSON POST)</source>
        <translation>Webhook (POST JSON)</translation>
    </message>
    <message>
        <location filename="../dialogs/schedules.py" line="162" />
        <source>Quick backups and archives of deleted configurations</source>
        <translation>Sauvegardes rapides et archives des configurations supprimées</translation>
    </message>
    <message>
        <location filename="../dialogs/schedules.py" line="166" />
        <source>forever</source>
        <translation>pour toujours</translation>
    </message>
    <message>
        <location filename="../dialogs/schedules.py" line="167" />
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <location filename="../dialogs/schedules.py" line="169" />
        <source>Keep them</source>
        <translation>Les garder</translation>
    </message>
    <message>
        <location filename="../dialogs/schedules.py" line="173" />
        <source>Always keep the newest</source>
        <translation>Toujours garder les plus récentes</translation>
    </message>
    <message>
        <location filename="../dialogs/schedules.py" line="179" />
        <source>Backups run when the window is closed ({0}).</source>
        <translation>Les sauvegardes ont lieu quand la fenêtre est fermée ({0}).</translation>
    </message>
    <message>
        <location filename="../dialogs/schedules.py" line="181" />
        <source>Backups do NOT run when the window is closed yet: {0}</source>
        <translation>Les sauvegardes n’ont PAS encore lieu quand la fenêtre est fermée : {0}</translation>
    </message>
    <message>
        <location filename="../dialogs/schedules.py" line="183" />
        <source>Backups run only while Backup Desk is open (the window or the tray).</source>
        <translation>Les sauvegardes n’ont lieu que lorsque Backup Desk est ouvert (fenêtre ou zone de notification).</translation>
    </message>
    <message>
        <location filename="../dialogs/schedules.py" line="211" />
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <location filename="../dialogs/schedules.py" line="219" />
        <source>Test sent ({0}).</source>
        <translation>Test envoyé ({0}).</translation>
    </message>
    <message>
        <location filename="../dialogs/schedules.py" line="221" />
        <source>Not sent: {0}</source>
        <translation>Non envoyé : {0}</translation>
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
        <translation>Toujours actif dans la zone de notification : les sauvegardes planifiées continuent.</translation>
    </message>
    <message>
        <location filename="../tray.py" line="50" />
        <source>Open Backup Desk</source>
        <translation>Ouvrir Backup Desk</translation>
    </message>
    <message>
        <location filename="../tray.py" line="52" />
        <source>Back up now</source>
        <translation>Sauvegarder maintenant</translation>
    </message>
    <message>
        <location filename="../tray.py" line="53" />
        <source>Pause schedules</source>
        <translation>Suspendre les planifications</translation>
    </message>
    <message>
        <location filename="../tray.py" line="56" />
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <location filename="../tray.py" line="138" />
        <source>{0} job(s) running</source>
        <translation>{0} tâche(s) en cours</translation>
    </message>
    <message>
        <location filename="../tray.py" line="140" />
        <source>Last run failed: {0}</source>
        <translation>Dernière exécution en échec : {0}</translation>
    </message>
    <message>
        <location filename="../tray.py" line="142" />
        <source>Overdue: {0}</source>
        <translation>En retard : {0}</translation>
    </message>
    <message>
        <location filename="../tray.py" line="144" />
        <source>Schedules are paused</source>
        <translation>Les planifications sont suspendues</translation>
    </message>
    <message>
        <location filename="../tray.py" line="146" />
        <source>Next run: {0}, {1}</source>
        <translation>Prochaine exécution : {0}, {1}</translation>
    </message>
</context>
<context>
    <name>ConnectionFieldsWidget</name>
    <message>
        <location filename="../widgets/connection_fields.py" line="50" />
        <source>SQLite file</source>
        <translation>Fichier SQLite</translation>
    </message>
    <message>
        <location filename="../widgets/connection_fields.py" line="51" />
        <source>PostgreSQL server</source>
        <translation>Serveur PostgreSQL</translation>
    </message>
    <message>
        <location filename="../widgets/connection_fields.py" line="52" />
        <source>MariaDB / MySQL server</source>
        <translation>Serveur MariaDB / MySQL</translation>
    </message>
    <message>
        <location filename="../widgets/connection_fields.py" line="53" />
        <source>Advanced: database URL</source>
        <translation>Avancé : URL de la base</translation>
    </message>
    <message>
        <location filename="../widgets/connection_fields.py" line="61" />
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <location filename="../widgets/connection_fields.py" line="81" />
        <source>Choose the database file…</source>
        <translation>Choisissez le fichier de la base…</translation>
    </message>
    <message>
        <location filename="../widgets/connection_fields.py" line="82" />
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location filename="../widgets/connection_fields.py" line="99" />
        <source>Kept in the system keyring, never in the catalog.</source>
        <translation>Conservé dans le trousseau du système, jamais dans le catalogue.</translation>
    </message>
    <message>
        <location filename="../widgets/connection_fields.py" line="102" />
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <location filename="../widgets/connection_fields.py" line="103" />
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../widgets/connection_fields.py" line="104" />
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <location filename="../widgets/connection_fields.py" line="105" />
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <location filename="../widgets/connection_fields.py" line="106" />
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location filename="../widgets/connection_fields.py" line="146" />
        <source>Unchanged (stored in the keyring)</source>
        <translation>Inchangé (conservé dans le trousseau)</translation>
    </message>
    <message>
        <location filename="../widgets/connection_fields.py" line="159" />
        <source>Choose the database file.</source>
        <translation>Choisissez le fichier de la base.</translation>
    </message>
    <message>
        <location filename="../widgets/connection_fields.py" line="160" />
        <source>Give the database address.</source>
        <translation>Indiquez l’adresse de la base.</translation>
    </message>
    <message>
        <location filename="../widgets/connection_fields.py" line="161" />
        <source>This is not a database address (e.g. sqlite:////home/me/app.db).</source>
        <translation>Ce n’est pas une adresse de base de données (par ex. sqlite:////home/moi/app.db).</translation>
    </message>
    <message>
        <location filename="../widgets/connection_fields.py" line="162" />
        <source>Fill in the server.</source>
        <translation>Indiquez le serveur.</translation>
    </message>
    <message>
        <location filename="../widgets/connection_fields.py" line="163" />
        <source>Fill in the database name.</source>
        <translation>Indiquez le nom de la base.</translation>
    </message>
    <message>
        <location filename="../widgets/connection_fields.py" line="164" />
        <source>Fill in the user name.</source>
        <translation>Indiquez le nom d’utilisateur.</translation>
    </message>
    <message>
        <location filename="../widgets/connection_fields.py" line="193" />
        <source>Choose the SQLite database</source>
        <translation>Choisir la base SQLite</translation>
    </message>
    <message>
        <location filename="../widgets/connection_fields.py" line="194" />
        <source>SQLite databases (*.sqlite *.sqlite3 *.db *.db3);;All files (*)</source>
        <translation>Bases SQLite (*.sqlite *.sqlite3 *.db *.db3);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../widgets/connection_fields.py" line="197" />
        <source>New SQLite database</source>
        <translation>Nouvelle base SQLite</translation>
    </message>
    <message>
        <location filename="../widgets/connection_fields.py" line="198" />
        <source>SQLite databases (*.sqlite *.sqlite3 *.db *.db3)</source>
        <translation>Bases SQLite (*.sqlite *.sqlite3 *.db *.db3)</translation>
    </message>
</context>
<context>
    <name>ConnectionTester</name>
    <message>
        <location filename="../widgets/connection_fields.py" line="229" />
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <location filename="../widgets/connection_fields.py" line="234" />
        <source>Connected.</source>
        <translation>Connecté.</translation>
    </message>
</context>
<context>
    <name>DestinationPage</name>
    <message>
        <location filename="../first_run/wizard.py" line="168" />
        <location filename="../first_run/wizard.py" line="185" />
        <source>Where to keep the backups</source>
        <translation>Où garder les sauvegardes</translation>
    </message>
    <message>
        <location filename="../first_run/wizard.py" line="170" />
        <source>Backups will be saved in this folder on this computer:</source>
        <translation>Les sauvegardes seront enregistrées dans ce dossier de cet ordinateur :</translation>
    </message>
    <message>
        <location filename="../first_run/wizard.py" line="175" />
        <source>For protection against a broken disk, choose a folder on another disk or a network share.</source>
        <translation>Pour être protégé d’une panne de disque, choisissez un dossier sur un autre disque ou un partage réseau.</translation>
    </message>
    <message>
        <location filename="../first_run/wizard.py" line="177" />
        <source>Choose another folder…</source>
        <translation>Choisir un autre dossier…</translation>
    </message>
</context>
<context>
    <name>FirstBackupPage</name>
    <message>
        <location filename="../first_run/wizard.py" line="304" />
        <source>First backup</source>
        <translation>Première sauvegarde</translation>
    </message>
    <message>
        <location filename="../first_run/wizard.py" line="312" />
        <source>Try again</source>
        <translation>Réessayer</translation>
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
            <numerusform>%n fichier</numerusform>
            <numerusform>%n fichiers</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../first_run/wizard.py" line="344" />
        <source>Your first backup is done and verified: it can be restored.</source>
        <translation>Votre première sauvegarde est faite et vérifiée : elle peut être restaurée.</translation>
    </message>
    <message>
        <location filename="../first_run/wizard.py" line="348" />
        <source>The first backup did not succeed: {0}</source>
        <translation>La première sauvegarde n’a pas abouti : {0}</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../first_run/wizard.py" line="376" />
        <source>Set up a backup</source>
        <translation>Configurer une sauvegarde</translation>
    </message>
</context>
<context>
    <name>GuideController</name>
    <message>
        <location filename="../first_run/controller.py" line="46" />
        <source>Saving the configuration…</source>
        <translation>Enregistrement de la configuration…</translation>
    </message>
    <message>
        <location filename="../first_run/controller.py" line="59" />
        <source>Backing up, then checking the backup…</source>
        <translation>Sauvegarde, puis vérification de la sauvegarde…</translation>
    </message>
    <message>
        <location filename="../first_run/controller.py" line="65" />
        <source>First backup of “{0}”</source>
        <translation>Première sauvegarde de « {0} »</translation>
    </message>
    <message>
        <location filename="../first_run/controller.py" line="66" />
        <source>A backup of “{0}” is already running.</source>
        <translation>Une sauvegarde de « {0} » est déjà en cours.</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../dialogs/passphrase_prompt.py" line="14" />
        <source>Passphrase needed</source>
        <translation>Phrase secrète nécessaire</translation>
    </message>
    <message>
        <location filename="../dialogs/passphrase_prompt.py" line="17" />
        <source>That passphrase does not open “{0}”. Type it again:</source>
        <translation>Cette phrase secrète n’ouvre pas « {0} ». Saisissez-la à nouveau :</translation>
    </message>
    <message>
        <location filename="../dialogs/passphrase_prompt.py" line="18" />
        <source>“{0}” is encrypted. Type its passphrase:</source>
        <translation>« {0} » est chiffrée. Saisissez sa phrase secrète :</translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <location filename="../first_run/wizard.py" line="197" />
        <source>Lock the backups with a passphrase</source>
        <translation>Verrouiller les sauvegardes par une phrase secrète</translation>
    </message>
    <message>
        <location filename="../first_run/wizard.py" line="199" />
        <source>Encrypt the backups (recommended)</source>
        <translation>Chiffrer les sauvegardes (recommandé)</translation>
    </message>
    <message>
        <location filename="../first_run/wizard.py" line="207" />
        <source>Type it again</source>
        <translation>Saisissez-la à nouveau</translation>
    </message>
    <message>
        <location filename="../first_run/wizard.py" line="208" />
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <location filename="../first_run/wizard.py" line="209" />
        <source>Confirm</source>
        <translation>Confirmer</translation>
    </message>
    <message>
        <location filename="../first_run/wizard.py" line="220" />
        <source>Strength</source>
        <translation>Robustesse</translation>
    </message>
    <message>
        <location filename="../first_run/wizard.py" line="223" />
        <source>Write it down and keep it somewhere safe. Without it nobody, not even us, can open these backups. It is kept in this computer's keyring so scheduled backups can run.</source>
        <translation>Notez-la et gardez-la en lieu sûr. Sans elle, personne, pas même nous, ne peut ouvrir ces sauvegardes. Elle est conservée dans le trousseau de cet ordinateur pour que les sauvegardes planifiées puissent s’exécuter.</translation>
    </message>
    <message>
        <location filename="../first_run/wizard.py" line="228" />
        <source>I have written it down</source>
        <translation>Je l’ai notée</translation>
    </message>
    <message>
        <location filename="../first_run/wizard.py" line="243" />
        <source>Use at least 8 characters; a few unrelated words are best.</source>
        <translation>Utilisez au moins 8 caractères ; quelques mots sans rapport entre eux, c’est le mieux.</translation>
    </message>
    <message>
        <location filename="../first_run/wizard.py" line="245" />
        <source>Type the same passphrase in both fields.</source>
        <translation>Saisissez la même phrase secrète dans les deux champs.</translation>
    </message>
    <message>
        <location filename="../first_run/wizard.py" line="247" />
        <source>Tick “I have written it down” once you have.</source>
        <translation>Cochez « Je l’ai notée » une fois que c’est fait.</translation>
    </message>
</context>
<context>
    <name>SchedulePage</name>
    <message>
        <location filename="../first_run/wizard.py" line="270" />
        <source>How often</source>
        <translation>À quelle fréquence</translation>
    </message>
    <message>
        <location filename="../first_run/wizard.py" line="274" />
        <source>Every day (recommended)</source>
        <translation>Chaque jour (recommandé)</translation>
    </message>
    <message>
        <location filename="../first_run/wizard.py" line="274" />
        <source>Every week</source>
        <translation>Chaque semaine</translation>
    </message>
    <message>
        <location filename="../first_run/wizard.py" line="274" />
        <source>Every month</source>
        <translation>Chaque mois</translation>
    </message>
    <message>
        <location filename="../first_run/wizard.py" line="275" />
        <source>Only when I ask</source>
        <translation>Seulement quand je le demande</translation>
    </message>
    <message>
        <location filename="../first_run/wizard.py" line="283" />
        <source>My backup</source>
        <translation>Ma sauvegarde</translation>
    </message>
    <message>
        <location filename="../first_run/wizard.py" line="284" />
        <source>Name of this backup</source>
        <translation>Nom de cette sauvegarde</translation>
    </message>
    <message>
        <location filename="../first_run/wizard.py" line="287" />
        <source>Backups older than 30 days are removed; this can be changed later.</source>
        <translation>Les sauvegardes de plus de 30 jours sont supprimées ; vous pourrez le changer plus tard.</translation>
    </message>
</context>
<context>
    <name>SourcePage</name>
    <message>
        <location filename="../first_run/wizard.py" line="71" />
        <source>What to protect</source>
        <translation>Quoi protéger</translation>
    </message>
    <message>
        <location filename="../first_run/wizard.py" line="72" />
        <source>A database, folders, or both.</source>
        <translation>Une base de données, des dossiers, ou les deux.</translation>
    </message>
    <message>
        <location filename="../first_run/wizard.py" line="74" />
        <source>A database</source>
        <translation>Une base de données</translation>
    </message>
    <message>
        <location filename="../first_run/wizard.py" line="80" />
        <source>Folders</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <location filename="../first_run/wizard.py" line="87" />
        <source>Add a folder…</source>
        <translation>Ajouter un dossier…</translation>
    </message>
    <message>
        <location filename="../first_run/wizard.py" line="88" />
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../first_run/wizard.py" line="119" />
        <source>Choose a folder to protect</source>
        <translation>Choisir un dossier à protéger</translation>
    </message>
    <message>
        <location filename="../first_run/wizard.py" line="142" />
        <source>Choose a database or add a folder.</source>
        <translation>Choisissez une base de données ou ajoutez un dossier.</translation>
    </message>
    <message>
        <location filename="../first_run/wizard.py" line="144" />
        <source>Add a folder, or untick “Folders”.</source>
        <translation>Ajoutez un dossier, ou décochez « Dossiers ».</translation>
    </message>
    <message>
        <location filename="../first_run/wizard.py" line="150" />
        <source>Checking the database…</source>
        <translation>Vérification de la base…</translation>
    </message>
    <message>
        <location filename="../first_run/wizard.py" line="151" />
        <source>Press “Test connection” to check the database.</source>
        <translation>Appuyez sur « Tester la connexion » pour vérifier la base.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../first_run/wizard.py" line="47" />
        <source>Welcome to Backup Desk</source>
        <translation>Bienvenue dans Backup Desk</translation>
    </message>
    <message>
        <location filename="../first_run/wizard.py" line="50" />
        <source>In five short steps you choose what to protect, where to keep the backups and how often. Then a first backup runs and is checked, so you know it can be restored.</source>
        <translation>En cinq courtes étapes, vous choisissez quoi protéger, où garder les sauvegardes et à quelle fréquence. Puis une première sauvegarde est faite et vérifiée : vous savez qu’elle peut être restaurée.</translation>
    </message>
    <message>
        <location filename="../first_run/wizard.py" line="55" />
        <source>Try the demonstration instead</source>
        <translation>Essayer plutôt la démonstration</translation>
    </message>
    <message>
        <location filename="../first_run/wizard.py" line="57" />
        <source>Creates sample configurations over a small generated database and folder</source>
        <translation>Crée des configurations d’exemple sur une petite base et un dossier générés</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source> and {0} more</source>
        <translation> et {0} de plus</translation>
    </message>
    <message>
        <source>--ask-password needs a terminal to ask for the password of {0}.</source>
        <translation>--ask-password a besoin d’un terminal pour demander le mot de passe de {0}.</translation>
    </message>
    <message>
        <source>--count must be between 1 and {0} (got {1}).</source>
        <translation>--count doit être compris entre 1 et {0} (reçu : {1}).</translation>
    </message>
    <message>
        <source>--from is after --to.</source>
        <translation>--from est postérieur à --to.</translation>
    </message>
    <message>
        <source>--hours must be between 0 and 8760 (got {0:g}).</source>
        <translation>--hours doit être compris entre 0 et 8760 (reçu : {0:g}).</translation>
    </message>
    <message>
        <source>--page must be 1 or more.</source>
        <translation>--page doit valoir 1 ou plus.</translation>
    </message>
    <message>
        <source>--page-size {0} is out of range.</source>
        <translation>--page-size {0} est hors limites.</translation>
    </message>
    <message>
        <source>A backup of “{0}” is already {1} (backup {2}).</source>
        <translation>Une sauvegarde de « {0} » est déjà à l’état {1} (sauvegarde {2}).</translation>
    </message>
    <message>
        <source>A configuration named “{0}” already exists.</source>
        <translation>Une configuration nommée « {0} » existe déjà.</translation>
    </message>
    <message>
        <source>A data backup restores into an existing schema: restore a full backup first.</source>
        <translation>Une sauvegarde de données se restaure dans un schéma existant : restaurez d’abord une sauvegarde complète.</translation>
    </message>
    <message>
        <source>A data backup restores into an existing schema: restore a full or metadata backup first.</source>
        <translation>Une sauvegarde de données se restaure dans un schéma existant : restaurez d’abord une sauvegarde complète ou de métadonnées.</translation>
    </message>
    <message>
        <source>A metadata or data backup needs a source database.</source>
        <translation>Une sauvegarde de métadonnées ou de données demande une base source.</translation>
    </message>
    <message>
        <source>A name is required.</source>
        <translation>Un nom est obligatoire.</translation>
    </message>
    <message>
        <source>A row of table {0} is too long for the server to send within its max_allowed_packet.</source>
        <translation>Une ligne de la table {0} est trop longue pour que le serveur l’envoie dans la limite de son max_allowed_packet.</translation>
    </message>
    <message>
        <source>A value of table {0} cannot be carried into another engine: {1}.</source>
        <translation>Une valeur de la table {0} ne peut pas être transposée vers un autre moteur : {1}.</translation>
    </message>
    <message>
        <source>Add --encrypt to turn encryption on with a new passphrase.</source>
        <translation>Ajoutez --encrypt pour activer le chiffrement avec une nouvelle phrase secrète.</translation>
    </message>
    <message>
        <source>Add --last-good-too to delete it from a script anyway.</source>
        <translation>Ajoutez --last-good-too pour la supprimer malgré tout depuis un script.</translation>
    </message>
    <message>
        <source>Add --replace to confirm (a safety backup is made first), or choose --to-url / --to-folder, or preview with --dry-run.</source>
        <translation>Ajoutez --replace pour confirmer (une sauvegarde de sécurité est faite d’abord), choisissez --to-url / --to-folder, ou prévisualisez avec --dry-run.</translation>
    </message>
    <message>
        <source>Add --replace to write over it, or choose an empty target; --dry-run shows what would be written.</source>
        <translation>Ajoutez --replace pour écrire par-dessus, ou choisissez une cible vide ; --dry-run montre ce qui serait écrit.</translation>
    </message>
    <message>
        <source>Add --yes to confirm from a script.</source>
        <translation>Ajoutez --yes pour confirmer depuis un script.</translation>
    </message>
    <message>
        <source>Add at least one folder, or turn off “include files”.</source>
        <translation>Ajoutez au moins un dossier, ou désactivez « inclure les fichiers ».</translation>
    </message>
    <message>
        <source>Add the database name to the URL: …/dbname.</source>
        <translation>Ajoutez le nom de la base à l’URL : …/nom_de_la_base.</translation>
    </message>
    <message>
        <source>Add those tables to the restore, or agree to restore anyway (--allow-dependents).</source>
        <translation>Ajoutez ces tables à la restauration, ou acceptez de restaurer malgré tout (--allow-dependents).</translation>
    </message>
    <message>
        <source>An empty list was given.</source>
        <translation>La liste donnée est vide.</translation>
    </message>
    <message>
        <source>An empty passphrase cannot protect an archive.</source>
        <translation>Une phrase secrète vide ne peut pas protéger une archive.</translation>
    </message>
    <message>
        <source>Archives cannot be written to {0} ({1}).</source>
        <translation>Impossible d’écrire des archives dans {0} ({1}).</translation>
    </message>
    <message>
        <source>Backup #{0} is the last good backup of {1!r}.</source>
        <translation>La sauvegarde n° {0} est la dernière sauvegarde valide de {1!r}.</translation>
    </message>
    <message>
        <source>Backup Desk cannot back these up faithfully yet; convert or drop them, or back up with mariadb-dump.</source>
        <translation>Backup Desk ne sait pas encore les sauvegarder fidèlement ; convertissez-les ou supprimez-les, ou sauvegardez avec mariadb-dump.</translation>
    </message>
    <message>
        <source>Backup ids are numbers; run `backup-desk list` to see them.</source>
        <translation>Les identifiants de sauvegarde sont des nombres ; lancez `backup-desk list` pour les voir.</translation>
    </message>
    <message>
        <source>Backup {0} has no archive (status: {1}).</source>
        <translation>La sauvegarde {0} n’a pas d’archive (état : {1}).</translation>
    </message>
    <message>
        <source>Backup {0} is still {1}.</source>
        <translation>La sauvegarde {0} est encore à l’état {1}.</translation>
    </message>
    <message>
        <source>Between 0 (off) and 1000.</source>
        <translation>Entre 0 (désactivé) et 1000.</translation>
    </message>
    <message>
        <source>Cancel it or wait for it to finish, then delete it.</source>
        <translation>Annulez-la ou attendez qu’elle se termine, puis supprimez-la.</translation>
    </message>
    <message>
        <source>Cancelled by the user.</source>
        <translation>Annulée par l’utilisateur.</translation>
    </message>
    <message>
        <source>Cannot connect to the database {0}: {1}</source>
        <translation>Connexion impossible à la base {0} : {1}</translation>
    </message>
    <message>
        <source>Cannot connect to the source database: {0}</source>
        <translation>Connexion impossible à la base source : {0}</translation>
    </message>
    <message>
        <source>Cannot reach the webhook ({0}).</source>
        <translation>Impossible de joindre le webhook ({0}).</translation>
    </message>
    <message>
        <source>Cannot read the {0} file {1}: {2}.</source>
        <translation>Impossible de lire le fichier de {0} {1} : {2}.</translation>
    </message>
    <message>
        <source>Cannot send e-mail through {0}:{1} ({2}).</source>
        <translation>Impossible d’envoyer un e-mail par {0}:{1} ({2}).</translation>
    </message>
    <message>
        <source>Cannot store the {0} in the keyring ({1}).</source>
        <translation>Impossible d’enregistrer {0} dans le trousseau ({1}).</translation>
    </message>
    <message>
        <source>Cannot store the {0}: no keyring is available.</source>
        <translation>Impossible d’enregistrer {0} : aucun trousseau n’est disponible.</translation>
    </message>
    <message>
        <source>Change their type, or leave these tables out of the database the configuration backs up.</source>
        <translation>Changez leur type, ou laissez ces tables hors de la base de données que la configuration sauvegarde.</translation>
    </message>
    <message>
        <source>Check `crontab -l`; nothing was changed.</source>
        <translation>Vérifiez `crontab -l` ; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Check that the database is reachable and readable, then run the backup again.</source>
        <translation>Vérifiez que la base est joignable et lisible, puis relancez la sauvegarde.</translation>
    </message>
    <message>
        <source>Check that the file is a SQLite database this account may read.</source>
        <translation>Vérifiez que le fichier est une base SQLite que ce compte peut lire.</translation>
    </message>
    <message>
        <source>Check that the folder exists and that this account may read it, or remove it from the configuration.</source>
        <translation>Vérifiez que le dossier existe et que ce compte peut le lire, ou retirez-le de la configuration.</translation>
    </message>
    <message>
        <source>Check that the server is running and that the URL and password are right.</source>
        <translation>Vérifiez que le serveur est démarré, et que l’URL et le mot de passe sont corrects.</translation>
    </message>
    <message>
        <source>Check the address and the network.</source>
        <translation>Vérifiez l’adresse et le réseau.</translation>
    </message>
    <message>
        <source>Check the address.</source>
        <translation>Vérifiez l’adresse.</translation>
    </message>
    <message>
        <source>Check the passphrase (it is case-sensitive) and try again.</source>
        <translation>Vérifiez la phrase secrète (majuscules et minuscules comptent) et réessayez.</translation>
    </message>
    <message>
        <source>Check the path and its permissions.</source>
        <translation>Vérifiez le chemin et ses droits d’accès.</translation>
    </message>
    <message>
        <source>Check the path and try again.</source>
        <translation>Vérifiez le chemin et réessayez.</translation>
    </message>
    <message>
        <source>Check the path in the configuration's database URL.</source>
        <translation>Vérifiez le chemin dans l’URL de la base de la configuration.</translation>
    </message>
    <message>
        <source>Check the path.</source>
        <translation>Vérifiez le chemin.</translation>
    </message>
    <message>
        <source>Check the security mode, the port (STARTTLS: 587, TLS: 465) and the certificate.</source>
        <translation>Vérifiez le mode de sécurité, le port (STARTTLS : 587, TLS : 465) et le certificat.</translation>
    </message>
    <message>
        <source>Check the server, port and security mode.</source>
        <translation>Vérifiez le serveur, le port et le mode de sécurité.</translation>
    </message>
    <message>
        <source>Check the user name and the password stored for it.</source>
        <translation>Vérifiez le nom d’utilisateur et le mot de passe enregistré pour lui.</translation>
    </message>
    <message>
        <source>Choose 10, 25, 50 or 100.</source>
        <translation>Choisissez 10, 25, 50 ou 100.</translation>
    </message>
    <message>
        <source>Choose a .zip or .bdarc file made by Backup Desk.</source>
        <translation>Choisissez un fichier .zip ou .bdarc créé par Backup Desk.</translation>
    </message>
    <message>
        <source>Choose a completed backup.</source>
        <translation>Choisissez une sauvegarde terminée.</translation>
    </message>
    <message>
        <source>Choose a database, a destination folder, or both.</source>
        <translation>Choisissez une base, un dossier de destination, ou les deux.</translation>
    </message>
    <message>
        <source>Choose a day of the week.</source>
        <translation>Choisissez un jour de la semaine.</translation>
    </message>
    <message>
        <source>Choose a destination folder for the files.</source>
        <translation>Choisissez un dossier de destination pour les fichiers.</translation>
    </message>
    <message>
        <source>Choose a destination folder this account may write to.</source>
        <translation>Choisissez un dossier de destination où ce compte peut écrire.</translation>
    </message>
    <message>
        <source>Choose a destination folder this account may write to; nothing was moved into place.</source>
        <translation>Choisissez un dossier de destination où ce compte peut écrire ; rien n’a été mis en place.</translation>
    </message>
    <message>
        <source>Choose a destination folder, or only the folders you want back.</source>
        <translation>Choisissez un dossier de destination, ou seulement les dossiers à récupérer.</translation>
    </message>
    <message>
        <source>Choose a file name.</source>
        <translation>Choisissez un nom de fichier.</translation>
    </message>
    <message>
        <source>Choose a folder, not a file, in the configuration.</source>
        <translation>Choisissez un dossier, et non un fichier, dans la configuration.</translation>
    </message>
    <message>
        <source>Choose a number in that range.</source>
        <translation>Choisissez un nombre dans cet intervalle.</translation>
    </message>
    <message>
        <source>Choose a passphrase.</source>
        <translation>Choisissez une phrase secrète.</translation>
    </message>
    <message>
        <source>Choose a target database and/or a target folder.</source>
        <translation>Choisissez une base cible et/ou un dossier cible.</translation>
    </message>
    <message>
        <source>Choose an absolute folder for the archives.</source>
        <translation>Choisissez un chemin absolu pour le dossier des archives.</translation>
    </message>
    <message>
        <source>Choose an archive made by Backup Desk.</source>
        <translation>Choisissez une archive créée par Backup Desk.</translation>
    </message>
    <message>
        <source>Choose an empty or new folder, or ask to replace what is there.</source>
        <translation>Choisissez un dossier vide ou nouveau, ou demandez à remplacer son contenu.</translation>
    </message>
    <message>
        <source>Choose another destination folder, or remove this folder from the configuration.</source>
        <translation>Choisissez un autre dossier de destination, ou retirez ce dossier de la configuration.</translation>
    </message>
    <message>
        <source>Choose another destination folder.</source>
        <translation>Choisissez un autre dossier de destination.</translation>
    </message>
    <message>
        <source>Choose another name or add --overwrite.</source>
        <translation>Choisissez un autre nom ou ajoutez --overwrite.</translation>
    </message>
    <message>
        <source>Choose another name, or confirm replacing it (--overwrite on the command line).</source>
        <translation>Choisissez un autre nom, ou confirmez son remplacement (--overwrite en ligne de commande).</translation>
    </message>
    <message>
        <source>Choose another one.</source>
        <translation>Choisissez-en une autre.</translation>
    </message>
    <message>
        <source>Choose another place.</source>
        <translation>Choisissez un autre emplacement.</translation>
    </message>
    <message>
        <source>Choose another target file.</source>
        <translation>Choisissez un autre fichier cible.</translation>
    </message>
    <message>
        <source>Choose between 1 and {0} rows per page.</source>
        <translation>Choisissez entre 1 et {0} lignes par page.</translation>
    </message>
    <message>
        <source>Choose full, metadata or data.</source>
        <translation>Choisissez complète, métadonnées ou données.</translation>
    </message>
    <message>
        <source>Choose manual, daily, weekly or monthly.</source>
        <translation>Choisissez manuelle, quotidienne, hebdomadaire ou mensuelle.</translation>
    </message>
    <message>
        <source>Choose zstd, deflate or store.</source>
        <translation>Choisissez zstd, deflate ou store.</translation>
    </message>
    <message>
        <source>Chunk {0} of {1} (bytes {2}..{3}) failed its authentication check.</source>
        <translation>Le bloc {0} sur {1} (octets {2}..{3}) a échoué à sa vérification d’authenticité.</translation>
    </message>
    <message>
        <source>Close the programs that use it, then restore again. Nothing was changed.</source>
        <translation>Fermez les programmes qui l’utilisent, puis relancez la restauration. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Columns of a type this release cannot back up faithfully: {0}.</source>
        <translation>Colonnes d’un type que cette version ne sait pas sauvegarder fidèlement : {0}.</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Configuration {0} was just deleted.</source>
        <translation>La configuration {0} vient d’être supprimée.</translation>
    </message>
    <message>
        <source>Configuration “{0}” encrypts its archives and no passphrase is available.</source>
        <translation>La configuration « {0} » chiffre ses archives et aucune phrase secrète n’est disponible.</translation>
    </message>
    <message>
        <source>Confirmation needed, and there is no terminal to ask it on.</source>
        <translation>Une confirmation est nécessaire, et aucun terminal ne permet de la demander.</translation>
    </message>
    <message>
        <source>Correct the address.</source>
        <translation>Corrigez l’adresse.</translation>
    </message>
    <message>
        <source>Correct the fields and try again.</source>
        <translation>Corrigez les champs et réessayez.</translation>
    </message>
    <message>
        <source>Correct the options named above and run the command again.</source>
        <translation>Corrigez les options citées ci-dessus et relancez la commande.</translation>
    </message>
    <message>
        <source>Create it or choose another place.</source>
        <translation>Créez-le ou choisissez un autre emplacement.</translation>
    </message>
    <message>
        <source>Create the role(s) on the target server first, or restore without keeping owners and privileges.</source>
        <translation>Créez d’abord le ou les rôles sur le serveur cible, ou restaurez sans conserver propriétaires et droits.</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Quotidienne</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <source>Databases of type '{0}' are not supported.</source>
        <translation>Les bases de type « {0} » ne sont pas prises en charge.</translation>
    </message>
    <message>
        <source>E-mail is not set up.</source>
        <translation>L’envoi d’e-mails n’est pas configuré.</translation>
    </message>
    <message>
        <source>Encryption needs a passphrase, and there is no terminal to ask it on.</source>
        <translation>Le chiffrement demande une phrase secrète, et aucun terminal ne permet de la demander.</translation>
    </message>
    <message>
        <source>Encryption needs a passphrase.</source>
        <translation>Le chiffrement demande une phrase secrète.</translation>
    </message>
    <message>
        <source>Enter it, or set BACKUP_DESK_PASSPHRASE / use --passphrase-file.</source>
        <translation>Saisissez-la, ou définissez BACKUP_DESK_PASSPHRASE / utilisez --passphrase-file.</translation>
    </message>
    <message>
        <source>Enter the passphrase that was in use when it was made{0}, or set BACKUP_DESK_PASSPHRASE / use --passphrase-file.</source>
        <translation>Saisissez la phrase secrète en usage lors de sa création{0}, ou définissez BACKUP_DESK_PASSPHRASE / utilisez --passphrase-file.</translation>
    </message>
    <message>
        <source>Enter the passphrase that was set when the backup was made.</source>
        <translation>Saisissez la phrase secrète définie lors de la sauvegarde.</translation>
    </message>
    <message>
        <source>Entry {0!r} cannot be opened ({1}).</source>
        <translation>L’entrée {0!r} ne peut pas être ouverte ({1}).</translation>
    </message>
    <message>
        <source>Entry {0!r} does not match the manifest (size or CRC).</source>
        <translation>L’entrée {0!r} ne correspond pas au manifeste (taille ou CRC).</translation>
    </message>
    <message>
        <source>Entry {0!r} is damaged ({1}).</source>
        <translation>L’entrée {0!r} est endommagée ({1}).</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échouée</translation>
    </message>
    <message>
        <source>File {0!r} does not match its SHA-256 in the manifest.</source>
        <translation>Le fichier {0!r} ne correspond pas à son SHA-256 dans le manifeste.</translation>
    </message>
    <message>
        <source>Files cannot be written to {0} ({1}).</source>
        <translation>Impossible d’écrire des fichiers dans {0} ({1}).</translation>
    </message>
    <message>
        <source>Fill in the SMTP server and at least one recipient.</source>
        <translation>Renseignez le serveur SMTP et au moins un destinataire.</translation>
    </message>
    <message>
        <source>Folders in this archive: {0}.</source>
        <translation>Dossiers de cette archive : {0}.</translation>
    </message>
    <message>
        <source>Folders were chosen but no place to restore them to.</source>
        <translation>Des dossiers sont choisis, mais pas l’endroit où les restaurer.</translation>
    </message>
    <message>
        <source>Free some space or choose another destination folder.</source>
        <translation>Libérez de l’espace ou choisissez un autre dossier de destination.</translation>
    </message>
    <message>
        <source>Free some space or choose another destination folder; nothing was moved into place.</source>
        <translation>Libérez de l’espace ou choisissez un autre dossier de destination ; rien n’a été mis en place.</translation>
    </message>
    <message>
        <source>Free some space or choose another destination folder; older archives were left untouched.</source>
        <translation>Libérez de l’espace ou choisissez un autre dossier de destination ; les archives plus anciennes sont intactes.</translation>
    </message>
    <message>
        <source>Free some space or choose another folder.</source>
        <translation>Libérez de l’espace ou choisissez un autre dossier.</translation>
    </message>
    <message>
        <source>Full</source>
        <translation>Complète</translation>
    </message>
    <message>
        <source>Give a backup id or name from `backup-desk list`, or an archive's path.</source>
        <translation>Donnez un identifiant ou un nom de sauvegarde tiré de `backup-desk list`, ou le chemin d’une archive.</translation>
    </message>
    <message>
        <source>Give a source database, or include folders.</source>
        <translation>Indiquez une base source, ou incluez des dossiers.</translation>
    </message>
    <message>
        <source>Give a start day on or before the end day.</source>
        <translation>Donnez un jour de début antérieur ou égal au jour de fin.</translation>
    </message>
    <message>
        <source>Give it with --passphrase-file FILE or the BACKUP_DESK_PASSPHRASE environment variable.</source>
        <translation>Donnez-la avec --passphrase-file FICHIER ou la variable d’environnement BACKUP_DESK_PASSPHRASE.</translation>
    </message>
    <message>
        <source>Give the age, in hours, after which an unchecked operation counts as stuck.</source>
        <translation>Donnez l’âge, en heures, au-delà duquel une opération sans signe de vie est considérée comme bloquée.</translation>
    </message>
    <message>
        <source>Give the folder the archives were moved to.</source>
        <translation>Donnez le dossier où les archives ont été déplacées.</translation>
    </message>
    <message>
        <source>Give the full URL, e.g. https://hc-ping.com/&lt;uuid&gt;.</source>
        <translation>Indiquez l’URL complète, par exemple https://hc-ping.com/&lt;uuid&gt;.</translation>
    </message>
    <message>
        <source>Give the time as HH:MM, e.g. 02:30.</source>
        <translation>Indiquez l’heure au format HH:MM, par exemple 02:30.</translation>
    </message>
    <message>
        <source>Interrupted before the backup finished.</source>
        <translation>Interrompue avant la fin de la sauvegarde.</translation>
    </message>
    <message>
        <source>Interrupted: the process stopped before the backup finished.</source>
        <translation>Interrompue : le processus s’est arrêté avant la fin de la sauvegarde.</translation>
    </message>
    <message>
        <source>Keep at least 1 archive (at most 1000).</source>
        <translation>Conservez au moins 1 archive (au plus 1000).</translation>
    </message>
    <message>
        <source>List the archive's tables (names are schema-qualified, e.g. public.film) and choose among them.</source>
        <translation>Affichez les tables de l’archive (noms qualifiés par leur schéma, par exemple public.film) et choisissez parmi elles.</translation>
    </message>
    <message>
        <source>List the archive's tables and choose among them.</source>
        <translation>Affichez les tables de l’archive et choisissez parmi elles.</translation>
    </message>
    <message>
        <source>List them with `backup-desk config list`.</source>
        <translation>Affichez-les avec `backup-desk config list`.</translation>
    </message>
    <message>
        <source>List them with `backup-desk list`.</source>
        <translation>Affichez-les avec `backup-desk list`.</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Manuelle</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>Métadonnées</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Mensuelle</translation>
    </message>
    <message>
        <source>Move it away to start with an empty catalog, or put back a copy saved beside it (catalog.sqlite3.before-upgrade-…). Archives stay restorable without it.</source>
        <translation>Déplacez-le pour repartir d’un catalogue vide, ou remettez une copie enregistrée à côté (catalog.sqlite3.before-upgrade-…). Les archives restent restaurables sans lui.</translation>
    </message>
    <message>
        <source>MySQL/MariaDB cannot store NaN or infinite numbers.</source>
        <translation>MySQL/MariaDB ne peut pas stocker de NaN ni de nombres infinis.</translation>
    </message>
    <message>
        <source>Name at least one item, separated by commas.</source>
        <translation>Nommez au moins un élément (séparez-les par des virgules).</translation>
    </message>
    <message>
        <source>No SQLite file is named in the URL.</source>
        <translation>L’URL ne nomme aucun fichier SQLite.</translation>
    </message>
    <message>
        <source>No archive at {0}.</source>
        <translation>Aucune archive à l’emplacement {0}.</translation>
    </message>
    <message>
        <source>No backup has the id {0}.</source>
        <translation>Aucune sauvegarde n’a l’identifiant {0}.</translation>
    </message>
    <message>
        <source>No backup or archive “{0}”.</source>
        <translation>Aucune sauvegarde ni archive « {0} ».</translation>
    </message>
    <message>
        <source>No backup with id {0}.</source>
        <translation>Aucune sauvegarde avec l’identifiant {0}.</translation>
    </message>
    <message>
        <source>No configuration has the id or name {0!r}.</source>
        <translation>Aucune configuration n’a l’identifiant ou le nom {0!r}.</translation>
    </message>
    <message>
        <source>No configuration with id {0}.</source>
        <translation>Aucune configuration avec l’identifiant {0}.</translation>
    </message>
    <message>
        <source>No configuration {0!s}.</source>
        <translation>Aucune configuration {0!s}.</translation>
    </message>
    <message>
        <source>No passphrase was set.</source>
        <translation>Aucune phrase secrète n’a été définie.</translation>
    </message>
    <message>
        <source>No place was given to restore the folder {0}.</source>
        <translation>Aucun emplacement n’a été donné pour restaurer le dossier {0}.</translation>
    </message>
    <message>
        <source>No system keyring is available on this machine. Set BACKUP_DESK_PASSPHRASE or use --passphrase-file for passphrases, or start a keyring service (Secret Service, macOS Keychain, Windows Credential Locker).</source>
        <translation>Aucun trousseau système n’est disponible sur cette machine. Définissez BACKUP_DESK_PASSPHRASE ou utilisez --passphrase-file pour les phrases secrètes, ou démarrez un service de trousseau (Secret Service, Trousseau macOS, Gestionnaire d’identification Windows).</translation>
    </message>
    <message>
        <source>Not enough free space in {0} for {1} MiB.</source>
        <translation>Pas assez d’espace libre dans {0} pour {1} Mio.</translation>
    </message>
    <message>
        <source>Not enough free space in {0} to restore {1:.1f} MB of files.</source>
        <translation>Pas assez d’espace libre dans {0} pour restaurer {1:.1f} Mo de fichiers.</translation>
    </message>
    <message>
        <source>Not enough free space in {0}: about {1} MiB are needed.</source>
        <translation>Pas assez d’espace libre dans {0} : il faut environ {1} Mio.</translation>
    </message>
    <message>
        <source>Not enough free space to write the archive in {0}{1}.</source>
        <translation>Pas assez d’espace libre pour écrire l’archive dans {0}{1}.</translation>
    </message>
    <message>
        <source>Nothing to restore: no database target and no folder target were given.</source>
        <translation>Rien à restaurer : aucune base cible ni aucun dossier cible n’a été donné.</translation>
    </message>
    <message>
        <source>Nothing was changed in the target database. Check the message, fix the target and try again.</source>
        <translation>Rien n’a été modifié dans la base cible. Lisez le message, corrigez la cible et réessayez.</translation>
    </message>
    <message>
        <source>Nothing was recorded as completed. The log {0} says more; try again.</source>
        <translation>Rien n’a été enregistré comme terminé. Le journal {0} en dit plus ; réessayez.</translation>
    </message>
    <message>
        <source>Nothing was restored.</source>
        <translation>Rien n’a été restauré.</translation>
    </message>
    <message>
        <source>Nothing was restored. Fix the problem, or restore to another place.</source>
        <translation>Rien n’a été restauré. Corrigez le problème, ou restaurez ailleurs.</translation>
    </message>
    <message>
        <source>Nothing was restored. The archive was not made by Backup Desk or was altered; do not use it.</source>
        <translation>Rien n’a été restauré. L’archive n’a pas été créée par Backup Desk ou a été modifiée ; ne l’utilisez pas.</translation>
    </message>
    <message>
        <source>Nothing was written. Check that Backup Desk is installed completely ({0}), then try again.</source>
        <translation>Rien n’a été écrit. Vérifiez que Backup Desk est installé entièrement ({0}), puis réessayez.</translation>
    </message>
    <message>
        <source>Nothing was written. Remove or convert them, or back the database up with pg_dump.</source>
        <translation>Rien n’a été écrit. Supprimez-les ou convertissez-les, ou sauvegardez la base avec pg_dump.</translation>
    </message>
    <message>
        <source>Nothing was written; start it again when ready.</source>
        <translation>Rien n’a été écrit ; relancez-la quand vous serez prêt.</translation>
    </message>
    <message>
        <source>Objects outside the restore set depend on the tables it would replace: {0}.</source>
        <translation>Des objets hors de la restauration dépendent des tables qu’elle remplacerait : {0}.</translation>
    </message>
    <message>
        <source>Only completed backups can be saved.</source>
        <translation>Seules les sauvegardes terminées peuvent être enregistrées.</translation>
    </message>
    <message>
        <source>Open it with a newer Backup Desk release.</source>
        <translation>Ouvrez-la avec une version plus récente de Backup Desk.</translation>
    </message>
    <message>
        <source>Open it with any ZIP tool, or save a copy.</source>
        <translation>Ouvrez-la avec n’importe quel outil ZIP, ou enregistrez-en une copie.</translation>
    </message>
    <message>
        <source>Open it with the Backup Desk release that made it, or a newer one.</source>
        <translation>Ouvrez-la avec la version de Backup Desk qui l’a créée, ou une plus récente.</translation>
    </message>
    <message>
        <source>Page size must be between 1 and {0}.</source>
        <translation>La taille de page doit être comprise entre 1 et {0}.</translation>
    </message>
    <message>
        <source>Pages are numbered from 1.</source>
        <translation>Les pages sont numérotées à partir de 1.</translation>
    </message>
    <message>
        <source>Passphrases cannot be kept in a file here.</source>
        <translation>Les phrases secrètes ne peuvent pas être conservées dans un fichier ici.</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>PostgreSQL section layout {0} is not known to this release.</source>
        <translation>La disposition de section PostgreSQL {0} n’est pas connue de cette version.</translation>
    </message>
    <message>
        <source>Raise the server's max_allowed_packet (as mariadb-dump would need), then back up again.</source>
        <translation>Augmentez le max_allowed_packet du serveur (comme mariadb-dump l’exigerait), puis relancez la sauvegarde.</translation>
    </message>
    <message>
        <source>Reading {0} from the database failed: {1}</source>
        <translation>La lecture de {0} dans la base a échoué : {1}</translation>
    </message>
    <message>
        <source>Restore chosen tables instead, restore into a new file, or agree to replace the whole database (--allow-dependents).</source>
        <translation>Restaurez plutôt des tables choisies, restaurez dans un nouveau fichier, ou acceptez de remplacer toute la base (--allow-dependents).</translation>
    </message>
    <message>
        <source>Restore into a database with the schema the backup was taken from.</source>
        <translation>Restaurez dans une base ayant le schéma d’où vient la sauvegarde.</translation>
    </message>
    <message>
        <source>Restore into an empty database, or ask to replace its tables (--replace).</source>
        <translation>Restaurez dans une base vide, ou demandez à remplacer ses tables (--replace).</translation>
    </message>
    <message>
        <source>Restore into an empty database, or ask to replace these objects (--replace).</source>
        <translation>Restaurez dans une base vide, ou demandez à remplacer ces objets (--replace).</translation>
    </message>
    <message>
        <source>Restore into an empty database, or ask to replace what is there.</source>
        <translation>Restaurez dans une base vide, ou demandez à remplacer son contenu.</translation>
    </message>
    <message>
        <source>Restore into an empty database, or ask to replace what it holds (--replace).</source>
        <translation>Restaurez dans une base vide, ou demandez à remplacer ce qu’elle contient (--replace).</translation>
    </message>
    <message>
        <source>Restore it with the release of Backup Desk that wrote it, or a newer one.</source>
        <translation>Restaurez-la avec la version de Backup Desk qui l’a écrite, ou une plus récente.</translation>
    </message>
    <message>
        <source>Restore it with the release that wrote it.</source>
        <translation>Restaurez-la avec la version qui l’a écrite.</translation>
    </message>
    <message>
        <source>Restore it without keeping owners and privileges, or restore a newer backup.</source>
        <translation>Restaurez-la sans conserver propriétaires et droits, ou restaurez une sauvegarde plus récente.</translation>
    </message>
    <message>
        <source>Restore only its folders.</source>
        <translation>Restaurez seulement ses dossiers.</translation>
    </message>
    <message>
        <source>Restore this archive into MariaDB or MySQL, or fix the value at the source.</source>
        <translation>Restaurez cette archive dans MariaDB ou MySQL, ou corrigez la valeur à la source.</translation>
    </message>
    <message>
        <source>Restore this archive into MariaDB or MySQL.</source>
        <translation>Restaurez cette archive dans MariaDB ou MySQL.</translation>
    </message>
    <message>
        <source>Restore this archive into PostgreSQL or SQLite instead.</source>
        <translation>Restaurez plutôt cette archive dans PostgreSQL ou SQLite.</translation>
    </message>
    <message>
        <source>Restore this backup into PostgreSQL, or change the value at the source.</source>
        <translation>Restaurez cette sauvegarde dans PostgreSQL, ou modifiez la valeur à la source.</translation>
    </message>
    <message>
        <source>Restoring over the original source replaces its current data.</source>
        <translation>Restaurer sur la source d’origine remplace ses données actuelles.</translation>
    </message>
    <message>
        <source>Restoring {0} failed: {1}</source>
        <translation>La restauration de {0} a échoué : {1}</translation>
    </message>
    <message>
        <source>Retention must be between {0} and {1} days.</source>
        <translation>La conservation doit être comprise entre {0} et {1} jours.</translation>
    </message>
    <message>
        <source>Run `backup-desk config list` to see the configurations.</source>
        <translation>Lancez `backup-desk config list` pour voir les configurations.</translation>
    </message>
    <message>
        <source>Run `backup-desk create-default-configs` first (or create a configuration).</source>
        <translation>Lancez d’abord `backup-desk create-default-configs` (ou créez une configuration).</translation>
    </message>
    <message>
        <source>Run `backup-desk list` to see the backups and their ids.</source>
        <translation>Lancez `backup-desk list` pour voir les sauvegardes et leurs identifiants.</translation>
    </message>
    <message>
        <source>Run `backup-desk rebuild-backup-paths` if it was moved.</source>
        <translation>Lancez `backup-desk rebuild-backup-paths` si elle a été déplacée.</translation>
    </message>
    <message>
        <source>Run the command again and type the same passphrase twice.</source>
        <translation>Relancez la commande et saisissez deux fois la même phrase secrète.</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Set a source database, or turn on 'include files' and choose folders.</source>
        <translation>Indiquez une base source, ou activez « inclure les fichiers » et choisissez des dossiers.</translation>
    </message>
    <message>
        <source>Table {0!r} in the target has no column {1}.</source>
        <translation>La table {0!r} de la cible n’a pas de colonne {1}.</translation>
    </message>
    <message>
        <source>Table {0} has geometry columns ({1}) that cannot be restored into another engine.</source>
        <translation>La table {0} a des colonnes géométriques ({1}) qui ne peuvent pas être restaurées dans un autre moteur.</translation>
    </message>
    <message>
        <source>Table {0} holds a value another engine cannot store: {1}.</source>
        <translation>La table {0} contient une valeur qu’un autre moteur ne peut pas stocker : {1}.</translation>
    </message>
    <message>
        <source>The MySQL URL names no database.</source>
        <translation>L’URL MySQL ne nomme aucune base.</translation>
    </message>
    <message>
        <source>The SMTP server refused the login ({0}).</source>
        <translation>Le serveur SMTP a refusé la connexion ({0}).</translation>
    </message>
    <message>
        <source>The SQLite URL {0} names no database file.</source>
        <translation>L’URL SQLite {0} ne désigne aucun fichier de base de données.</translation>
    </message>
    <message>
        <source>The SQLite database {0} cannot be read: {1}.</source>
        <translation>La base SQLite {0} ne peut pas être lue : {1}.</translation>
    </message>
    <message>
        <source>The SQLite database {0} does not exist.</source>
        <translation>La base SQLite {0} n’existe pas.</translation>
    </message>
    <message>
        <source>The SQLite file {0} does not exist.</source>
        <translation>Le fichier SQLite {0} n’existe pas.</translation>
    </message>
    <message>
        <source>The archive asks for key-derivation settings outside the safe limits: {0}.</source>
        <translation>L’archive demande des réglages de dérivation de clé hors des limites sûres : {0}.</translation>
    </message>
    <message>
        <source>The archive declares an unsupported chunk size (2^{0}).</source>
        <translation>L’archive déclare une taille de bloc non prise en charge (2^{0}).</translation>
    </message>
    <message>
        <source>The archive ends early or is damaged: its ZIP end record (central directory) is missing.</source>
        <translation>L’archive est tronquée ou endommagée : son enregistrement de fin ZIP (répertoire central) manque.</translation>
    </message>
    <message>
        <source>The archive ends early: {0} complete chunk(s) found, the final chunk and end record are missing.</source>
        <translation>L’archive est tronquée : {0} bloc(s) complet(s) trouvé(s), le dernier bloc et l’enregistrement de fin manquent.</translation>
    </message>
    <message>
        <source>The archive ends inside its encryption header ({0} of {1} bytes).</source>
        <translation>L’archive s’arrête dans son en-tête de chiffrement ({0} octets sur {1}).</translation>
    </message>
    <message>
        <source>The archive file was damaged or altered; use another copy.</source>
        <translation>Le fichier d’archive a été endommagé ou modifié ; utilisez une autre copie.</translation>
    </message>
    <message>
        <source>The archive file was damaged or cut short; use another copy.</source>
        <translation>Le fichier d’archive a été endommagé ou tronqué ; utilisez une autre copie.</translation>
    </message>
    <message>
        <source>The archive file was damaged, cut short or altered; use another copy.</source>
        <translation>Le fichier d’archive a été endommagé, tronqué ou modifié ; utilisez une autre copie.</translation>
    </message>
    <message>
        <source>The archive has no manifest.json.</source>
        <translation>L’archive n’a pas de manifest.json.</translation>
    </message>
    <message>
        <source>The archive has {0} unexpected bytes after its end.</source>
        <translation>L’archive a {0} octets inattendus après sa fin.</translation>
    </message>
    <message>
        <source>The archive holds no folder named {0}.</source>
        <translation>L’archive ne contient aucun dossier nommé {0}.</translation>
    </message>
    <message>
        <source>The archive holds no table named {0!r}.</source>
        <translation>L’archive ne contient aucune table nommée {0!r}.</translation>
    </message>
    <message>
        <source>The archive holds no table named {0}.</source>
        <translation>L’archive ne contient aucune table nommée {0}.</translation>
    </message>
    <message>
        <source>The archive is damaged; use another one.</source>
        <translation>L’archive est endommagée ; utilisez-en une autre.</translation>
    </message>
    <message>
        <source>The archive is damaged; verify it, and restore from another backup if it fails.</source>
        <translation>L’archive est endommagée ; vérifiez-la, et restaurez depuis une autre sauvegarde si la vérification échoue.</translation>
    </message>
    <message>
        <source>The archive is unsafe to restore: entry {0!r} decompresses to more than the {1} bytes its manifest declares.</source>
        <translation>L’archive n’est pas sûre à restaurer : l’entrée {0!r} se décompresse au-delà des {1} octets déclarés par son manifeste.</translation>
    </message>
    <message>
        <source>The archive is unsafe to restore: entry {0!r} is not listed in the manifest.</source>
        <translation>L’archive n’est pas sûre à restaurer : l’entrée {0!r} ne figure pas dans le manifeste.</translation>
    </message>
    <message>
        <source>The archive is unsafe to restore: {0}.</source>
        <translation>L’archive n’est pas sûre à restaurer : {0}.</translation>
    </message>
    <message>
        <source>The archive lists an unsafe file path ({0!r}); nothing was restored.</source>
        <translation>L’archive contient un chemin de fichier dangereux ({0!r}) ; rien n’a été restauré.</translation>
    </message>
    <message>
        <source>The archive of backup {0} is missing: {1}.</source>
        <translation>L’archive de la sauvegarde {0} est introuvable : {1}.</translation>
    </message>
    <message>
        <source>The archive uses an unknown cipher or option (AEAD id {0}).</source>
        <translation>L’archive utilise un chiffrement ou une option inconnus (AEAD n° {0}).</translation>
    </message>
    <message>
        <source>The archive uses an unknown key-derivation method (id {0}).</source>
        <translation>L’archive utilise une méthode de dérivation de clé inconnue (n° {0}).</translation>
    </message>
    <message>
        <source>The archive uses envelope version {0}; this release reads version {1}.</source>
        <translation>L’archive utilise l’enveloppe version {0} ; cette version du logiciel lit la version {1}.</translation>
    </message>
    <message>
        <source>The archive was damaged or altered; restore from another backup.</source>
        <translation>L’archive a été endommagée ou modifiée ; restaurez depuis une autre sauvegarde.</translation>
    </message>
    <message>
        <source>The archive was not made by Backup Desk or was altered.</source>
        <translation>L’archive n’a pas été créée par Backup Desk ou a été modifiée.</translation>
    </message>
    <message>
        <source>The archive was not made by Backup Desk or was altered; it was not opened.</source>
        <translation>L’archive n’a pas été créée par Backup Desk ou a été modifiée ; elle n’a pas été ouverte.</translation>
    </message>
    <message>
        <source>The archive {0}{1} is encrypted and no passphrase is available.</source>
        <translation>L’archive {0}{1} est chiffrée et aucune phrase secrète n’est disponible.</translation>
    </message>
    <message>
        <source>The archive's PostgreSQL object list cannot be read ({0}).</source>
        <translation>La liste des objets PostgreSQL de l’archive ne peut pas être lue ({0}).</translation>
    </message>
    <message>
        <source>The archive's PostgreSQL section has no object index.</source>
        <translation>La section PostgreSQL de l’archive n’a pas d’index des objets.</translation>
    </message>
    <message>
        <source>The archive's SQLite snapshot does not match the hash its manifest records.</source>
        <translation>L’instantané SQLite de l’archive ne correspond pas à l’empreinte enregistrée dans son manifeste.</translation>
    </message>
    <message>
        <source>The archive's ZIP directory is damaged ({0}).</source>
        <translation>Le répertoire ZIP de l’archive est endommagé ({0}).</translation>
    </message>
    <message>
        <source>The archive's data of table {0} does not start as recorded.</source>
        <translation>Les données de la table {0} dans l’archive ne commencent pas comme enregistré.</translation>
    </message>
    <message>
        <source>The archive's database section is in the format {0!r}, which this release cannot read.</source>
        <translation>La partie base de données de l’archive est au format {0!r}, que cette version ne sait pas lire.</translation>
    </message>
    <message>
        <source>The archive's encryption header is damaged (its checksum does not match).</source>
        <translation>L’en-tête de chiffrement de l’archive est endommagé (sa somme de contrôle ne correspond pas).</translation>
    </message>
    <message>
        <source>The archive's envelope and ZIP name different archive ids.</source>
        <translation>L’enveloppe et le ZIP de l’archive donnent des identifiants d’archive différents.</translation>
    </message>
    <message>
        <source>The archive's manifest declares {0} bytes (too large).</source>
        <translation>Le manifeste de l’archive déclare {0} octets (trop grand).</translation>
    </message>
    <message>
        <source>The archive's manifest has format version {0}; this release reads version {1}.</source>
        <translation>Le manifeste de l’archive est au format version {0} ; cette version du logiciel lit la version {1}.</translation>
    </message>
    <message>
        <source>The archive's manifest is incomplete or malformed ({0}).</source>
        <translation>Le manifeste de l’archive est incomplet ou mal formé ({0}).</translation>
    </message>
    <message>
        <source>The archive's manifest is not valid JSON ({0}).</source>
        <translation>Le manifeste de l’archive n’est pas un JSON valide ({0}).</translation>
    </message>
    <message>
        <source>The archive's table rows cannot be decoded ({0}).</source>
        <translation>Les lignes des tables de l’archive ne peuvent pas être décodées ({0}).</translation>
    </message>
    <message>
        <source>The archive's table rows end in the middle of a row.</source>
        <translation>Les lignes des tables de l’archive s’arrêtent au milieu d’une ligne.</translation>
    </message>
    <message>
        <source>The archive's wrapped key failed its authentication check.</source>
        <translation>La clé protégée de l’archive a échoué à sa vérification d’authenticité.</translation>
    </message>
    <message>
        <source>The catalog {0} cannot be opened ({1}).</source>
        <translation>Le catalogue {0} ne peut pas être ouvert ({1}).</translation>
    </message>
    <message>
        <source>The configuration is not valid ({0}).</source>
        <translation>La configuration n’est pas valide ({0}).</translation>
    </message>
    <message>
        <source>The configuration is not valid: {0}</source>
        <translation>La configuration n’est pas valide : {0}</translation>
    </message>
    <message>
        <source>The copy would overwrite the archive itself.</source>
        <translation>La copie écraserait l’archive elle-même.</translation>
    </message>
    <message>
        <source>The database URL is not valid.</source>
        <translation>L’URL de la base n’est pas valide.</translation>
    </message>
    <message>
        <source>The database holds objects this backup cannot carry faithfully: {0}.</source>
        <translation>La base contient des objets que cette sauvegarde ne peut pas conserver fidèlement : {0}.</translation>
    </message>
    <message>
        <source>The database holds {0}.</source>
        <translation>La base contient {0}.</translation>
    </message>
    <message>
        <source>The database {0} is being written by another program.</source>
        <translation>La base {0} est en cours d’écriture par un autre programme.</translation>
    </message>
    <message>
        <source>The day of the month must be between 1 and 31.</source>
        <translation>Le jour du mois doit être compris entre 1 et 31.</translation>
    </message>
    <message>
        <source>The disk holding {0} became full during the restore.</source>
        <translation>Le disque qui contient {0} s’est rempli pendant la restauration.</translation>
    </message>
    <message>
        <source>The encrypted payload's size ({0} bytes) does not match its end record.</source>
        <translation>La taille du contenu chiffré ({0} octets) ne correspond pas à son enregistrement de fin.</translation>
    </message>
    <message>
        <source>The file {0}/{1} does not match its recorded hash.</source>
        <translation>Le fichier {0}/{1} ne correspond pas à son empreinte enregistrée.</translation>
    </message>
    <message>
        <source>The folder {0} cannot be read ({1}).</source>
        <translation>Le dossier {0} ne peut pas être lu ({1}).</translation>
    </message>
    <message>
        <source>The folder {0} does not exist.</source>
        <translation>Le dossier {0} n’existe pas.</translation>
    </message>
    <message>
        <source>The folder {0} is also where the archives are written.</source>
        <translation>Le dossier {0} est aussi celui où les archives sont écrites.</translation>
    </message>
    <message>
        <source>The folder {0} is not empty (and {1} more).</source>
        <translation>Le dossier {0} n’est pas vide (et {1} autre(s)).</translation>
    </message>
    <message>
        <source>The folder {0} is not empty.</source>
        <translation>Le dossier {0} n’est pas vide.</translation>
    </message>
    <message>
        <source>The folder {0} is not writable.</source>
        <translation>Le dossier {0} n’est pas accessible en écriture.</translation>
    </message>
    <message>
        <source>The job was cancelled.</source>
        <translation>La tâche a été annulée.</translation>
    </message>
    <message>
        <source>The job's process could not start ({0}).</source>
        <translation>Le processus de la tâche n’a pas pu démarrer ({0}).</translation>
    </message>
    <message>
        <source>The job's process ended unexpectedly (exit code {0}).</source>
        <translation>Le processus de la tâche s’est arrêté de façon inattendue (code de sortie {0}).</translation>
    </message>
    <message>
        <source>The manifest belongs to another archive (archive id differs).</source>
        <translation>Le manifeste appartient à une autre archive (identifiant d’archive différent).</translation>
    </message>
    <message>
        <source>The manifest lists {0!r} but the archive does not hold it.</source>
        <translation>Le manifeste cite {0!r}, mais l’archive ne le contient pas.</translation>
    </message>
    <message>
        <source>The name is too long (at most {0} characters).</source>
        <translation>Le nom est trop long ({0} caractères au plus).</translation>
    </message>
    <message>
        <source>The passphrase does not match the one set for configuration “{0}”.</source>
        <translation>La phrase secrète ne correspond pas à celle définie pour la configuration « {0} ».</translation>
    </message>
    <message>
        <source>The passphrase does not open this archive.</source>
        <translation>La phrase secrète n’ouvre pas cette archive.</translation>
    </message>
    <message>
        <source>The restored database fails SQLite's integrity check: {0}</source>
        <translation>La base restaurée échoue au contrôle d’intégrité de SQLite : {0}</translation>
    </message>
    <message>
        <source>The rows of table {0} are not valid UTF-8.</source>
        <translation>Les lignes de la table {0} ne sont pas en UTF-8 valide.</translation>
    </message>
    <message>
        <source>The safety backup before the restore failed verification: {0}</source>
        <translation>La sauvegarde de sécurité avant la restauration a échoué à la vérification : {0}</translation>
    </message>
    <message>
        <source>The safety backup before the restore failed: {0}</source>
        <translation>La sauvegarde de sécurité avant la restauration a échoué : {0}</translation>
    </message>
    <message>
        <source>The secure connection to {0} failed ({1}).</source>
        <translation>La connexion sécurisée à {0} a échoué ({1}).</translation>
    </message>
    <message>
        <source>The target already holds {0} of these tables ({1}).</source>
        <translation>La cible contient déjà {0} de ces tables ({1}).</translation>
    </message>
    <message>
        <source>The target database already holds tables.</source>
        <translation>La base cible contient déjà des tables.</translation>
    </message>
    <message>
        <source>The target database already holds {0} object(s).</source>
        <translation>La base cible contient déjà {0} objet(s).</translation>
    </message>
    <message>
        <source>The target database already holds {0} of the objects to restore ({1}).</source>
        <translation>La base cible contient déjà {0} des objets à restaurer ({1}).</translation>
    </message>
    <message>
        <source>The target database already holds {0} of the tables to restore.</source>
        <translation>La base cible contient déjà {0} des tables à restaurer.</translation>
    </message>
    <message>
        <source>The target database already holds {0} table(s).</source>
        <translation>La base cible contient déjà {0} table(s).</translation>
    </message>
    <message>
        <source>The target database already holds {0}{1}.</source>
        <translation>La base cible contient déjà {0}{1}.</translation>
    </message>
    <message>
        <source>The target file {0} is not a SQLite database ({1}).</source>
        <translation>Le fichier cible {0} n’est pas une base SQLite ({1}).</translation>
    </message>
    <message>
        <source>The target has no table {0} for these rows.</source>
        <translation>La cible n’a pas de table {0} pour ces lignes.</translation>
    </message>
    <message>
        <source>The target holds objects the archive does not ({0}); restoring the whole database would remove them.</source>
        <translation>La cible contient des objets absents de l’archive ({0}) ; restaurer toute la base les supprimerait.</translation>
    </message>
    <message>
        <source>The target server has no role {0}, which the backup's owners and privileges name.</source>
        <translation>Le serveur cible n’a pas le rôle {0}, que nomment les propriétaires et droits de la sauvegarde.</translation>
    </message>
    <message>
        <source>The target was not changed. Verify the archive, or restore another backup.</source>
        <translation>La cible n’a pas été modifiée. Vérifiez l’archive, ou restaurez une autre sauvegarde.</translation>
    </message>
    <message>
        <source>The virtual table {0!r} in the target is not defined as in the archive.</source>
        <translation>La table virtuelle {0!r} de la cible n’est pas définie comme dans l’archive.</translation>
    </message>
    <message>
        <source>The webhook address must start with http:// or https://.</source>
        <translation>L’adresse du webhook doit commencer par http:// ou https://.</translation>
    </message>
    <message>
        <source>The webhook answered HTTP {0}.</source>
        <translation>Le webhook a répondu HTTP {0}.</translation>
    </message>
    <message>
        <source>There is no configuration to link sample backups to.</source>
        <translation>Aucune configuration à laquelle rattacher les sauvegardes d’exemple.</translation>
    </message>
    <message>
        <source>There is nothing to back up: no database and no folders.</source>
        <translation>Il n’y a rien à sauvegarder : ni base, ni dossiers.</translation>
    </message>
    <message>
        <source>This archive holds no database.</source>
        <translation>Cette archive ne contient aucune base.</translation>
    </message>
    <message>
        <source>This archive holds no folders.</source>
        <translation>Cette archive ne contient aucun dossier.</translation>
    </message>
    <message>
        <source>This archive is encrypted and no passphrase was given.</source>
        <translation>Cette archive est chiffrée et aucune phrase secrète n’a été donnée.</translation>
    </message>
    <message>
        <source>This archive may have been tampered with; restore from another backup.</source>
        <translation>Cette archive a peut-être été falsifiée ; restaurez depuis une autre sauvegarde.</translation>
    </message>
    <message>
        <source>This archive's configuration is unknown, so there is no original place to restore to.</source>
        <translation>La configuration de cette archive est inconnue : il n’y a donc pas d’emplacement d’origine où restaurer.</translation>
    </message>
    <message>
        <source>This backup does not record owners and privileges.</source>
        <translation>Cette sauvegarde n’enregistre pas les propriétaires et les droits.</translation>
    </message>
    <message>
        <source>This configuration does not encrypt its archives.</source>
        <translation>Cette configuration ne chiffre pas ses archives.</translation>
    </message>
    <message>
        <source>This database section is not a PostgreSQL native section ({0}).</source>
        <translation>Cette section de base de données n’est pas une section PostgreSQL native ({0}).</translation>
    </message>
    <message>
        <source>This file is not a Backup Desk encrypted archive.</source>
        <translation>Ce fichier n’est pas une archive chiffrée Backup Desk.</translation>
    </message>
    <message>
        <source>This is not a database URL (e.g. sqlite:///path/app.db).</source>
        <translation>Ce n’est pas une URL de base de données (p. ex. sqlite:///chemin/app.db).</translation>
    </message>
    <message>
        <source>This job is already running.</source>
        <translation>Cette tâche est déjà en cours.</translation>
    </message>
    <message>
        <source>This kind of database is not supported: {0}.</source>
        <translation>Ce type de base de données n’est pas pris en charge : {0}.</translation>
    </message>
    <message>
        <source>Type it again, or set a new passphrase in the configuration (older archives keep the old one).</source>
        <translation>Saisissez-la de nouveau, ou définissez une nouvelle phrase secrète dans la configuration (les archives plus anciennes gardent l’ancienne).</translation>
    </message>
    <message>
        <source>Unexpected error ({0}): {1}</source>
        <translation>Erreur inattendue ({0}) : {1}</translation>
    </message>
    <message>
        <source>Unknown backup type {0!r}.</source>
        <translation>Type de sauvegarde inconnu : {0!r}.</translation>
    </message>
    <message>
        <source>Update Backup Desk.</source>
        <translation>Mettez Backup Desk à jour.</translation>
    </message>
    <message>
        <source>Use --password-file FILE in scripts.</source>
        <translation>Utilisez --password-file FICHIER dans les scripts.</translation>
    </message>
    <message>
        <source>Use SQLite, PostgreSQL or MySQL/MariaDB.</source>
        <translation>Utilisez SQLite, PostgreSQL ou MySQL/MariaDB.</translation>
    </message>
    <message>
        <source>Use a SQLAlchemy URL such as sqlite:///path/app.db or postgresql+psycopg://user@host/db.</source>
        <translation>Utilisez une URL SQLAlchemy comme sqlite:///chemin/app.db ou postgresql+psycopg://utilisateur@hôte/base.</translation>
    </message>
    <message>
        <source>Use a URL of the form sqlite:////path/to/file.db.</source>
        <translation>Utilisez une URL de la forme sqlite:////chemin/vers/fichier.db.</translation>
    </message>
    <message>
        <source>Use full, metadata or data.</source>
        <translation>Utilisez full, metadata ou data.</translation>
    </message>
    <message>
        <source>Wait for it to finish or cancel it, then start again.</source>
        <translation>Attendez qu’elle se termine ou annulez-la, puis relancez.</translation>
    </message>
    <message>
        <source>Wait for it to finish or cancel it.</source>
        <translation>Attendez qu’elle se termine ou annulez-la.</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Hebdomadaire</translation>
    </message>
    <message>
        <source>Write the day as YYYY-MM-DD, for example {0} 2026-01-31.</source>
        <translation>Écrivez le jour sous la forme AAAA-MM-JJ, par exemple {0} 2026-01-31.</translation>
    </message>
    <message>
        <source>crontab refused the new table: {0}</source>
        <translation>crontab a refusé la nouvelle table : {0}</translation>
    </message>
    <message>
        <source>entries {0!r} and {1!r} collide (same name after case-folding or Unicode normalisation)</source>
        <translation>les entrées {0!r} et {1!r} se confondent (même nom une fois la casse et la normalisation Unicode appliquées)</translation>
    </message>
    <message>
        <source>entry {0!r} appears twice</source>
        <translation>l’entrée {0!r} apparaît deux fois</translation>
    </message>
    <message>
        <source>entry {0!r} declares {1} bytes but the manifest says {2}</source>
        <translation>l’entrée {0!r} déclare {1} octets mais le manifeste en indique {2}</translation>
    </message>
    <message>
        <source>entry {0!r} has {1}</source>
        <translation>l’entrée {0!r} contient {1}</translation>
    </message>
    <message>
        <source>entry {0!r} is not listed in the manifest</source>
        <translation>l’entrée {0!r} ne figure pas dans le manifeste</translation>
    </message>
    <message>
        <source>entry {0!r} uses an unknown compression method ({1}) or ZIP encryption</source>
        <translation>l’entrée {0!r} utilise une méthode de compression inconnue ({1}) ou le chiffrement ZIP</translation>
    </message>
    <message>
        <source>the manifest lists {0!r} but the archive does not hold it</source>
        <translation>le manifeste cite {0!r}, mais l’archive ne le contient pas</translation>
    </message>
    <message>
        <source>the manifest's file {0!r} is missing from its entry index</source>
        <translation>le fichier {0!r} du manifeste manque dans son index des entrées</translation>
    </message>
    <message>
        <source>{0!r} is not a backup id.</source>
        <translation>{0!r} n’est pas un identifiant de sauvegarde.</translation>
    </message>
    <message>
        <source>{0} already exists.</source>
        <translation>{0} existe déjà.</translation>
    </message>
    <message>
        <source>{0} ends early: its ZIP end record is missing.</source>
        <translation>{0} est tronqué : son enregistrement de fin ZIP manque.</translation>
    </message>
    <message>
        <source>{0} exists and is not a folder.</source>
        <translation>{0} existe et n’est pas un dossier.</translation>
    </message>
    <message>
        <source>{0} has {1} unexpected bytes after its ZIP end record.</source>
        <translation>{0} a {1} octets inattendus après son enregistrement de fin ZIP.</translation>
    </message>
    <message>
        <source>{0} is a ZIP file but not a Backup Desk archive.</source>
        <translation>{0} est un fichier ZIP, mais pas une archive Backup Desk.</translation>
    </message>
    <message>
        <source>{0} is a folder.</source>
        <translation>{0} est un dossier.</translation>
    </message>
    <message>
        <source>{0} is not a Backup Desk archive.</source>
        <translation>{0} n’est pas une archive Backup Desk.</translation>
    </message>
    <message>
        <source>{0} is not a folder.</source>
        <translation>{0} n’est pas un dossier.</translation>
    </message>
    <message>
        <source>{0} is not encrypted: it is already a plain ZIP.</source>
        <translation>{0} n’est pas chiffré : c’est déjà un ZIP ordinaire.</translation>
    </message>
    <message>
        <source>{0} target table(s) already hold rows ({1}).</source>
        <translation>{0} table(s) cible(s) contiennent déjà des lignes ({1}).</translation>
    </message>
    <message>
        <source>{0} {1!r} is not a date.</source>
        <translation>{0} {1!r} n’est pas une date.</translation>
    </message>
</context>
</TS>