<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AccountRoutes</name>
    <message>
        <source>Please fill in “%1”.</source>
        <translation>Veuillez remplir «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>A browser</source>
        <translation>Un navigateur</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>You have no open session with this number.</source>
        <translation>Vous n’avez aucune session ouverte avec ce numéro.</translation>
    </message>
</context>
<context>
    <name>ApiRunner</name>
    <message>
        <source>Please sign in (your session has ended or was never opened).</source>
        <translation>Veuillez vous connecter (votre session a pris fin ou n’a jamais été ouverte).</translation>
    </message>
    <message>
        <source>You are not a member of this band.</source>
        <translation>Vous n’êtes pas membre de ce groupe.</translation>
    </message>
</context>
<context>
    <name>AuditText</name>
    <message>
        <source>Voice note recorded</source>
        <translation>Note vocale enregistrée</translation>
    </message>
    <message>
        <source>Voice note deleted</source>
        <translation>Note vocale supprimée</translation>
    </message>
    <message>
        <source>Band created</source>
        <translation>Groupe créé</translation>
    </message>
    <message>
        <source>Band deleted</source>
        <translation>Groupe supprimé</translation>
    </message>
    <message>
        <source>Joined the band</source>
        <translation>A rejoint le groupe</translation>
    </message>
    <message>
        <source>Band logo changed</source>
        <translation>Logo du groupe changé</translation>
    </message>
    <message>
        <source>Band renamed</source>
        <translation>Groupe renommé</translation>
    </message>
    <message>
        <source>New invite code</source>
        <translation>Nouveau code d’invitation</translation>
    </message>
    <message>
        <source>Calendar subscription created</source>
        <translation>Abonnement à l’agenda créé</translation>
    </message>
    <message>
        <source>Calendar subscription ended</source>
        <translation>Abonnement à l’agenda supprimé</translation>
    </message>
    <message>
        <source>Chat message deleted</source>
        <translation>Message de discussion supprimé</translation>
    </message>
    <message>
        <source>Chat room created</source>
        <translation>Salon de discussion créé</translation>
    </message>
    <message>
        <source>Database backed up</source>
        <translation>Base de données sauvegardée</translation>
    </message>
    <message>
        <source>Database restored</source>
        <translation>Base de données restaurée</translation>
    </message>
    <message>
        <source>Answered an event</source>
        <translation>A répondu pour une date</translation>
    </message>
    <message>
        <source>Attendance marked</source>
        <translation>Présences notées</translation>
    </message>
    <message>
        <source>Event planned</source>
        <translation>Date prévue</translation>
    </message>
    <message>
        <source>Event deleted</source>
        <translation>Date supprimée</translation>
    </message>
    <message>
        <source>Event changed</source>
        <translation>Date modifiée</translation>
    </message>
    <message>
        <source>Gig created</source>
        <translation>Concert créé</translation>
    </message>
    <message>
        <source>Gig deleted</source>
        <translation>Concert supprimé</translation>
    </message>
    <message>
        <source>Gig changed</source>
        <translation>Concert modifié</translation>
    </message>
    <message>
        <source>Mastery level set</source>
        <translation>Niveau de maîtrise noté</translation>
    </message>
    <message>
        <source>Member details changed</source>
        <translation>Infos du membre modifiées</translation>
    </message>
    <message>
        <source>Left the band</source>
        <translation>A quitté le groupe</translation>
    </message>
    <message>
        <source>Member removed</source>
        <translation>Membre retiré</translation>
    </message>
    <message>
        <source>Member&apos;s role changed</source>
        <translation>Rôle du membre changé</translation>
    </message>
    <message>
        <source>Note added</source>
        <translation>Note ajoutée</translation>
    </message>
    <message>
        <source>Note removed</source>
        <translation>Note retirée</translation>
    </message>
    <message>
        <source>Signed in from a browser</source>
        <translation>Connexion depuis un navigateur</translation>
    </message>
    <message>
        <source>Browser session ended</source>
        <translation>Session de navigateur terminée</translation>
    </message>
    <message>
        <source>Added to the setlist</source>
        <translation>Ajouté à la setlist</translation>
    </message>
    <message>
        <source>Setlist reordered</source>
        <translation>Ordre de la setlist modifié</translation>
    </message>
    <message>
        <source>Played setlist written back</source>
        <translation>Liste des morceaux joués enregistrée</translation>
    </message>
    <message>
        <source>Removed from the setlist</source>
        <translation>Retiré de la setlist</translation>
    </message>
    <message>
        <source>Band settings changed</source>
        <translation>Réglages du groupe modifiés</translation>
    </message>
    <message>
        <source>Song added</source>
        <translation>Morceau ajouté</translation>
    </message>
    <message>
        <source>Song deleted</source>
        <translation>Morceau supprimé</translation>
    </message>
    <message>
        <source>Song edited</source>
        <translation>Morceau modifié</translation>
    </message>
    <message>
        <source>Songs imported</source>
        <translation>Morceaux importés</translation>
    </message>
    <message>
        <source>Song suggested</source>
        <translation>Morceau proposé</translation>
    </message>
    <message>
        <source>Suggestion removed</source>
        <translation>Proposition supprimée</translation>
    </message>
    <message>
        <source>Suggestion added to the songs</source>
        <translation>Proposition ajoutée au répertoire</translation>
    </message>
    <message>
        <source>Vote taken back</source>
        <translation>Vote retiré</translation>
    </message>
    <message>
        <source>Voted for a suggestion</source>
        <translation>A voté pour une proposition</translation>
    </message>
    <message>
        <source>Rehearsal take kept</source>
        <translation>Prise de répétition conservée</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>Mot de passe changé</translation>
    </message>
    <message>
        <source>Account created</source>
        <translation>Compte créé</translation>
    </message>
    <message>
        <source>Account disabled</source>
        <translation>Compte désactivé</translation>
    </message>
    <message>
        <source>Account enabled</source>
        <translation>Compte réactivé</translation>
    </message>
    <message>
        <source>Account renamed</source>
        <translation>Compte renommé</translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation>Mot de passe réinitialisé</translation>
    </message>
    <message>
        <source>Account role changed</source>
        <translation>Rôle du compte changé</translation>
    </message>
    <message>
        <source>songs</source>
        <translation>morceaux</translation>
    </message>
    <message>
        <source>answer</source>
        <translation>réponse</translation>
    </message>
    <message>
        <source>artist</source>
        <translation>artiste</translation>
    </message>
    <message>
        <source>came</source>
        <translation>présent</translation>
    </message>
    <message>
        <source>author</source>
        <translation>auteur</translation>
    </message>
    <message>
        <source>break (min)</source>
        <translation>pause (min)</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>device</source>
        <translation>appareil</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>duration (min)</source>
        <translation>durée (min)</translation>
    </message>
    <message>
        <source>duration</source>
        <translation>durée</translation>
    </message>
    <message>
        <source>fee</source>
        <translation>cachet</translation>
    </message>
    <message>
        <source>instrument</source>
        <translation>instrument</translation>
    </message>
    <message>
        <source>key</source>
        <translation>tonalité</translation>
    </message>
    <message>
        <source>level</source>
        <translation>niveau</translation>
    </message>
    <message>
        <source>nickname</source>
        <translation>surnom</translation>
    </message>
    <message>
        <source>place</source>
        <translation>lieu</translation>
    </message>
    <message>
        <source>position</source>
        <translation>position</translation>
    </message>
    <message>
        <source>answer by</source>
        <translation>date limite de réponse</translation>
    </message>
    <message>
        <source>role</source>
        <translation>rôle</translation>
    </message>
    <message>
        <source>song</source>
        <translation>morceau</translation>
    </message>
    <message>
        <source>starts</source>
        <translation>début</translation>
    </message>
    <message>
        <source>status</source>
        <translation>statut</translation>
    </message>
    <message>
        <source>tempo</source>
        <translation>tempo</translation>
    </message>
    <message>
        <source>title</source>
        <translation>titre</translation>
    </message>
    <message>
        <source>member</source>
        <translation>membre</translation>
    </message>
    <message>
        <source>user name</source>
        <translation>nom d’utilisateur</translation>
    </message>
    <message>
        <source>venue</source>
        <translation>salle</translation>
    </message>
    <message>
        <source>votes</source>
        <translation>votes</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1&#xa0;: %2 → %3</translation>
    </message>
</context>
<context>
    <name>BodyReader</name>
    <message>
        <source>The request has no content; send a JSON object.</source>
        <translation>La requête est vide&#xa0;: envoyez un objet JSON.</translation>
    </message>
    <message>
        <source>The request&apos;s content must be a JSON object ({...}).</source>
        <translation>Le contenu de la requête doit être un objet JSON ({...}).</translation>
    </message>
    <message>
        <source>%1 is missing (field “%2”).</source>
        <translation>%1 est manquant (champ «&#xa0;%2&#xa0;»).</translation>
    </message>
    <message>
        <source>%1 must be text (field “%2”).</source>
        <translation>%1 doit être du texte (champ «&#xa0;%2&#xa0;»).</translation>
    </message>
    <message>
        <source>%1 cannot be empty.</source>
        <translation>%1 ne peut pas être vide.</translation>
    </message>
    <message>
        <source>%1 must be a whole number from %2 to %3 (field “%4”).</source>
        <translation>%1 doit être un nombre entier de %2 à %3 (champ «&#xa0;%4&#xa0;»).</translation>
    </message>
    <message>
        <source>%1 must be true or false (field “%2”).</source>
        <translation>%1 doit valoir true ou false (champ «&#xa0;%2&#xa0;»).</translation>
    </message>
    <message>
        <source>%1 must be one of %2 (field “%3”).</source>
        <translation>%1 doit être l’une des valeurs %2 (champ «&#xa0;%3&#xa0;»).</translation>
    </message>
</context>
<context>
    <name>ChatHandlers</name>
    <message>
        <source>“roomId” must name a chat room.</source>
        <translation>«&#xa0;roomId&#xa0;» doit désigner un salon de discussion.</translation>
    </message>
    <message>
        <source>“text” must be the message&apos;s text.</source>
        <translation>«&#xa0;text&#xa0;» doit être le texte du message.</translation>
    </message>
    <message>
        <source>“beforeSeq” must be a message number or null.</source>
        <translation>«&#xa0;beforeSeq&#xa0;» doit être un numéro de message ou null.</translation>
    </message>
    <message>
        <source>“since” names too many rooms.</source>
        <translation>«&#xa0;since&#xa0;» désigne trop de salons.</translation>
    </message>
    <message>
        <source>“since” must map room numbers to the last message number seen.</source>
        <translation>«&#xa0;since&#xa0;» doit associer à chaque numéro de salon le dernier numéro de message vu.</translation>
    </message>
    <message>
        <source>“query” must be the text to look for.</source>
        <translation>«&#xa0;query&#xa0;» doit être le texte à chercher.</translation>
    </message>
    <message>
        <source>“roomId” and “seq” must name a room and a message number.</source>
        <translation>«&#xa0;roomId&#xa0;» et «&#xa0;seq&#xa0;» doivent désigner un salon et un numéro de message.</translation>
    </message>
    <message>
        <source>“messageId” must name a message.</source>
        <translation>«&#xa0;messageId&#xa0;» doit désigner un message.</translation>
    </message>
    <message>
        <source>“name” must be the room&apos;s name.</source>
        <translation>«&#xa0;name&#xa0;» doit être le nom du salon.</translation>
    </message>
    <message>
        <source>“userId” must name a member of the band.</source>
        <translation>«&#xa0;userId&#xa0;» doit désigner un membre du groupe.</translation>
    </message>
</context>
<context>
    <name>HttpParser</name>
    <message>
        <source>The request&apos;s headers are larger than 16 KiB. Clear the site&apos;s cookies and try again.</source>
        <translation>Les en-têtes de la requête dépassent 16 Kio. Effacez les cookies du site et réessayez.</translation>
    </message>
    <message>
        <source>This is not an HTTP/1.1 request this server understands.</source>
        <translation>Ce n’est pas une requête HTTP/1.1 que ce serveur comprend.</translation>
    </message>
    <message>
        <source>The address holds characters this server refuses.</source>
        <translation>L’adresse contient des caractères que ce serveur refuse.</translation>
    </message>
    <message>
        <source>A header line of the request is malformed.</source>
        <translation>Une ligne d’en-tête de la requête est mal formée.</translation>
    </message>
    <message>
        <source>Send the request body with a Content-Length; chunked bodies are not accepted.</source>
        <translation>Envoyez le corps de la requête avec un Content-Length&#xa0;; les corps découpés (chunked) ne sont pas acceptés.</translation>
    </message>
    <message>
        <source>The request&apos;s Content-Length is not a number.</source>
        <translation>Le Content-Length de la requête n’est pas un nombre.</translation>
    </message>
    <message>
        <source>The request has two different Content-Length headers.</source>
        <translation>La requête a deux en-têtes Content-Length différents.</translation>
    </message>
    <message>
        <source>The request body is larger than 64 KiB.</source>
        <translation>Le corps de la requête dépasse 64 Kio.</translation>
    </message>
    <message>
        <source>The request has no Host header.</source>
        <translation>La requête n’a pas d’en-tête Host.</translation>
    </message>
</context>
<context>
    <name>LiveSet</name>
    <message>
        <source>The marker for “%1” could not be added: %2</source>
        <translation>Le marqueur de «&#xa0;%1&#xa0;» n’a pas pu être ajouté&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ReaperInstaller</name>
    <message>
        <source>%1: Oscalis&apos;s own copy is missing (%2)</source>
        <translation>%1&#xa0;: la copie fournie avec Oscalis est introuvable (%2)</translation>
    </message>
    <message>
        <source>%1: cannot read the file already there</source>
        <translation>%1&#xa0;: impossible de lire le fichier déjà en place</translation>
    </message>
    <message>
        <source>%1: already up to date</source>
        <translation>%1&#xa0;: déjà à jour</translation>
    </message>
    <message>
        <source>%1: left alone, it was not written by Oscalis. Move it away and install again to replace it.</source>
        <translation>%1&#xa0;: laissé tel quel, il n’a pas été écrit par Oscalis. Déplacez-le puis installez à nouveau pour le remplacer.</translation>
    </message>
    <message>
        <source>%1: left alone, it is a newer version (%2) than this Oscalis carries (%3)</source>
        <translation>%1&#xa0;: laissé tel quel, c’est une version plus récente (%2) que celle fournie avec cet Oscalis (%3)</translation>
    </message>
    <message>
        <source>%1: left alone, it was changed by hand. Move it away and install again to replace it.</source>
        <translation>%1&#xa0;: laissé tel quel, il a été modifié à la main. Déplacez-le puis installez à nouveau pour le remplacer.</translation>
    </message>
    <message>
        <source>%1: cannot create its folder</source>
        <translation>%1&#xa0;: impossible de créer son dossier</translation>
    </message>
    <message>
        <source>%1: cannot write it (%2)</source>
        <translation>%1&#xa0;: impossible de l’écrire (%2)</translation>
    </message>
    <message>
        <source>%1: updated to version %2</source>
        <translation>%1&#xa0;: mis à jour en version %2</translation>
    </message>
    <message>
        <source>%1: installed</source>
        <translation>%1&#xa0;: installé</translation>
    </message>
    <message>
        <source>In REAPER, open Options → Preferences → Control/OSC/web, click Add and choose &quot;OSC (Open Sound Control)&quot;.</source>
        <translation>Dans REAPER, ouvrez Options → Preferences → Control/OSC/web, cliquez sur Add et choisissez «&#xa0;OSC (Open Sound Control)&#xa0;».</translation>
    </message>
    <message>
        <source>Set Pattern config to &quot;Oscalis&quot; and Mode to &quot;Local port&quot;. Set the local listen port to %1 (where Oscalis sends). For &quot;Configure device IP + local port&quot;, use device port %2 (where Oscalis listens). Press OK twice.</source>
        <translation>Réglez Pattern config sur «&#xa0;Oscalis&#xa0;» et Mode sur «&#xa0;Local port&#xa0;». Réglez le port d’écoute local (local listen port) sur %1 (là où Oscalis envoie). Pour «&#xa0;Configure device IP + local port&#xa0;», indiquez le port %2 comme device port (là où Oscalis écoute). Validez deux fois avec OK.</translation>
    </message>
    <message>
        <source>Open Actions → Show action list, click New action… → Load ReaScript…, choose Scripts/Oscalis/oscalis.lua, then select it and click Run. It keeps working in the background; Oscalis shows the track colours once it runs.</source>
        <translation>Ouvrez Actions → Show action list, cliquez sur New action… → Load ReaScript…, choisissez Scripts/Oscalis/oscalis.lua, puis sélectionnez-le et cliquez sur Run. Il continue de tourner en arrière-plan&#xa0;; Oscalis affiche les couleurs des pistes dès qu’il tourne.</translation>
    </message>
    <message>
        <source>Optional, so it starts with REAPER: add the script to the SWS extension&apos;s startup actions (Extensions → Startup actions), or add this line to Scripts/__startup.lua: dofile(reaper.GetResourcePath() .. &quot;/Scripts/Oscalis/oscalis.lua&quot;)</source>
        <translation>Facultatif, pour qu’il démarre avec REAPER&#xa0;: ajoutez le script aux actions de démarrage de l’extension SWS (Extensions → Startup actions), ou ajoutez cette ligne à Scripts/__startup.lua&#xa0;: dofile(reaper.GetResourcePath() .. &quot;/Scripts/Oscalis/oscalis.lua&quot;)</translation>
    </message>
</context>
<context>
    <name>RemoteCommand</name>
    <message>
        <source>“action” must be one of %1.</source>
        <translation>«&#xa0;action&#xa0;» doit être l’une des valeurs %1.</translation>
    </message>
    <message>
        <source>“direction” must be “previous” or “next”.</source>
        <translation>«&#xa0;direction&#xa0;» doit valoir «&#xa0;previous&#xa0;» ou «&#xa0;next&#xa0;».</translation>
    </message>
    <message>
        <source>“number” must be the number of a track the remote shows.</source>
        <translation>«&#xa0;number&#xa0;» doit être le numéro d’une piste affichée par la télécommande.</translation>
    </message>
    <message>
        <source>“volume” must be a number from 0 to 1.</source>
        <translation>«&#xa0;volume&#xa0;» doit être un nombre de 0 à 1.</translation>
    </message>
    <message>
        <source>“pan” must be a number from -1 to 1.</source>
        <translation>«&#xa0;pan&#xa0;» doit être un nombre de -1 à 1.</translation>
    </message>
    <message>
        <source>“mute”, “solo” and “arm” must be true or false.</source>
        <translation>«&#xa0;mute&#xa0;», «&#xa0;solo&#xa0;» et «&#xa0;arm&#xa0;» doivent valoir true ou false.</translation>
    </message>
</context>
<context>
    <name>SetlistNavigator</name>
    <message>
        <source>Choose a song in the setlist first.</source>
        <translation>Choisissez d’abord un morceau dans la setlist.</translation>
    </message>
    <message>
        <source>A break has no place in REAPER: choose a song.</source>
        <translation>Une pause n’a pas de place dans REAPER&#xa0;: choisissez un morceau.</translation>
    </message>
    <message>
        <source>%1 has no REAPER region yet: choose one in the song&apos;s dialog.</source>
        <translation>%1 n’a pas encore de région REAPER&#xa0;: choisissez-en une dans la fiche du morceau.</translation>
    </message>
    <message>
        <source>REAPER&apos;s project has no region called %1 (for %2).</source>
        <translation>Le projet REAPER n’a pas de région nommée %1 (pour %2).</translation>
    </message>
    <message>
        <source>Skipped %1 (no region in REAPER). %2</source>
        <translation>%1 sauté (pas de région dans REAPER). %2</translation>
    </message>
    <message>
        <source>That was the last song of the setlist.</source>
        <translation>C’était le dernier morceau de la setlist.</translation>
    </message>
    <message>
        <source>No song after this one has a region in REAPER (skipped %1).</source>
        <translation>Aucun des morceaux suivants n’a de région dans REAPER (sautés&#xa0;: %1).</translation>
    </message>
    <message>
        <source>Now playing %1. It has no region in REAPER, so REAPER stays where it is.</source>
        <translation>En cours&#xa0;: %1. Ce morceau n’a pas de région dans REAPER, donc REAPER reste où il est.</translation>
    </message>
    <message>
        <source>Now playing %1. REAPER is recording, so it stays where it is.</source>
        <translation>En cours&#xa0;: %1. REAPER enregistre, donc il reste où il est.</translation>
    </message>
    <message>
        <source>Sent REAPER to %1, but REAPER is not answering at the moment.</source>
        <translation>REAPER a été envoyé sur %1, mais il ne répond pas pour le moment.</translation>
    </message>
    <message>
        <source>%1: REAPER goes to %2 (%3) when the region being played ends.</source>
        <translation>%1&#xa0;: REAPER passe à %2 (%3) à la fin de la région en cours de lecture.</translation>
    </message>
    <message>
        <source>%1: REAPER is at %2 (%3).</source>
        <translation>%1&#xa0;: REAPER est sur %2 (%3).</translation>
    </message>
</context>
<context>
    <name>StaticFiles</name>
    <message>
        <source>There is no page or file at %1.</source>
        <translation>Il n’y a ni page ni fichier à l’adresse %1.</translation>
    </message>
</context>
<context>
    <name>TlsIdentity</name>
    <message>
        <source>The folder %1 for the web server&apos;s certificate could not be created.</source>
        <translation>Le dossier %1 du certificat du serveur web n’a pas pu être créé.</translation>
    </message>
    <message>
        <source>The web server&apos;s certificate could not be made: %1</source>
        <translation>Le certificat du serveur web n’a pas pu être créé&#xa0;: %1</translation>
    </message>
    <message>
        <source>The key file %1 could not be written: %2</source>
        <translation>Le fichier de clé %1 n’a pas pu être écrit&#xa0;: %2</translation>
    </message>
    <message>
        <source>The certificate file %1 could not be written: %2</source>
        <translation>Le fichier de certificat %1 n’a pas pu être écrit&#xa0;: %2</translation>
    </message>
    <message>
        <source>The certificate file %1 could not be read: %2</source>
        <translation>Le fichier de certificat %1 n’a pas pu être lu&#xa0;: %2</translation>
    </message>
    <message>
        <source>The key file %1 could not be read: %2</source>
        <translation>Le fichier de clé %1 n’a pas pu être lu&#xa0;: %2</translation>
    </message>
    <message>
        <source>The file %1 holds no certificate in PEM form (-----BEGIN CERTIFICATE-----).</source>
        <translation>Le fichier %1 ne contient aucun certificat au format PEM (-----BEGIN CERTIFICATE-----).</translation>
    </message>
    <message>
        <source>The file %1 holds no private key in PEM form, or the key is protected by a password (Oscalis needs it without one).</source>
        <translation>Le fichier %1 ne contient aucune clé privée au format PEM, ou la clé est protégée par un mot de passe (Oscalis en a besoin sans mot de passe).</translation>
    </message>
    <message>
        <source>The key %1 does not belong to the certificate %2.</source>
        <translation>La clé %1 ne correspond pas au certificat %2.</translation>
    </message>
    <message>
        <source>The key %1 is neither an EC nor an RSA key.</source>
        <translation>La clé %1 n’est ni une clé EC ni une clé RSA.</translation>
    </message>
    <message>
        <source>Qt could not read the certificate %1 or the key %2.</source>
        <translation>Qt n’a pas pu lire le certificat %1 ou la clé %2.</translation>
    </message>
    <message>
        <source>The certificate %1 expired on %2.</source>
        <translation>Le certificat %1 a expiré le %2.</translation>
    </message>
</context>
<context>
    <name>TodayPlan</name>
    <message>
        <source>Gig: %1</source>
        <translation>Concert&#xa0;: %1</translation>
    </message>
    <message>
        <source>Nothing planned today</source>
        <translation>Rien de prévu aujourd’hui</translation>
    </message>
    <message>
        <source>Nothing planned today. Next: %1, %2</source>
        <translation>Rien de prévu aujourd’hui. Prochaine date&#xa0;: %1, %2</translation>
    </message>
</context>
<context>
    <name>oscalis</name>
    <message>
        <source>%1 must be a port number from %2 to 65535, not &quot;%3&quot;.</source>
        <translation>%1 doit être un numéro de port de %2 à 65535, pas «&#xa0;%3&#xa0;».</translation>
    </message>
    <message>
        <source>The web server is off (Oscalis was started with --web-port 0).</source>
        <translation>Le serveur web est arrêté (Oscalis a été lancé avec --web-port 0).</translation>
    </message>
    <message>
        <source>The web server is off: %1</source>
        <translation>Le serveur web est arrêté&#xa0;: %1</translation>
    </message>
    <message>
        <source>Bandmates can join from a browser at %1</source>
        <translation>Les membres du groupe peuvent se connecter depuis un navigateur à l’adresse %1</translation>
    </message>
    <message>
        <source>The browser will ask about the certificate; its fingerprint (SHA-256) is %1</source>
        <translation>Le navigateur posera une question sur le certificat&#xa0;; son empreinte (SHA-256) est %1</translation>
    </message>
    <message>
        <source>The demo could not start its REAPER simulator: %1</source>
        <translation>La démo n’a pas pu lancer son simulateur REAPER&#xa0;: %1</translation>
    </message>
    <message>
        <source>Choose another port with --port or in the settings.</source>
        <translation>Choisissez un autre port avec --port ou dans les réglages.</translation>
    </message>
    <message>
        <source>The band database %1 could not be opened: %2
The mixer works; the band pages are off until this is fixed.</source>
        <translation>La base de données du groupe %1 n’a pas pu être ouverte&#xa0;: %2
La console fonctionne&#xa0;; les pages du groupe restent indisponibles tant que ce n’est pas réglé.</translation>
    </message>
    <message>
        <source>Oscalis</source>
        <translation>Oscalis</translation>
    </message>
    <message>
        <source>Something went wrong while saving.</source>
        <translation>Un problème est survenu pendant l’enregistrement.</translation>
    </message>
    <message>
        <source>There is nothing to put in a QR code.</source>
        <translation>Il n’y a rien à mettre dans un QR code.</translation>
    </message>
    <message>
        <source>This text is too long for a QR code.</source>
        <translation>Ce texte est trop long pour un QR code.</translation>
    </message>
    <message>
        <source>The QR code could not be made: %1</source>
        <translation>Le QR code n’a pas pu être créé&#xa0;: %1</translation>
    </message>
    <message>
        <source>The kiosk shows no band: the database has none yet.</source>
        <translation>Le kiosque n’affiche aucun groupe&#xa0;: la base de données n’en contient encore aucun.</translation>
    </message>
    <message>
        <source>No administrator has a kiosk PIN yet, so the kiosk cannot be unlocked or left: set one in the studio window (Oscalis → Set my kiosk PIN…).</source>
        <translation>Aucun administrateur n’a encore de code PIN du kiosque, le kiosque ne peut donc être ni déverrouillé ni quitté&#xa0;: définissez-en un dans la fenêtre du studio (Oscalis → Définir mon code PIN du kiosque…).</translation>
    </message>
</context>
<context>
    <name>oscalis::app</name>
    <message>
        <source>Oscalis: a control surface for REAPER and a home for the band.</source>
        <translation>Oscalis&#xa0;: une surface de contrôle pour REAPER et le QG du groupe.</translation>
    </message>
    <message>
        <source>Start a built-in REAPER simulator and connect to it.</source>
        <translation>Lancer un simulateur REAPER intégré et s’y connecter.</translation>
    </message>
    <message>
        <source>Run the REAPER link without any window.</source>
        <translation>Faire tourner la liaison avec REAPER sans aucune fenêtre.</translation>
    </message>
    <message>
        <source>Address of the computer running REAPER (default 127.0.0.1).</source>
        <translation>Adresse de l’ordinateur où tourne REAPER (par défaut 127.0.0.1).</translation>
    </message>
    <message>
        <source>host</source>
        <translation>hôte</translation>
    </message>
    <message>
        <source>REAPER&apos;s OSC listen port (default 8000).</source>
        <translation>Port d’écoute OSC de REAPER (par défaut 8000).</translation>
    </message>
    <message>
        <source>port</source>
        <translation>port</translation>
    </message>
    <message>
        <source>Oscalis&apos;s own OSC port, where REAPER sends feedback (default 9000; 0 picks a free one).</source>
        <translation>Port OSC d’Oscalis, où REAPER envoie son retour (par défaut 9000&#xa0;; 0 en choisit un libre).</translation>
    </message>
    <message>
        <source>Strips per bank, 8 to 64 (default: what fits the window).</source>
        <translation>Tranches par banque, de 8 à 64 (par défaut&#xa0;: ce qui tient dans la fenêtre).</translation>
    </message>
    <message>
        <source>strips</source>
        <translation>tranches</translation>
    </message>
    <message>
        <source>Print the start-up time once the window is painted, then quit (for benchmarks).</source>
        <translation>Afficher le temps de démarrage une fois la fenêtre dessinée, puis quitter (pour les mesures de performance).</translation>
    </message>
    <message>
        <source>The band database file (default: in the application&apos;s data folder).</source>
        <translation>Le fichier de la base de données du groupe (par défaut&#xa0;: dans le dossier de données de l’application).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>Create the first administrator account with this user name, reading the password from standard input, then exit.</source>
        <translation>Créer le premier compte administrateur avec ce nom d’utilisateur, en lisant le mot de passe sur l’entrée standard, puis quitter.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>Port of the web server bandmates open in their browsers (default 8443; 0 turns it off).</source>
        <translation>Port du serveur web que les membres du groupe ouvrent dans leur navigateur (par défaut 8443&#xa0;; 0 le désactive).</translation>
    </message>
    <message>
        <source>Serve plain HTTP on 127.0.0.1 only, instead of HTTPS on every address (for tests).</source>
        <translation>Servir en HTTP simple sur 127.0.0.1 uniquement, au lieu de HTTPS sur toutes les adresses (pour les tests).</translation>
    </message>
    <message>
        <source>Your own TLS certificate for the web server (PEM file).</source>
        <translation>Votre propre certificat TLS pour le serveur web (fichier PEM).</translation>
    </message>
    <message>
        <source>The private key of --web-cert (PEM file, no password).</source>
        <translation>La clé privée de --web-cert (fichier PEM, sans mot de passe).</translation>
    </message>
    <message>
        <source>--create-admin needs the new administrator&apos;s user name.</source>
        <translation>--create-admin a besoin du nom d’utilisateur du nouvel administrateur.</translation>
    </message>
    <message>
        <source>--web-cert and --web-key go together: give both, or neither.</source>
        <translation>--web-cert et --web-key vont ensemble&#xa0;: donnez les deux, ou aucun.</translation>
    </message>
    <message>
        <source>--bank-size must be a number from 8 to 64, not &quot;%1&quot;.</source>
        <translation>--bank-size doit être un nombre de 8 à 64, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Start as a touchscreen kiosk: full screen, locked with the administrator&apos;s PIN.</source>
        <translation>Démarrer en kiosque pour écran tactile&#xa0;: en plein écran, verrouillé par le code PIN d’un administrateur.</translation>
    </message>
    <message>
        <source>--kiosk needs a screen: it cannot be used with --headless.</source>
        <translation>--kiosk a besoin d’un écran&#xa0;: il ne peut pas être utilisé avec --headless.</translation>
    </message>
</context>
<context>
    <name>oscalis::app::CreateAdminCommand</name>
    <message>
        <source>oscalis: cannot open the band database: %1</source>
        <translation>oscalis&#xa0;: impossible d’ouvrir la base de données du groupe&#xa0;: %1</translation>
    </message>
    <message>
        <source>oscalis: %1 already has accounts; an administrator can add people from the Members page.</source>
        <translation>oscalis&#xa0;: %1 contient déjà des comptes&#xa0;; un administrateur peut ajouter des personnes depuis la page Membres.</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Mot de passe pour %1&#xa0;: </translation>
    </message>
    <message>
        <source>oscalis: no password given on standard input; nothing was created.</source>
        <translation>oscalis&#xa0;: aucun mot de passe reçu sur l’entrée standard&#xa0;; rien n’a été créé.</translation>
    </message>
    <message>
        <source>The same password again: </source>
        <translation>Le même mot de passe, une seconde fois&#xa0;: </translation>
    </message>
    <message>
        <source>oscalis: the two passwords are not the same; nothing was created.</source>
        <translation>oscalis&#xa0;: les deux mots de passe ne sont pas identiques&#xa0;; rien n’a été créé.</translation>
    </message>
    <message>
        <source>oscalis: the administrator was not created: %1</source>
        <translation>oscalis&#xa0;: l’administrateur n’a pas été créé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Created the administrator &quot;%1&quot; in %2.</source>
        <translation>Administrateur «&#xa0;%1&#xa0;» créé dans %2.</translation>
    </message>
</context>
<context>
    <name>oscalis::audio</name>
    <message>
        <source>The audio packet is too short (%1 bytes; a header of %2 bytes and at least one byte of sound are needed).</source>
        <translation>Le paquet audio est trop court (%1 octets&#xa0;; il faut un en-tête de %2 octets et au moins un octet de son).</translation>
    </message>
    <message>
        <source>The audio packet is too long (%1 bytes; at most %2).</source>
        <translation>Le paquet audio est trop long (%1 octets&#xa0;; %2 au maximum).</translation>
    </message>
    <message>
        <source>The audio packet has version %1; this version of Oscalis understands version %2.</source>
        <translation>Le paquet audio est en version %1&#xa0;; cette version d’Oscalis comprend la version %2.</translation>
    </message>
    <message>
        <source>The audio packet says it has %1 channels; only mono and stereo are streamed.</source>
        <translation>Le paquet audio annonce %1 canaux&#xa0;; seuls le mono et la stéréo sont diffusés.</translation>
    </message>
    <message>
        <source>The audio packet&apos;s frame of %1 samples is not one of 2.5, 5, 10 or 20 ms.</source>
        <translation>La trame de %1 échantillons du paquet audio ne dure ni 2,5, ni 5, ni 10, ni 20 ms.</translation>
    </message>
    <message>
        <source>The audio packet does not hold a valid Opus frame.</source>
        <translation>Le paquet audio ne contient pas de trame Opus valide.</translation>
    </message>
    <message>
        <source>The audio packet&apos;s header says %1 samples but its Opus frame holds %2.</source>
        <translation>L’en-tête du paquet audio annonce %1 échantillons, mais sa trame Opus en contient %2.</translation>
    </message>
    <message>
        <source>This computer has no sound input to stream.</source>
        <translation>Cet ordinateur n’a aucune entrée audio à diffuser.</translation>
    </message>
    <message>
        <source>The sound input chosen for the stream is not connected.</source>
        <translation>L’entrée audio choisie pour la diffusion n’est pas branchée.</translation>
    </message>
    <message>
        <source>The sound input %1 cannot record at 48 kHz; set it to 48 kHz in the system&apos;s sound settings.</source>
        <translation>L’entrée audio %1 ne peut pas enregistrer en 48 kHz&#xa0;; réglez-la sur 48 kHz dans les réglages son du système.</translation>
    </message>
    <message>
        <source>The sound input %1 stopped working.</source>
        <translation>L’entrée audio %1 a cessé de fonctionner.</translation>
    </message>
    <message>
        <source>The sound input %1 could not be opened.</source>
        <translation>L’entrée audio %1 n’a pas pu être ouverte.</translation>
    </message>
    <message>
        <source>The frame size must be 2.5, 5, 10 or 20 ms (%1 samples is none of them).</source>
        <translation>La taille de trame doit être de 2,5, 5, 10 ou 20 ms (%1 échantillons ne correspondent à aucune).</translation>
    </message>
    <message>
        <source>The bitrate must be between %1 and %2 kbit/s (not %3).</source>
        <translation>Le débit doit être compris entre %1 et %2 kbit/s (pas %3).</translation>
    </message>
    <message>
        <source>The stream is mono or stereo (not %1 channels).</source>
        <translation>Le flux est en mono ou en stéréo (pas en %1 canaux).</translation>
    </message>
    <message>
        <source>The Opus decoder could not start: %1.</source>
        <translation>Le décodeur Opus n’a pas pu démarrer&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The Opus encoder could not start: %1.</source>
        <translation>L’encodeur Opus n’a pas pu démarrer&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Test tone %1 Hz</source>
        <translation>Signal de test %1 Hz</translation>
    </message>
    <message>
        <source>Cannot open the sound file %1: %2.</source>
        <translation>Impossible d’ouvrir le fichier son %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The sound file %1 is larger than 1 GB; choose a shorter file.</source>
        <translation>Le fichier son %1 dépasse 1 Go&#xa0;; choisissez un fichier plus court.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>This is not a WAV file (it does not start with RIFF/WAVE).</source>
        <translation>Ce n’est pas un fichier WAV (il ne commence pas par RIFF/WAVE).</translation>
    </message>
    <message>
        <source>The WAV file&apos;s format chunk is damaged.</source>
        <translation>Le bloc de format du fichier WAV est endommagé.</translation>
    </message>
    <message>
        <source>The WAV file has no format chunk.</source>
        <translation>Le fichier WAV n’a pas de bloc de format.</translation>
    </message>
    <message>
        <source>The WAV file holds %1-bit samples of format %2; Oscalis streams 16-bit or 24-bit PCM and 32-bit float files.</source>
        <translation>Le fichier WAV contient des échantillons de %1 bits au format %2&#xa0;; Oscalis diffuse les fichiers PCM 16 ou 24 bits et les fichiers à virgule flottante 32 bits.</translation>
    </message>
    <message>
        <source>The WAV file says it has %1 channels; 1 to %2 are supported.</source>
        <translation>Le fichier WAV annonce %1 canaux&#xa0;; de 1 à %2 sont pris en charge.</translation>
    </message>
    <message>
        <source>The WAV file is recorded at %1 Hz; the stream runs at 48,000 Hz and does not convert. Export the file at 48 kHz.</source>
        <translation>Le fichier WAV est enregistré en %1 Hz&#xa0;; le flux tourne à 48&#xa0;000 Hz et ne convertit pas. Exportez le fichier en 48 kHz.</translation>
    </message>
    <message>
        <source>The WAV file&apos;s format chunk is damaged (block size %1 does not match %2 channels of %3 bits).</source>
        <translation>Le bloc de format du fichier WAV est endommagé (la taille de bloc %1 ne correspond pas à %2 canaux de %3 bits).</translation>
    </message>
    <message>
        <source>The WAV file holds no sound.</source>
        <translation>Le fichier WAV ne contient aucun son.</translation>
    </message>
    <message>
        <source>File %1</source>
        <translation>Fichier %1</translation>
    </message>
</context>
<context>
    <name>oscalis::auth</name>
    <message>
        <source>The user name or the password is wrong.</source>
        <translation>Le nom d’utilisateur ou le mot de passe est incorrect.</translation>
    </message>
    <message>
        <source>An administrator already exists; ask them for an account.</source>
        <translation>Un administrateur existe déjà&#xa0;; demandez-lui un compte.</translation>
    </message>
    <message>
        <source>Too many failed sign-ins. Please wait %1 and try again.</source>
        <translation>Trop de connexions échouées. Veuillez patienter %1 puis réessayer.</translation>
    </message>
    <message>
        <source>This account is disabled. Ask an administrator to enable it.</source>
        <translation>Ce compte est désactivé. Demandez à un administrateur de le réactiver.</translation>
    </message>
    <message>
        <source>The current password is wrong; the password was not changed.</source>
        <translation>Le mot de passe actuel est incorrect&#xa0;; le mot de passe n’a pas été changé.</translation>
    </message>
    <message>
        <source>1 second</source>
        <translation>1 seconde</translation>
    </message>
    <message>
        <source>%1 seconds</source>
        <translation>%1 secondes</translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation>1 minute</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 minutes</translation>
    </message>
    <message>
        <source>The password is too short: use at least %1 characters.</source>
        <translation>Le mot de passe est trop court&#xa0;: utilisez au moins %1 caractères.</translation>
    </message>
    <message>
        <source>The password is too long: use at most %1 characters.</source>
        <translation>Le mot de passe est trop long&#xa0;: utilisez au plus %1 caractères.</translation>
    </message>
    <message>
        <source>The password library could not start.</source>
        <translation>La bibliothèque de mots de passe n’a pas pu démarrer.</translation>
    </message>
    <message>
        <source>The password could not be protected: the computer is out of memory.</source>
        <translation>Le mot de passe n’a pas pu être protégé&#xa0;: l’ordinateur manque de mémoire.</translation>
    </message>
    <message>
        <source>create an account</source>
        <translation>créer un compte</translation>
    </message>
    <message>
        <source>create a band</source>
        <translation>créer un groupe</translation>
    </message>
    <message>
        <source>change the band&apos;s name or logo</source>
        <translation>changer le nom ou le logo du groupe</translation>
    </message>
    <message>
        <source>delete the band</source>
        <translation>supprimer le groupe</translation>
    </message>
    <message>
        <source>change the band&apos;s invite code</source>
        <translation>changer le code d’invitation du groupe</translation>
    </message>
    <message>
        <source>invite members</source>
        <translation>inviter des membres</translation>
    </message>
    <message>
        <source>remove a member</source>
        <translation>retirer un membre</translation>
    </message>
    <message>
        <source>change a member&apos;s role</source>
        <translation>changer le rôle d’un membre</translation>
    </message>
    <message>
        <source>change your nickname or instrument</source>
        <translation>changer votre surnom ou votre instrument</translation>
    </message>
    <message>
        <source>change the band&apos;s settings</source>
        <translation>changer les réglages du groupe</translation>
    </message>
    <message>
        <source>see this band</source>
        <translation>voir ce groupe</translation>
    </message>
    <message>
        <source>add songs</source>
        <translation>ajouter des morceaux</translation>
    </message>
    <message>
        <source>edit songs</source>
        <translation>modifier des morceaux</translation>
    </message>
    <message>
        <source>delete songs</source>
        <translation>supprimer des morceaux</translation>
    </message>
    <message>
        <source>suggest songs</source>
        <translation>proposer des morceaux</translation>
    </message>
    <message>
        <source>delete suggestions</source>
        <translation>supprimer des propositions</translation>
    </message>
    <message>
        <source>vote</source>
        <translation>voter</translation>
    </message>
    <message>
        <source>move a suggestion into the repertoire</source>
        <translation>faire entrer une proposition au répertoire</translation>
    </message>
    <message>
        <source>rate your own mastery</source>
        <translation>noter votre propre maîtrise</translation>
    </message>
    <message>
        <source>rate another member&apos;s mastery</source>
        <translation>noter la maîtrise d’un autre membre</translation>
    </message>
    <message>
        <source>add notes</source>
        <translation>ajouter des notes</translation>
    </message>
    <message>
        <source>delete notes</source>
        <translation>supprimer des notes</translation>
    </message>
    <message>
        <source>record audio notes</source>
        <translation>enregistrer des notes vocales</translation>
    </message>
    <message>
        <source>add events to the agenda</source>
        <translation>ajouter des dates à l’agenda</translation>
    </message>
    <message>
        <source>edit events</source>
        <translation>modifier des dates</translation>
    </message>
    <message>
        <source>delete events</source>
        <translation>supprimer des dates</translation>
    </message>
    <message>
        <source>answer an invitation</source>
        <translation>répondre à une invitation</translation>
    </message>
    <message>
        <source>mark attendance</source>
        <translation>noter les présences</translation>
    </message>
    <message>
        <source>add gigs</source>
        <translation>ajouter des concerts</translation>
    </message>
    <message>
        <source>edit gigs</source>
        <translation>modifier des concerts</translation>
    </message>
    <message>
        <source>edit setlists</source>
        <translation>modifier des setlists</translation>
    </message>
    <message>
        <source>delete gigs</source>
        <translation>supprimer des concerts</translation>
    </message>
    <message>
        <source>read the activity log</source>
        <translation>consulter le journal d’activité</translation>
    </message>
    <message>
        <source>reset someone&apos;s password</source>
        <translation>réinitialiser le mot de passe de quelqu’un</translation>
    </message>
    <message>
        <source>change your password</source>
        <translation>changer votre mot de passe</translation>
    </message>
    <message>
        <source>manage user accounts</source>
        <translation>gérer les comptes utilisateurs</translation>
    </message>
    <message>
        <source>export the band&apos;s data</source>
        <translation>exporter les données du groupe</translation>
    </message>
    <message>
        <source>back up or restore the database</source>
        <translation>sauvegarder ou restaurer la base de données</translation>
    </message>
    <message>
        <source>read the band&apos;s chat</source>
        <translation>lire la discussion du groupe</translation>
    </message>
    <message>
        <source>write in the band&apos;s chat</source>
        <translation>écrire dans la discussion du groupe</translation>
    </message>
    <message>
        <source>create chat rooms</source>
        <translation>créer des salons de discussion</translation>
    </message>
    <message>
        <source>delete someone else&apos;s chat message</source>
        <translation>supprimer le message de quelqu’un d’autre</translation>
    </message>
    <message>
        <source>Please sign in to %1.</source>
        <translation>Veuillez vous connecter pour %1.</translation>
    </message>
    <message>
        <source>Only members of this band can %1.</source>
        <translation>Seuls les membres de ce groupe peuvent %1.</translation>
    </message>
    <message>
        <source>Only the band&apos;s leader can %1.</source>
        <translation>Seul le leader du groupe peut %1.</translation>
    </message>
    <message>
        <source>Only an administrator or a moderator can %1.</source>
        <translation>Seul un administrateur ou un modérateur peut %1.</translation>
    </message>
    <message>
        <source>Only an administrator can %1.</source>
        <translation>Seul un administrateur peut %1.</translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>Code PIN incorrect.</translation>
    </message>
    <message>
        <source>A kiosk PIN is %1 to %2 digits.</source>
        <translation>Un code PIN du kiosque compte de %1 à %2 chiffres.</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Please wait %1 and try again.</source>
        <translation>Trop de codes PIN incorrects. Veuillez patienter %1 puis réessayer.</translation>
    </message>
    <message>
        <source>The secret must be from 1 to %1 characters.</source>
        <translation>Le secret doit compter de 1 à %1 caractères.</translation>
    </message>
    <message>
        <source>listen to the studio</source>
        <translation>écouter le studio</translation>
    </message>
    <message>
        <source>unlock the kiosk</source>
        <translation>déverrouiller le kiosque</translation>
    </message>
    <message>
        <source>set your kiosk PIN</source>
        <translation>définir votre code PIN du kiosque</translation>
    </message>
</context>
<context>
    <name>oscalis::osc::Endpoint</name>
    <message>
        <source>Cannot open UDP port %1: %2</source>
        <translation>Impossible d’ouvrir le port UDP %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>it is probably in use by another program</source>
        <translation>il est sans doute utilisé par un autre programme</translation>
    </message>
    <message>
        <source>Not sent: %1 is %2 bytes long; REAPER reads messages of at most %3 bytes</source>
        <translation>Non envoyé&#xa0;: %1 fait %2 octets&#xa0;; REAPER lit des messages de %3 octets au plus</translation>
    </message>
</context>
<context>
    <name>oscalis::reaper::Link</name>
    <message>
        <source>Connecting to REAPER at %1:%2…</source>
        <translation>Connexion à REAPER sur %1:%2…</translation>
    </message>
    <message>
        <source>Connected to REAPER</source>
        <translation>Connecté à REAPER</translation>
    </message>
    <message>
        <source>REAPER is not answering (%1:%2)</source>
        <translation>REAPER ne répond pas (%1:%2)</translation>
    </message>
</context>
<context>
    <name>oscalis::reaper::ProjectWatcher</name>
    <message>
        <source>REAPER&apos;s project file %1 could not be used: %2. Oscalis keeps what it last read.</source>
        <translation>Le fichier de projet REAPER %1 est inutilisable&#xa0;: %2. Oscalis garde ce qu’il a lu en dernier.</translation>
    </message>
</context>
<context>
    <name>oscalis::reaper::ScriptCommands</name>
    <message>
        <source>No folder is set for the REAPER script&apos;s commands.</source>
        <translation>Aucun dossier n’est défini pour les commandes du script REAPER.</translation>
    </message>
    <message>
        <source>Could not write the REAPER script&apos;s commands to %1: %2</source>
        <translation>Impossible d’écrire les commandes du script REAPER dans %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>oscalis::reaper::pan</name>
    <message>
        <source>C</source>
        <comment>pan: centre</comment>
        <translation>C</translation>
    </message>
    <message>
        <source>%1%L</source>
        <comment>pan: left</comment>
        <translation>G%1</translation>
    </message>
    <message>
        <source>%1%R</source>
        <comment>pan: right</comment>
        <translation>D%1</translation>
    </message>
</context>
<context>
    <name>oscalis::store</name>
    <message>
        <source>The number of messages</source>
        <translation>Le nombre de messages</translation>
    </message>
    <message>
        <source>This conversation is private to the two people in it.</source>
        <translation>Cette conversation est réservée aux deux personnes qui y participent.</translation>
    </message>
    <message>
        <source>The other person has left the band, so this conversation is closed.</source>
        <translation>L’autre personne a quitté le groupe, cette conversation est donc fermée.</translation>
    </message>
    <message>
        <source>Only an administrator or a moderator can delete a message of a conversation you are not part of.</source>
        <translation>Seul un administrateur ou un modérateur peut supprimer un message d’une conversation dont vous ne faites pas partie.</translation>
    </message>
    <message>
        <source>The room name</source>
        <translation>Le nom du salon</translation>
    </message>
    <message>
        <source>The room name cannot contain line breaks or tabs.</source>
        <translation>Le nom du salon ne peut pas contenir de retours à la ligne ni de tabulations.</translation>
    </message>
    <message>
        <source>You cannot open a conversation with yourself.</source>
        <translation>Vous ne pouvez pas ouvrir une conversation avec vous-même.</translation>
    </message>
    <message>
        <source>This person is not a member of the band.</source>
        <translation>Cette personne n’est pas membre du groupe.</translation>
    </message>
    <message>
        <source>The message</source>
        <translation>Le message</translation>
    </message>
    <message>
        <source>The message id</source>
        <translation>L’identifiant du message</translation>
    </message>
    <message>
        <source>The search</source>
        <translation>La recherche</translation>
    </message>
    <message>
        <source>Your account no longer exists.</source>
        <translation>Votre compte n’existe plus.</translation>
    </message>
    <message>
        <source>Your account is disabled.</source>
        <translation>Votre compte est désactivé.</translation>
    </message>
    <message>
        <source>No free invite code could be found; please try again.</source>
        <translation>Aucun code d’invitation libre n’a été trouvé&#xa0;; veuillez réessayer.</translation>
    </message>
    <message>
        <source>The band&apos;s name</source>
        <translation>Le nom du groupe</translation>
    </message>
    <message>
        <source>This band does not exist (any more).</source>
        <translation>Ce groupe n’existe pas (ou plus).</translation>
    </message>
    <message>
        <source>The logo is too large (%1 KiB; at most %2 KiB).</source>
        <translation>Le logo est trop lourd (%1 Kio&#xa0;; %2 Kio au maximum).</translation>
    </message>
    <message>
        <source>Please sign in to join a band.</source>
        <translation>Veuillez vous connecter pour rejoindre un groupe.</translation>
    </message>
    <message>
        <source>No band has the invite code “%1”. Check it with the band&apos;s leader.</source>
        <translation>Aucun groupe n’a le code d’invitation «&#xa0;%1&#xa0;». Vérifiez-le auprès du leader du groupe.</translation>
    </message>
    <message>
        <source>You are already a member of this band.</source>
        <translation>Vous êtes déjà membre de ce groupe.</translation>
    </message>
    <message>
        <source>This person is not in the band.</source>
        <translation>Cette personne ne fait pas partie du groupe.</translation>
    </message>
    <message>
        <source>A band needs at least one leader: make someone else leader first.</source>
        <translation>Un groupe a besoin d’au moins un leader&#xa0;: nommez d’abord quelqu’un d’autre leader.</translation>
    </message>
    <message>
        <source>The nickname</source>
        <translation>Le surnom</translation>
    </message>
    <message>
        <source>The instrument</source>
        <translation>L’instrument</translation>
    </message>
    <message>
        <source>Only members of this band can subscribe to its calendar.</source>
        <translation>Seuls les membres de ce groupe peuvent s’abonner à son agenda.</translation>
    </message>
    <message>
        <source>This calendar address does not work (any more). Copy the current one from the band&apos;s calendar page.</source>
        <translation>Cette adresse d’agenda ne fonctionne pas (ou plus). Copiez l’adresse actuelle depuis la page Agenda du groupe.</translation>
    </message>
    <message>
        <source>Agenda:</source>
        <translation>Programme&#xa0;:</translation>
    </message>
    <message>
        <source>(deleted song)</source>
        <translation>(morceau supprimé)</translation>
    </message>
    <message>
        <source>Please answer by %1.</source>
        <translation>Merci de répondre avant le %1.</translation>
    </message>
    <message>
        <source>The calendar could not be saved to %1: %2</source>
        <translation>L’agenda n’a pas pu être enregistré dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>This chat room does not exist (any more).</source>
        <translation>Ce salon de discussion n’existe pas (ou plus).</translation>
    </message>
    <message>
        <source>The chat room “general” could not be made.</source>
        <translation>Le salon de discussion «&#xa0;general&#xa0;» n’a pas pu être créé.</translation>
    </message>
    <message>
        <source>The band already has a room called “%1”.</source>
        <translation>Le groupe a déjà un salon nommé «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>This message id was already used for a message in another room; send it with a new id.</source>
        <translation>Cet identifiant de message a déjà servi pour un message d’un autre salon&#xa0;; envoyez-le avec un nouvel identifiant.</translation>
    </message>
    <message>
        <source>This message does not exist (any more).</source>
        <translation>Ce message n’existe pas (ou plus).</translation>
    </message>
    <message>
        <source>a quoted field is not closed (a &quot; is missing).</source>
        <translation>un champ entre guillemets n’est pas fermé (il manque un &quot;).</translation>
    </message>
    <message>
        <source>The band database at %1 could not be opened: %2</source>
        <translation>La base de données du groupe (%1) n’a pas pu être ouverte&#xa0;: %2</translation>
    </message>
    <message>
        <source>no file name was given.</source>
        <translation>aucun nom de fichier n’a été donné.</translation>
    </message>
    <message>
        <source>its folder could not be created.</source>
        <translation>son dossier n’a pas pu être créé.</translation>
    </message>
    <message>
        <source>this is a folder, not a file.</source>
        <translation>c’est un dossier, pas un fichier.</translation>
    </message>
    <message>
        <source>the file is read-only. Check its permissions, or choose another file with --db.</source>
        <translation>le fichier est en lecture seule. Vérifiez ses droits, ou choisissez un autre fichier avec --db.</translation>
    </message>
    <message>
        <source>its folder is read-only. Check its permissions, or choose another file with --db.</source>
        <translation>son dossier est en lecture seule. Vérifiez ses droits, ou choisissez un autre fichier avec --db.</translation>
    </message>
    <message>
        <source>the SQLite driver for Qt is missing (install libqt6sql6-sqlite).</source>
        <translation>le pilote SQLite de Qt est absent (installez libqt6sql6-sqlite).</translation>
    </message>
    <message>
        <source>write-ahead logging could not be turned on (journal mode is %1).</source>
        <translation>la journalisation anticipée (WAL) n’a pas pu être activée (le mode de journal est %1).</translation>
    </message>
    <message>
        <source>%1: this already exists.</source>
        <translation>%1&#xa0;: cela existe déjà.</translation>
    </message>
    <message>
        <source>%1: the disk holding the band database (%2) is full. Free some space and try again.</source>
        <translation>%1&#xa0;: le disque qui contient la base de données du groupe (%2) est plein. Libérez de la place et réessayez.</translation>
    </message>
    <message>
        <source>%1: the band database at %2 is read-only.</source>
        <translation>%1&#xa0;: la base de données du groupe (%2) est en lecture seule.</translation>
    </message>
    <message>
        <source>%1: the file at %2 is not an Oscalis band database, or it is damaged.</source>
        <translation>%1&#xa0;: le fichier %2 n’est pas une base de données de groupe Oscalis, ou il est endommagé.</translation>
    </message>
    <message>
        <source>%1: it refers to something that does not exist (any more).</source>
        <translation>%1&#xa0;: cela fait référence à quelque chose qui n’existe pas (ou plus).</translation>
    </message>
    <message>
        <source>%1: a value is not allowed (%2).</source>
        <translation>%1&#xa0;: une valeur n’est pas autorisée (%2).</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <source>Reading the band database</source>
        <translation>La lecture de la base de données du groupe</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>L’enregistrement</translation>
    </message>
    <message>
        <source>The band database is not open with SQLite; backup is not possible.</source>
        <translation>La base de données du groupe n’est pas ouverte avec SQLite&#xa0;; la sauvegarde est impossible.</translation>
    </message>
    <message>
        <source>The band database is closed.</source>
        <translation>La base de données du groupe est fermée.</translation>
    </message>
    <message>
        <source>%1 could not start: %2</source>
        <translation>%1 n’a pas pu démarrer&#xa0;: %2</translation>
    </message>
    <message>
        <source>the band database stayed busy; try again when nobody is saving.</source>
        <translation>la base de données du groupe est restée occupée&#xa0;; réessayez quand personne n’enregistre.</translation>
    </message>
    <message>
        <source>A backup cannot start in the middle of a change.</source>
        <translation>Une sauvegarde ne peut pas démarrer au milieu d’une modification.</translation>
    </message>
    <message>
        <source>The folder for the backup %1 could not be created.</source>
        <translation>Le dossier de la sauvegarde %1 n’a pas pu être créé.</translation>
    </message>
    <message>
        <source>The backup %1 could not be created: %2</source>
        <translation>La sauvegarde %1 n’a pas pu être créée&#xa0;: %2</translation>
    </message>
    <message>
        <source>The backup to %1</source>
        <translation>La sauvegarde vers %1</translation>
    </message>
    <message>
        <source>The backup could not be saved as %1.</source>
        <translation>La sauvegarde n’a pas pu être enregistrée sous %1.</translation>
    </message>
    <message>
        <source>The backup %1 was not found.</source>
        <translation>La sauvegarde %1 est introuvable.</translation>
    </message>
    <message>
        <source>The file %1 is not an Oscalis backup, or it is damaged; nothing was changed.</source>
        <translation>Le fichier %1 n’est pas une sauvegarde Oscalis, ou il est endommagé&#xa0;; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The backup %1 is damaged (%2); nothing was changed.</source>
        <translation>La sauvegarde %1 est endommagée (%2)&#xa0;; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The backup %1 was made by a newer Oscalis (schema %2; this one knows %3). Update Oscalis to restore it; nothing was changed.</source>
        <translation>La sauvegarde %1 a été faite par un Oscalis plus récent (schéma %2&#xa0;; celui-ci connaît le %3). Mettez Oscalis à jour pour la restaurer&#xa0;; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>A restore cannot start in the middle of a change.</source>
        <translation>Une restauration ne peut pas démarrer au milieu d’une modification.</translation>
    </message>
    <message>
        <source>The backup could not be opened: %1</source>
        <translation>La sauvegarde n’a pas pu être ouverte&#xa0;: %1</translation>
    </message>
    <message>
        <source>Restoring %1</source>
        <translation>La restauration de %1</translation>
    </message>
    <message>
        <source>The title</source>
        <translation>Le titre</translation>
    </message>
    <message>
        <source>The start</source>
        <translation>Le début</translation>
    </message>
    <message>
        <source>The duration (minutes)</source>
        <translation>La durée (minutes)</translation>
    </message>
    <message>
        <source>The place</source>
        <translation>Le lieu</translation>
    </message>
    <message>
        <source>The reply-by date</source>
        <translation>La date limite de réponse</translation>
    </message>
    <message>
        <source>The number of songs on the agenda</source>
        <translation>Le nombre de morceaux au programme</translation>
    </message>
    <message>
        <source>The reply-by date (%1) is after the event itself (%2).</source>
        <translation>La date limite de réponse (%1) tombe après la date elle-même (%2).</translation>
    </message>
    <message>
        <source>A song is twice on the agenda.</source>
        <translation>Un morceau figure deux fois au programme.</translation>
    </message>
    <message>
        <source>A song on the agenda is not in the band&apos;s repertoire.</source>
        <translation>Un morceau du programme ne fait pas partie du répertoire du groupe.</translation>
    </message>
    <message>
        <source>This event does not exist (any more).</source>
        <translation>Cette date n’existe pas (ou plus).</translation>
    </message>
    <message>
        <source>The period is not made of real dates.</source>
        <translation>La période n’est pas faite de dates réelles.</translation>
    </message>
    <message>
        <source>Answers for “%1” closed on %2. Tell the band&apos;s leader directly.</source>
        <translation>Les réponses pour «&#xa0;%1&#xa0;» sont closes depuis le %2. Prévenez directement le leader du groupe.</translation>
    </message>
    <message>
        <source>The gig&apos;s name</source>
        <translation>Le nom du concert</translation>
    </message>
    <message>
        <source>The date</source>
        <translation>La date</translation>
    </message>
    <message>
        <source>The venue</source>
        <translation>La salle</translation>
    </message>
    <message>
        <source>The address</source>
        <translation>L’adresse</translation>
    </message>
    <message>
        <source>The contact</source>
        <translation>Le contact</translation>
    </message>
    <message>
        <source>The fee (cents)</source>
        <translation>Le cachet (centimes)</translation>
    </message>
    <message>
        <source>A played song&apos;s time (seconds)</source>
        <translation>La durée d’un morceau joué (secondes)</translation>
    </message>
    <message>
        <source>A break cannot be played as a song.</source>
        <translation>Une pause ne peut pas être jouée comme un morceau.</translation>
    </message>
    <message>
        <source>Nothing was played: the setlist stays as planned.</source>
        <translation>Rien n’a été joué&#xa0;: la setlist reste telle que prévue.</translation>
    </message>
    <message>
        <source>This gig does not exist (any more).</source>
        <translation>Ce concert n’existe pas (ou plus).</translation>
    </message>
    <message>
        <source>The note</source>
        <translation>La note</translation>
    </message>
    <message>
        <source>The break (minutes)</source>
        <translation>La pause (minutes)</translation>
    </message>
    <message>
        <source>This song is not in the band&apos;s repertoire.</source>
        <translation>Ce morceau ne fait pas partie du répertoire du groupe.</translation>
    </message>
    <message>
        <source>This setlist line does not exist (any more).</source>
        <translation>Cette ligne de setlist n’existe pas (ou plus).</translation>
    </message>
    <message>
        <source>A played song is not in the band&apos;s repertoire.</source>
        <translation>Un morceau joué ne fait pas partie du répertoire du groupe.</translation>
    </message>
    <message>
        <source>The band database at %1 was made by a newer Oscalis (schema version %2; this Oscalis knows up to version %3). Update Oscalis to open it; the file was not changed.</source>
        <translation>La base de données du groupe (%1) a été créée par un Oscalis plus récent (version de schéma %2&#xa0;; cet Oscalis connaît jusqu’à la version %3). Mettez Oscalis à jour pour l’ouvrir&#xa0;; le fichier n’a pas été modifié.</translation>
    </message>
    <message>
        <source>The file at %1 holds tables that are not an Oscalis band database; it was not changed. Choose another file with --db.</source>
        <translation>Le fichier %1 contient des tables qui ne sont pas celles d’une base de données de groupe Oscalis&#xa0;; il n’a pas été modifié. Choisissez un autre fichier avec --db.</translation>
    </message>
    <message>
        <source>The band database at %1 needs updating, but the safety copy could not be written to %2 (%3). Nothing was changed.</source>
        <translation>La base de données du groupe (%1) doit être mise à jour, mais la copie de sécurité n’a pas pu être écrite dans %2 (%3). Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Updating the band database at %1 to version %2 (%3) failed: %4 The file was left at version %5.</source>
        <translation>La mise à jour de la base de données du groupe (%1) vers la version %2 (%3) a échoué&#xa0;: %4 Le fichier est resté en version %5.</translation>
    </message>
    <message>
        <source>This song does not exist (any more).</source>
        <translation>Ce morceau n’existe pas (ou plus).</translation>
    </message>
    <message>
        <source>The mastery level</source>
        <translation>Le niveau de maîtrise</translation>
    </message>
    <message>
        <source>This note does not exist (any more).</source>
        <translation>Cette note n’existe pas (ou plus).</translation>
    </message>
    <message>
        <source>The recording %1 was not found.</source>
        <translation>L’enregistrement %1 est introuvable.</translation>
    </message>
    <message>
        <source>The recording is %1 MiB; an audio note can be at most %2 MiB. Record a shorter note or export it in a compressed format (Ogg, MP3).</source>
        <translation>L’enregistrement fait %1 Mio&#xa0;; une note vocale peut faire au plus %2 Mio. Enregistrez une note plus courte ou exportez-la dans un format compressé (Ogg, MP3).</translation>
    </message>
    <message>
        <source>No folder was given for audio notes.</source>
        <translation>Aucun dossier n’a été indiqué pour les notes vocales.</translation>
    </message>
    <message>
        <source>The audio notes folder %1 could not be created.</source>
        <translation>Le dossier des notes vocales %1 n’a pas pu être créé.</translation>
    </message>
    <message>
        <source>The recording could not be copied into %1: %2</source>
        <translation>L’enregistrement n’a pas pu être copié dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The recording grew beyond %1 MiB while it was being copied.</source>
        <translation>L’enregistrement a dépassé %1 Mio pendant la copie.</translation>
    </message>
    <message>
        <source>This audio note does not exist (any more).</source>
        <translation>Cette note vocale n’existe pas (ou plus).</translation>
    </message>
    <message>
        <source>The audio note was removed, but its file %1 could not be deleted.</source>
        <translation>La note vocale a été retirée, mais son fichier %1 n’a pas pu être supprimé.</translation>
    </message>
    <message>
        <source>This audio note&apos;s file name is not valid.</source>
        <translation>Le nom de fichier de cette note vocale n’est pas valide.</translation>
    </message>
    <message>
        <source>The recording of this audio note is missing (%1).</source>
        <translation>L’enregistrement de cette note vocale est introuvable (%1).</translation>
    </message>
    <message>
        <source>The device name</source>
        <translation>Le nom de l’appareil</translation>
    </message>
    <message>
        <source>Please sign in again.</source>
        <translation>Veuillez vous reconnecter.</translation>
    </message>
    <message>
        <source>This session does not exist (any more).</source>
        <translation>Cette session n’existe pas (ou plus).</translation>
    </message>
    <message>
        <source>The setlist could not be saved to %1: %2</source>
        <translation>La setlist n’a pas pu être enregistrée dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The display name</source>
        <translation>Le nom affiché</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The file %1 could not be read: %2</source>
        <translation>Le fichier %1 n’a pas pu être lu&#xa0;: %2</translation>
    </message>
    <message>
        <source>The file is too large to be a song list (more than 5 MiB).</source>
        <translation>Le fichier est trop gros pour être une liste de morceaux (plus de 5 Mio).</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Le fichier est vide.</translation>
    </message>
    <message>
        <source>The first line must name the columns, with at least “title” (for example: title,artist,key,tempo,duration,notes).</source>
        <translation>La première ligne doit nommer les colonnes, avec au moins «&#xa0;title&#xa0;» (par exemple&#xa0;: title,artist,key,tempo,duration,notes).</translation>
    </message>
    <message>
        <source>it has %1 fields but the header has %2 (is a comma missing its quotes?).</source>
        <translation>elle a %1 champs alors que l’en-tête en a %2 (une virgule n’aurait-elle pas ses guillemets&#xa0;?).</translation>
    </message>
    <message>
        <source>the tempo “%1” is not a whole number of beats per minute.</source>
        <translation>le tempo «&#xa0;%1&#xa0;» n’est pas un nombre entier de battements par minute.</translation>
    </message>
    <message>
        <source>the duration “%1” is not like 3:25 or 205 (seconds).</source>
        <translation>la durée «&#xa0;%1&#xa0;» ne ressemble ni à 3:25 ni à 205 (secondes).</translation>
    </message>
    <message>
        <source>more than %1 songs in one file.</source>
        <translation>plus de %1 morceaux dans un seul fichier.</translation>
    </message>
    <message>
        <source>The artist</source>
        <translation>L’artiste</translation>
    </message>
    <message>
        <source>The key</source>
        <translation>La tonalité</translation>
    </message>
    <message>
        <source>The notes</source>
        <translation>Les notes</translation>
    </message>
    <message>
        <source>The links</source>
        <translation>Les liens</translation>
    </message>
    <message>
        <source>The REAPER region</source>
        <translation>La région REAPER</translation>
    </message>
    <message>
        <source>The tempo (beats per minute)</source>
        <translation>Le tempo (battements par minute)</translation>
    </message>
    <message>
        <source>The duration (seconds)</source>
        <translation>La durée (secondes)</translation>
    </message>
    <message>
        <source>A recording&apos;s file</source>
        <translation>Le fichier d’une prise</translation>
    </message>
    <message>
        <source>A recording has no time.</source>
        <translation>Une prise n’a pas d’horodatage.</translation>
    </message>
    <message>
        <source>The link</source>
        <translation>Le lien</translation>
    </message>
    <message>
        <source>You have already voted for “%1”.</source>
        <translation>Vous avez déjà voté pour «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>You have not voted for “%1”.</source>
        <translation>Vous n’avez pas voté pour «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>This suggestion does not exist (any more).</source>
        <translation>Cette proposition n’existe pas (ou plus).</translation>
    </message>
    <message>
        <source>“%1” is already in the repertoire.</source>
        <translation>«&#xa0;%1&#xa0;» est déjà au répertoire.</translation>
    </message>
    <message>
        <source>The user name</source>
        <translation>Le nom d’utilisateur</translation>
    </message>
    <message>
        <source>The user name may contain only letters, digits, dots, dashes and underscores (no spaces).</source>
        <translation>Le nom d’utilisateur ne peut contenir que des lettres, des chiffres, des points, des tirets et des tirets bas (pas d’espace).</translation>
    </message>
    <message>
        <source>There is no such user.</source>
        <translation>Cet utilisateur n’existe pas.</translation>
    </message>
    <message>
        <source>A password is needed.</source>
        <translation>Il faut un mot de passe.</translation>
    </message>
    <message>
        <source>Only an administrator can create an account with that role.</source>
        <translation>Seul un administrateur peut créer un compte avec ce rôle.</translation>
    </message>
    <message>
        <source>The user name “%1” is already taken.</source>
        <translation>Le nom d’utilisateur «&#xa0;%1&#xa0;» est déjà pris.</translation>
    </message>
    <message>
        <source>Only an administrator can reset an administrator&apos;s password.</source>
        <translation>Seul un administrateur peut réinitialiser le mot de passe d’un administrateur.</translation>
    </message>
    <message>
        <source>Oscalis needs at least one administrator; make someone else an administrator first.</source>
        <translation>Oscalis a besoin d’au moins un administrateur&#xa0;; nommez d’abord quelqu’un d’autre administrateur.</translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation>Vous ne pouvez pas désactiver votre propre compte.</translation>
    </message>
    <message>
        <source>Oscalis needs at least one active administrator.</source>
        <translation>Oscalis a besoin d’au moins un administrateur actif.</translation>
    </message>
    <message>
        <source>%1 is too long (%2 characters; at most %3).</source>
        <translation>%1 est trop long (%2 caractères&#xa0;; %3 au maximum).</translation>
    </message>
    <message>
        <source>%1 cannot be empty.</source>
        <translation>%1 ne peut pas être vide.</translation>
    </message>
    <message>
        <source>%1 “%2” is not a date; write it like 2026-05-17.</source>
        <translation>%1 «&#xa0;%2&#xa0;» n’est pas une date&#xa0;; écrivez-la comme 2026-05-17.</translation>
    </message>
    <message>
        <source>%1 “%2” is not a real date.</source>
        <translation>%1 «&#xa0;%2&#xa0;» n’est pas une date réelle.</translation>
    </message>
    <message>
        <source>%1 “%2” is not a date and time; write it like 2026-05-17T20:30.</source>
        <translation>%1 «&#xa0;%2&#xa0;» n’est pas une date avec une heure&#xa0;; écrivez-la comme 2026-05-17T20:30.</translation>
    </message>
    <message>
        <source>%1: “%2” is not a real date.</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» n’est pas une date réelle.</translation>
    </message>
    <message>
        <source>%1: “%2” is not a real time of day.</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» n’est pas une heure réelle.</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3 (got %4).</source>
        <translation>%1 doit être compris entre %2 et %3 (reçu&#xa0;: %4).</translation>
    </message>
    <message>
        <source>A kiosk PIN is stored only as a protected hash.</source>
        <translation>Un code PIN du kiosque n’est enregistré que sous une forme hachée et protégée.</translation>
    </message>
    <message>
        <source>This person has no kiosk PIN yet.</source>
        <translation>Cette personne n’a pas encore de code PIN du kiosque.</translation>
    </message>
    <message>
        <source>The database connection is not SQLite&apos;s.</source>
        <translation>La connexion à la base de données n’est pas une connexion SQLite.</translation>
    </message>
    <message>
        <source>The name order could not be set up: %1</source>
        <translation>L’ordre de tri des noms n’a pas pu être mis en place&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>oscalis::ui::ChannelStrip</name>
    <message>
        <source>Master</source>
        <translation>Master</translation>
    </message>
    <message>
        <source>Click to select this track in REAPER</source>
        <translation>Cliquez pour sélectionner cette piste dans REAPER</translation>
    </message>
    <message>
        <source>M</source>
        <comment>mute</comment>
        <translation>M</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Muet</translation>
    </message>
    <message>
        <source>S</source>
        <comment>solo</comment>
        <translation>S</translation>
    </message>
    <message>
        <source>Solo</source>
        <translation>Solo</translation>
    </message>
    <message>
        <source>R</source>
        <comment>record arm</comment>
        <translation>R</translation>
    </message>
    <message>
        <source>Arm for recording</source>
        <translation>Armer pour l’enregistrement</translation>
    </message>
    <message>
        <source>MASTER</source>
        <translation>MASTER</translation>
    </message>
    <message>
        <source>Track %1: %2 (click to select)</source>
        <translation>Piste %1&#xa0;: %2 (cliquez pour la sélectionner)</translation>
    </message>
    <message>
        <source>Instrument: %1</source>
        <translation>Instrument&#xa0;: %1</translation>
    </message>
    <message>
        <source>FX: %1</source>
        <translation>Effets&#xa0;: %1</translation>
    </message>
    <message>
        <source>Input: %1</source>
        <translation>Entrée&#xa0;: %1</translation>
    </message>
    <message>
        <source>REAPER track colour %1</source>
        <translation>Couleur de piste REAPER %1</translation>
    </message>
</context>
<context>
    <name>oscalis::ui::ChatBanner</name>
    <message>
        <source>Open chat</source>
        <translation>Ouvrir la discussion</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
</context>
<context>
    <name>oscalis::ui::ChatNotifier</name>
    <message>
        <source>Someone</source>
        <translation>Quelqu’un</translation>
    </message>
    <message>
        <source>%1 sent you a message</source>
        <translation>%1 vous a envoyé un message</translation>
    </message>
    <message>
        <source>%1 mentioned you in #%2</source>
        <translation>%1 vous a mentionné dans #%2</translation>
    </message>
    <message>
        <source>Oscalis</source>
        <translation>Oscalis</translation>
    </message>
</context>
<context>
    <name>oscalis::ui::ChatPanel</name>
    <message>
        <source>Chat</source>
        <translation>Discussion</translation>
    </message>
    <message>
        <source>Search messages…</source>
        <translation>Chercher dans les messages…</translation>
    </message>
    <message>
        <source>New room…</source>
        <translation>Nouveau salon…</translation>
    </message>
    <message>
        <source>Message a member…</source>
        <translation>Écrire à un membre…</translation>
    </message>
    <message>
        <source>Back to the conversation</source>
        <translation>Revenir à la conversation</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <source>Someone who left</source>
        <translation>Quelqu’un qui est parti</translation>
    </message>
    <message>
        <source>Open a band first: its chat is here.</source>
        <translation>Ouvrez d’abord un groupe&#xa0;: sa discussion est ici.</translation>
    </message>
    <message>
        <source>The web server is off: messages written here are kept, and bandmates read them when they next open Oscalis in a browser.</source>
        <translation>Le serveur web est arrêté&#xa0;: les messages écrits ici sont gardés, et les membres du groupe les liront la prochaine fois qu’ils ouvriront Oscalis dans un navigateur.</translation>
    </message>
    <message>
        <source>That room is not in this band&apos;s chat.</source>
        <translation>Ce salon ne fait pas partie de la discussion de ce groupe.</translation>
    </message>
    <message>
        <source>Conversation with %1</source>
        <translation>Conversation avec %1</translation>
    </message>
    <message>
        <source>with %1</source>
        <translation>avec %1</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Open the conversation at this message</source>
        <translation>Ouvrir la conversation à ce message</translation>
    </message>
    <message>
        <source>Nothing found for “%1”.</source>
        <translation>Aucun résultat pour «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>1 message found for “%1”:</source>
        <translation>1 message trouvé pour «&#xa0;%1&#xa0;»&#xa0;:</translation>
    </message>
    <message>
        <source>%1 messages found for “%2”:</source>
        <translation>%1 messages trouvés pour «&#xa0;%2&#xa0;»&#xa0;:</translation>
    </message>
    <message>
        <source>New room</source>
        <translation>Nouveau salon</translation>
    </message>
    <message>
        <source>Name of the room (everyone in the band can read and write in it):</source>
        <translation>Nom du salon (tout le groupe peut y lire et y écrire)&#xa0;:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Nobody else is in the band yet: give bandmates the invite code (Members page).</source>
        <translation>Personne d’autre n’est encore dans le groupe&#xa0;: donnez le code d’invitation aux autres membres (page Membres).</translation>
    </message>
    <message>
        <source>Message a member</source>
        <translation>Écrire à un membre</translation>
    </message>
    <message>
        <source>Who do you want to write to? Only the two of you read this conversation.</source>
        <translation>À qui voulez-vous écrire&#xa0;? Vous seuls lirez cette conversation.</translation>
    </message>
    <message>
        <source>Delete message</source>
        <translation>Supprimer le message</translation>
    </message>
    <message>
        <source>Delete this message? Everyone in the room sees that a message was deleted.</source>
        <translation>Supprimer ce message&#xa0;? Tout le salon verra qu’un message a été supprimé.</translation>
    </message>
</context>
<context>
    <name>oscalis::ui::Composer</name>
    <message>
        <source>Write a message… (Enter sends, Shift+Enter for a new line)</source>
        <translation>Écrivez un message… (Entrée pour envoyer, Maj+Entrée pour aller à la ligne)</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>A message may hold at most %1 characters.</source>
        <translation>Un message peut contenir au plus %1 caractères.</translation>
    </message>
</context>
<context>
    <name>oscalis::ui::Fader</name>
    <message>
        <source>Volume: drag, or use the wheel (Shift for fine steps); double-click for 0 dB</source>
        <translation>Volume&#xa0;: faites glisser ou utilisez la molette (Maj pour un réglage fin)&#xa0;; double-clic pour 0 dB</translation>
    </message>
</context>
<context>
    <name>oscalis::ui::InstallDialog</name>
    <message>
        <source>Install REAPER integration</source>
        <translation>Installer l’intégration REAPER</translation>
    </message>
    <message>
        <source>Oscalis copies its OSC pattern file (OSC/Oscalis.ReaperOSC) and its ReaScript (Scripts/Oscalis/oscalis.lua) into REAPER&apos;s resource folder. Files that Oscalis did not write are never replaced.</source>
        <translation>Oscalis copie son fichier de motifs OSC (OSC/Oscalis.ReaperOSC) et son ReaScript (Scripts/Oscalis/oscalis.lua) dans le dossier de ressources de REAPER. Les fichiers qu’Oscalis n’a pas écrits ne sont jamais remplacés.</translation>
    </message>
    <message>
        <source>REAPER resource folder:</source>
        <translation>Dossier de ressources de REAPER&#xa0;:</translation>
    </message>
    <message>
        <source>In REAPER: Options → Show REAPER resource path in explorer/finder</source>
        <translation>Dans REAPER&#xa0;: Options → Show REAPER resource path in explorer/finder</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Install</source>
        <translation>Installer</translation>
    </message>
    <message>
        <source>REAPER&apos;s resource folder was not found at this place. If REAPER is installed elsewhere (or portable), choose its resource folder above.</source>
        <translation>Le dossier de ressources de REAPER n’a pas été trouvé à cet endroit. Si REAPER est installé ailleurs (ou en version portable), choisissez son dossier de ressources ci-dessus.</translation>
    </message>
    <message>
        <source>REAPER resource folder</source>
        <translation>Dossier de ressources de REAPER</translation>
    </message>
    <message>
        <source>Choose REAPER&apos;s resource folder first.</source>
        <translation>Choisissez d’abord le dossier de ressources de REAPER.</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>Installé</translation>
    </message>
    <message>
        <source>Not everything could be installed</source>
        <translation>Tout n’a pas pu être installé</translation>
    </message>
    <message>
        <source>Now, in REAPER</source>
        <translation>Maintenant, dans REAPER</translation>
    </message>
</context>
<context>
    <name>oscalis::ui::InvitePanel</name>
    <message>
        <source>Invite bandmates</source>
        <translation>Inviter des membres</translation>
    </message>
    <message>
        <source>Bandmates join from their browser</source>
        <translation>Les membres du groupe se connectent depuis leur navigateur</translation>
    </message>
    <message>
        <source>Certificate fingerprint (SHA-256)</source>
        <translation>Empreinte du certificat (SHA-256)</translation>
    </message>
    <message>
        <source>The browser will warn that the connection is not private: the studio computer made its own certificate, so no authority vouches for it. Compare the fingerprint the browser shows in the certificate&apos;s details with this one; if they match, it really is the studio computer and it is safe to continue.</source>
        <translation>Le navigateur va prévenir que la connexion n’est pas privée&#xa0;: l’ordinateur du studio a créé son propre certificat, donc aucune autorité ne s’en porte garante. Comparez l’empreinte affichée dans les détails du certificat du navigateur avec celle-ci&#xa0;; si elles sont identiques, c’est bien l’ordinateur du studio et vous pouvez continuer sans risque.</translation>
    </message>
    <message>
        <source>New invite code</source>
        <translation>Nouveau code d’invitation</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>On the studio&apos;s network, bandmates scan a code with their phone&apos;s camera or type an address in their browser.</source>
        <translation>Sur le réseau du studio, les membres du groupe scannent un code avec l’appareil photo de leur téléphone ou tapent une adresse dans leur navigateur.</translation>
    </message>
    <message>
        <source>The link carries the invite code %1 of %2: new bandmates join the band as they create their account.</source>
        <translation>Le lien contient le code d’invitation %1 de %2&#xa0;: les nouveaux membres rejoignent le groupe en créant leur compte.</translation>
    </message>
    <message>
        <source>Sign in and open a band to put its invite code in the link.</source>
        <translation>Connectez-vous et ouvrez un groupe pour mettre son code d’invitation dans le lien.</translation>
    </message>
    <message>
        <source>The web server is off, so bandmates cannot join from a browser. Its addresses and QR codes show here when it runs.</source>
        <translation>Le serveur web est arrêté, les membres du groupe ne peuvent donc pas se connecter depuis un navigateur. Ses adresses et ses QR codes s’affichent ici quand il tourne.</translation>
    </message>
    <message>
        <source>The web server is not running, so bandmates cannot join from a browser. %1</source>
        <translation>Le serveur web ne tourne pas, les membres du groupe ne peuvent donc pas se connecter depuis un navigateur. %1</translation>
    </message>
    <message>
        <source>They can still join on this computer with the invite code %1 of %2.</source>
        <translation>Ils peuvent tout de même rejoindre le groupe sur cet ordinateur avec le code d’invitation %1 de %2.</translation>
    </message>
    <message>
        <source>Copied %1 to the clipboard.</source>
        <translation>%1 copié dans le presse-papiers.</translation>
    </message>
    <message>
        <source>Make a new code; the old one stops working at once.</source>
        <translation>Créer un nouveau code&#xa0;; l’ancien cesse aussitôt de fonctionner.</translation>
    </message>
    <message>
        <source>Only a leader of the band can make a new invite code.</source>
        <translation>Seul un leader du groupe peut créer un nouveau code d’invitation.</translation>
    </message>
    <message>
        <source>New invite code %1: the old one no longer works.</source>
        <translation>Nouveau code d’invitation %1&#xa0;: l’ancien ne fonctionne plus.</translation>
    </message>
</context>
<context>
    <name>oscalis::ui::JoinCard</name>
    <message>
        <source>QR code of %1</source>
        <translation>QR code de %1</translation>
    </message>
    <message>
        <source>Address to type in the browser</source>
        <translation>Adresse à taper dans le navigateur</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>Copier le lien</translation>
    </message>
    <message>
        <source>Copies the link with the invite code, to send it in a message.</source>
        <translation>Copie le lien avec le code d’invitation, pour l’envoyer dans un message.</translation>
    </message>
</context>
<context>
    <name>oscalis::ui::MainWindow</name>
    <message>
        <source>Oscalis</source>
        <translation>Oscalis</translation>
    </message>
    <message>
        <source>Space play/stop · R record · L loop · ←/→ bank</source>
        <translation>Espace lecture/stop · R enregistrer · L boucle · ←/→ banque</translation>
    </message>
    <message>
        <source>&amp;Oscalis</source>
        <translation>&amp;Oscalis</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Réglages…</translation>
    </message>
    <message>
        <source>&amp;Refresh from REAPER</source>
        <translation>&amp;Actualiser depuis REAPER</translation>
    </message>
    <message>
        <source>&amp;Install REAPER integration…</source>
        <translation>&amp;Installer l’intégration REAPER…</translation>
    </message>
    <message>
        <source>I&amp;nvite bandmates…</source>
        <translation>I&amp;nviter des membres…</translation>
    </message>
    <message>
        <source>Signed-in &amp;browsers…</source>
        <translation>Navigateurs &amp;connectés…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Oscalis could not listen for REAPER: %1
Choose another listen port.</source>
        <translation>Oscalis n’a pas pu se mettre à l’écoute de REAPER&#xa0;: %1
Choisissez un autre port d’écoute.</translation>
    </message>
    <message>
        <source>Mixer</source>
        <translation>Console</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Discussion</translation>
    </message>
    <message>
        <source>Songs</source>
        <translation>Morceaux</translation>
    </message>
    <message>
        <source>Rehearsals</source>
        <translation>Répétitions</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Gigs</source>
        <translation>Concerts</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>Activity log</source>
        <translation>Journal d’activité</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Chat (%1)</source>
        <translation>Discussion (%1)</translation>
    </message>
    <message>
        <source>1 unread message</source>
        <translation>1 message non lu</translation>
    </message>
    <message>
        <source>%1 unread messages</source>
        <translation>%1 messages non lus</translation>
    </message>
    <message>
        <source>⚠ REAPER script file unreadable: keeping the last good state</source>
        <translation>⚠ Fichier du script REAPER illisible&#xa0;: Oscalis garde le dernier état valable</translation>
    </message>
    <message>
        <source>REAPER script not running</source>
        <translation>Le script REAPER ne tourne pas</translation>
    </message>
    <message>
        <source>No project.json in %1 yet. Oscalis → Install REAPER integration… shows how to run the script; it adds track colours and the real track count.</source>
        <translation>Pas encore de project.json dans %1. Oscalis → Installer l’intégration REAPER… explique comment lancer le script&#xa0;; il ajoute les couleurs des pistes et leur nombre réel.</translation>
    </message>
    <message>
        <source>⚠ REAPER script version %1, Oscalis expects %2</source>
        <translation>⚠ Script REAPER en version %1, Oscalis attend la %2</translation>
    </message>
    <message>
        <source>Install the REAPER integration again (Oscalis menu), then run oscalis.lua in REAPER again.</source>
        <translation>Installez à nouveau l’intégration REAPER (menu Oscalis), puis relancez oscalis.lua dans REAPER.</translation>
    </message>
    <message>
        <source>REAPER script %1 · 1 track</source>
        <translation>Script REAPER %1 · 1 piste</translation>
    </message>
    <message>
        <source>REAPER script %1 · %2 tracks</source>
        <translation>Script REAPER %1 · %2 pistes</translation>
    </message>
    <message>
        <source>Set my &amp;kiosk PIN…</source>
        <translation>Définir mon code PIN du &amp;kiosque…</translation>
    </message>
</context>
<context>
    <name>oscalis::ui::MarkerPicker</name>
    <message>
        <source>Current region: click to go to another one</source>
        <translation>Région en cours&#xa0;: cliquez pour aller à une autre</translation>
    </message>
    <message>
        <source>Current marker: click to go to another one</source>
        <translation>Marqueur en cours&#xa0;: cliquez pour aller à un autre</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>REAPER reported no regions</source>
        <translation>REAPER n’a signalé aucune région</translation>
    </message>
    <message>
        <source>REAPER reported no markers</source>
        <translation>REAPER n’a signalé aucun marqueur</translation>
    </message>
    <message>
        <source>Region: %1</source>
        <translation>Région&#xa0;: %1</translation>
    </message>
    <message>
        <source>Marker: %1</source>
        <translation>Marqueur&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>oscalis::ui::MessageDelegate</name>
    <message>
        <source>message deleted</source>
        <translation>message supprimé</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
</context>
<context>
    <name>oscalis::ui::MessageModel</name>
    <message>
        <source>someone who left</source>
        <translation>quelqu’un qui est parti</translation>
    </message>
</context>
<context>
    <name>oscalis::ui::MessageView</name>
    <message>
        <source>Copy text</source>
        <translation>Copier le texte</translation>
    </message>
    <message>
        <source>Delete message…</source>
        <translation>Supprimer le message…</translation>
    </message>
    <message>
        <source>No messages here yet. Write the first one below.</source>
        <translation>Pas encore de message ici. Écrivez le premier ci-dessous.</translation>
    </message>
</context>
<context>
    <name>oscalis::ui::MixerView</name>
    <message>
        <source>Previous bank (Left arrow)</source>
        <translation>Banque précédente (flèche gauche)</translation>
    </message>
    <message>
        <source>Next bank (Right arrow)</source>
        <translation>Banque suivante (flèche droite)</translation>
    </message>
    <message>
        <source>Tracks %1–%2 of %3</source>
        <translation>Pistes %1 à %2 sur %3</translation>
    </message>
    <message>
        <source>Tracks %1–%2</source>
        <translation>Pistes %1 à %2</translation>
    </message>
    <message>
        <source>No tracks in the project</source>
        <translation>Aucune piste dans le projet</translation>
    </message>
</context>
<context>
    <name>oscalis::ui::PanControl</name>
    <message>
        <source>Pan: drag sideways or use the wheel; double-click to centre</source>
        <translation>Panoramique&#xa0;: faites glisser sur le côté ou utilisez la molette&#xa0;; double-clic pour centrer</translation>
    </message>
</context>
<context>
    <name>oscalis::ui::PeakMeter</name>
    <message>
        <source>Peak meter; click to reset the clip lamp</source>
        <translation>Crête-mètre&#xa0;; cliquez pour éteindre le voyant d’écrêtage</translation>
    </message>
</context>
<context>
    <name>oscalis::ui::PresenceList</name>
    <message>
        <source>studio computer and browser</source>
        <translation>ordinateur du studio et navigateur</translation>
    </message>
    <message>
        <source>studio computer</source>
        <translation>ordinateur du studio</translation>
    </message>
    <message>
        <source>browser</source>
        <translation>navigateur</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>%1 is online (%2)</source>
        <translation>%1 est en ligne (%2)</translation>
    </message>
    <message>
        <source>Nobody online</source>
        <translation>Personne en ligne</translation>
    </message>
</context>
<context>
    <name>oscalis::ui::RoomList</name>
    <message>
        <source>1 unread message</source>
        <translation>1 message non lu</translation>
    </message>
    <message>
        <source>%1 unread messages</source>
        <translation>%1 messages non lus</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>Salons</translation>
    </message>
    <message>
        <source>Direct messages</source>
        <translation>Messages privés</translation>
    </message>
</context>
<context>
    <name>oscalis::ui::SessionsDialog</name>
    <message>
        <source>Signed-in browsers</source>
        <translation>Navigateurs connectés</translation>
    </message>
    <message>
        <source>Every browser signed in to Oscalis, for every account. Ending a session signs that browser out at once: a lost phone, a borrowed laptop.</source>
        <translation>Tous les navigateurs connectés à Oscalis, pour tous les comptes. Mettre fin à une session déconnecte aussitôt ce navigateur&#xa0;: un téléphone perdu, un portable prêté.</translation>
    </message>
    <message>
        <source>The browsers where you are signed in. Ending a session signs that browser out at once: a lost phone, a borrowed laptop.</source>
        <translation>Les navigateurs où vous êtes connecté. Mettre fin à une session déconnecte aussitôt ce navigateur&#xa0;: un téléphone perdu, un portable prêté.</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Vu pour la dernière fois</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expire</translation>
    </message>
    <message>
        <source>End session</source>
        <translation>Mettre fin à la session</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>unknown device</source>
        <translation>appareil inconnu</translation>
    </message>
    <message>
        <source>No browser is signed in. Bandmates sign in from the addresses shown in Oscalis → Invite bandmates…</source>
        <translation>Aucun navigateur n’est connecté. Les membres du groupe se connectent depuis les adresses affichées dans Oscalis → Inviter des membres…</translation>
    </message>
</context>
<context>
    <name>oscalis::ui::SettingsDialog</name>
    <message>
        <source>Oscalis settings</source>
        <translation>Réglages d’Oscalis</translation>
    </message>
    <message>
        <source>In REAPER: Preferences › Control/OSC/web › Add › OSC. Set REAPER&apos;s “Local listen port” and Oscalis&apos;s port as REAPER&apos;s “Remote port”.</source>
        <translation>Dans REAPER&#xa0;: Preferences › Control/OSC/web › Add › OSC. Indiquez dans REAPER le «&#xa0;Local listen port&#xa0;», et le port d’Oscalis comme «&#xa0;Remote port&#xa0;».</translation>
    </message>
    <message>
        <source>REAPER &amp;host:</source>
        <translation>&amp;Hôte REAPER&#xa0;:</translation>
    </message>
    <message>
        <source>REAPER &amp;port:</source>
        <translation>&amp;Port REAPER&#xa0;:</translation>
    </message>
    <message>
        <source>Any free port</source>
        <translation>N’importe quel port libre</translation>
    </message>
    <message>
        <source>Oscalis &amp;listen port:</source>
        <translation>P&amp;ort d’écoute d’Oscalis&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Fit to window</source>
        <translation>Adapter à la &amp;fenêtre</translation>
    </message>
    <message>
        <source> strips</source>
        <translation> tranches</translation>
    </message>
    <message>
        <source>Bank size:</source>
        <translation>Taille de banque&#xa0;:</translation>
    </message>
    <message>
        <source>Where REAPER&apos;s oscalis.lua writes project.json and events.json (and reads Oscalis&apos;s commands). Leave it empty for the Oscalis folder in REAPER&apos;s resource folder.</source>
        <translation>Là où le oscalis.lua de REAPER écrit project.json et events.json (et lit les commandes d’Oscalis). Laissez vide pour le dossier Oscalis du dossier de ressources de REAPER.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>The REAPER script&apos;s folder</source>
        <translation>Le dossier du script REAPER</translation>
    </message>
    <message>
        <source>REAPER script &amp;folder:</source>
        <translation>&amp;Dossier du script REAPER&#xa0;:</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>A new language shows the next time Oscalis starts.</source>
        <translation>Le changement de langue prend effet au prochain démarrage d’Oscalis.</translation>
    </message>
    <message>
        <source>Start in &amp;kiosk mode (the rehearsal-room touchscreen)</source>
        <translation>Démarrer en mode &amp;kiosque (l’écran tactile de la salle de répétition)</translation>
    </message>
    <message>
        <source>Full screen and locked; leaving it needs an administrator&apos;s kiosk PIN</source>
        <translation>En plein écran et verrouillé&#xa0;; pour en sortir, il faut le code PIN du kiosque d’un administrateur</translation>
    </message>
    <message>
        <source>Kiosk:</source>
        <translation>Kiosque&#xa0;:</translation>
    </message>
</context>
<context>
    <name>oscalis::ui::TransportBar</name>
    <message>
        <source>Rewind (hold)</source>
        <translation>Retour rapide (maintenir)</translation>
    </message>
    <message>
        <source>Fast forward (hold)</source>
        <translation>Avance rapide (maintenir)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Play (Space)</source>
        <translation>Lecture (Espace)</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Record (R)</source>
        <translation>Enregistrer (R)</translation>
    </message>
    <message>
        <source>Loop (L)</source>
        <translation>Boucle (L)</translation>
    </message>
    <message>
        <source>Metronome</source>
        <translation>Métronome</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Bar.beat.hundredths</source>
        <translation>Mesure.temps.centièmes</translation>
    </message>
    <message>
        <source>Tempo</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <source>Previous marker</source>
        <translation>Marqueur précédent</translation>
    </message>
    <message>
        <source>Next marker</source>
        <translation>Marqueur suivant</translation>
    </message>
    <message>
        <source>Beat %1</source>
        <translation>Temps %1</translation>
    </message>
    <message>
        <source>%1 BPM</source>
        <translation>%1 BPM</translation>
    </message>
</context>
<context>
    <name>oscalis::ui::WebChatGateway</name>
    <message>
        <source>The web server is not running, so the chat cannot be reached.</source>
        <translation>Le serveur web ne tourne pas, la discussion est donc injoignable.</translation>
    </message>
    <message>
        <source>The web server is not running, so the message was not sent.</source>
        <translation>Le serveur web ne tourne pas, le message n’a donc pas été envoyé.</translation>
    </message>
</context>
<context>
    <name>oscalis::ui::audio::NotePlayer</name>
    <message>
        <source>The note could not be played: %1</source>
        <translation>La note n’a pas pu être lue&#xa0;: %1</translation>
    </message>
    <message>
        <source>the file is not a recording this computer can read.</source>
        <translation>le fichier n’est pas un enregistrement que cet ordinateur sait lire.</translation>
    </message>
    <message>
        <source>No speakers or headphones were found. Plug some in, or switch them on in the computer&apos;s sound settings, then try again.</source>
        <translation>Aucun haut-parleur ni casque n’a été trouvé. Branchez-en un, ou activez-le dans les réglages son de l’ordinateur, puis réessayez.</translation>
    </message>
    <message>
        <source>The note could not be played: %1 is not a recording this computer can read.</source>
        <translation>La note n’a pas pu être lue&#xa0;: %1 n’est pas un enregistrement que cet ordinateur sait lire.</translation>
    </message>
</context>
<context>
    <name>oscalis::ui::audio::VoiceRecorder</name>
    <message>
        <source>No microphone was found. Plug one in, or switch it on in the computer&apos;s sound settings, then try again.</source>
        <translation>Aucun micro n’a été trouvé. Branchez-en un, ou activez-le dans les réglages son de l’ordinateur, puis réessayez.</translation>
    </message>
    <message>
        <source>This computer cannot save recordings: no audio format is available. Install the GStreamer plugins (gstreamer1.0-plugins-base and gstreamer1.0-plugins-good).</source>
        <translation>Cet ordinateur ne peut pas enregistrer&#xa0;: aucun format audio n’est disponible. Installez les greffons GStreamer (gstreamer1.0-plugins-base et gstreamer1.0-plugins-good).</translation>
    </message>
    <message>
        <source>A recording is already running.</source>
        <translation>Un enregistrement est déjà en cours.</translation>
    </message>
    <message>
        <source>The folder for recordings %1 could not be created.</source>
        <translation>Le dossier des enregistrements %1 n’a pas pu être créé.</translation>
    </message>
    <message>
        <source>Recording is not available on this computer: Qt Multimedia found no sound system to record with.</source>
        <translation>L’enregistrement n’est pas disponible sur cet ordinateur&#xa0;: Qt Multimedia n’a trouvé aucun système audio pour enregistrer.</translation>
    </message>
    <message>
        <source>The recording could not start: %1</source>
        <translation>L’enregistrement n’a pas pu démarrer&#xa0;: %1</translation>
    </message>
    <message>
        <source>The recording did not finish in time and was not kept.</source>
        <translation>L’enregistrement ne s’est pas terminé à temps et n’a pas été gardé.</translation>
    </message>
    <message>
        <source>The recording failed: %1</source>
        <translation>L’enregistrement a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>the sound system gave no reason.</source>
        <translation>le système audio n’a donné aucune raison.</translation>
    </message>
    <message>
        <source>The recording is empty: the microphone sent no sound. Check that it is plugged in and not muted.</source>
        <translation>L’enregistrement est vide&#xa0;: le micro n’a envoyé aucun son. Vérifiez qu’il est branché et qu’il n’est pas coupé.</translation>
    </message>
</context>
<context>
    <name>oscalis::ui::band::AudioNotesPanel</name>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Recording for “%1”… %2</source>
        <translation>Enregistrement pour «&#xa0;%1&#xa0;»… %2</translation>
    </message>
    <message>
        <source>Played to the end.</source>
        <translation>Lu jusqu’au bout.</translation>
    </message>
    <message>
        <source>length unknown</source>
        <translation>durée inconnue</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>a former member</source>
        <translation>un ancien membre</translation>
    </message>
    <message>
        <source>%1 KiB</source>
        <translation>%1 Kio</translation>
    </message>
    <message>
        <source>%1 · %2 · the recording is missing</source>
        <translation>%1 · %2 · l’enregistrement est introuvable</translation>
    </message>
    <message>
        <source>No voice notes yet: record a riff, a count-in, how the harmony goes.</source>
        <translation>Pas encore de note vocale&#xa0;: enregistrez un riff, un décompte, la façon dont va l’harmonie.</translation>
    </message>
    <message>
        <source>■ Stop and save</source>
        <translation>■ Arrêter et enregistrer</translation>
    </message>
    <message>
        <source>● Record a voice note</source>
        <translation>● Enregistrer une note vocale</translation>
    </message>
    <message>
        <source>Record from the microphone; press again to stop and save.</source>
        <translation>Enregistrer avec le micro&#xa0;; appuyez à nouveau pour arrêter et enregistrer.</translation>
    </message>
    <message>
        <source>Only the band&apos;s members can record voice notes.</source>
        <translation>Seuls les membres du groupe peuvent enregistrer des notes vocales.</translation>
    </message>
    <message>
        <source>■ Stop</source>
        <translation>■ Stop</translation>
    </message>
    <message>
        <source>▶ Play</source>
        <translation>▶ Écouter</translation>
    </message>
    <message>
        <source>Record with the microphone, or select a note to play it.</source>
        <translation>Enregistrez avec le micro, ou sélectionnez une note pour l’écouter.</translation>
    </message>
    <message>
        <source>Saving the recording…</source>
        <translation>Enregistrement de la note vocale…</translation>
    </message>
    <message>
        <source>Saved the voice note for “%1”.</source>
        <translation>Note vocale enregistrée pour «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Playing %1&apos;s note…</source>
        <translation>Lecture de la note de %1…</translation>
    </message>
    <message>
        <source>The voice note was deleted.</source>
        <translation>La note vocale a été supprimée.</translation>
    </message>
</context>
<context>
    <name>oscalis::ui::band::AuditPage</name>
    <message>
        <source>any day</source>
        <translation>indifférent</translation>
    </message>
    <message>
        <source>Activity log</source>
        <translation>Journal d’activité</translation>
    </message>
    <message>
        <source>Pick an action, or type the start of some (&quot;song.&quot; shows every change to the songs).</source>
        <translation>Choisissez une action, ou tapez le début de plusieurs («&#xa0;song.&#xa0;» montre toutes les modifications des morceaux).</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>◀ Newer</source>
        <translation>◀ Plus récentes</translation>
    </message>
    <message>
        <source>Older ▶</source>
        <translation>Plus anciennes ▶</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <source>Only the band&apos;s leaders can read its activity log.</source>
        <translation>Seuls les leaders du groupe peuvent consulter son journal d’activité.</translation>
    </message>
    <message>
        <source>Open a band first.</source>
        <translation>Ouvrez d’abord un groupe.</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(personne)</translation>
    </message>
    <message>
        <source>user %1</source>
        <translation>utilisateur %1</translation>
    </message>
    <message>
        <source>Nothing matches these filters.</source>
        <translation>Rien ne correspond à ces filtres.</translation>
    </message>
    <message>
        <source>Entries %1–%2 of %3</source>
        <translation>Entrées %1 à %2 sur %3</translation>
    </message>
    <message>
        <source>Any action</source>
        <translation>Toutes les actions</translation>
    </message>
</context>
<context>
    <name>oscalis::ui::band::BackupActions</name>
    <message>
        <source>&amp;Back up the band database…</source>
        <translation>&amp;Sauvegarder la base du groupe…</translation>
    </message>
    <message>
        <source>Save a copy of every account, band, song and date to a file</source>
        <translation>Enregistrer dans un fichier une copie de tous les comptes, groupes, morceaux et dates</translation>
    </message>
    <message>
        <source>Re&amp;store from a backup…</source>
        <translation>Res&amp;taurer une sauvegarde…</translation>
    </message>
    <message>
        <source>Replace the band database with a backup&apos;s content</source>
        <translation>Remplacer la base de données du groupe par le contenu d’une sauvegarde</translation>
    </message>
    <message>
        <source>Band database</source>
        <translation>Base de données du groupe</translation>
    </message>
    <message>
        <source>Back up the band database</source>
        <translation>Sauvegarder la base de données du groupe</translation>
    </message>
    <message>
        <source>Oscalis backups (*.sqlite);;All files (*)</source>
        <translation>Sauvegardes Oscalis (*.sqlite);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>The band database was backed up to %1.

Voice notes are separate files in %2: copy that folder too if you keep this backup elsewhere.</source>
        <translation>La base de données du groupe a été sauvegardée dans %1.

Les notes vocales sont des fichiers à part, dans %2&#xa0;: copiez aussi ce dossier si vous rangez cette sauvegarde ailleurs.</translation>
    </message>
    <message>
        <source>%1 is the band database itself: choose another file for the backup.</source>
        <translation>%1 est la base de données du groupe elle-même&#xa0;: choisissez un autre fichier pour la sauvegarde.</translation>
    </message>
    <message>
        <source>Backing up the band database…</source>
        <translation>Sauvegarde de la base de données du groupe…</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Oscalis backups (*.sqlite *.bak);;All files (*)</source>
        <translation>Sauvegardes Oscalis (*.sqlite *.bak);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>%1 is the band database itself, not a backup of it; nothing was changed.</source>
        <translation>%1 est la base de données du groupe elle-même, pas une sauvegarde&#xa0;; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Replace the band database with the backup %1?</source>
        <translation>Remplacer la base de données du groupe par la sauvegarde %1&#xa0;?</translation>
    </message>
    <message>
        <source>Every account, band, song, vote, date and note is replaced by what the backup holds: whatever was saved since that backup is lost from the database.

First, a safety copy of the database as it is now is saved to:
%1</source>
        <translation>Chaque compte, groupe, morceau, vote, date et note est remplacé par le contenu de la sauvegarde&#xa0;: tout ce qui a été enregistré depuis cette sauvegarde disparaît de la base.

Auparavant, une copie de sécurité de la base dans son état actuel est enregistrée dans&#xa0;:
%1</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>Saving a safety copy of the band database…</source>
        <translation>Enregistrement d’une copie de sécurité de la base de données du groupe…</translation>
    </message>
    <message>
        <source>The safety copy could not be saved, so nothing was restored: %1</source>
        <translation>La copie de sécurité n’a pas pu être enregistrée, donc rien n’a été restauré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Restoring the band database…</source>
        <translation>Restauration de la base de données du groupe…</translation>
    </message>
    <message>
        <source>%1
The database as it was is also kept at %2.</source>
        <translation>%1
La base telle qu’elle était est aussi conservée dans %2.</translation>
    </message>
    <message>
        <source>The band database was restored from %1.

The database as it was before is kept at %2.</source>
        <translation>La base de données du groupe a été restaurée à partir de %1.

La base telle qu’elle était avant est conservée dans %2.</translation>
    </message>
    <message>
        <source>Your account is not in the restored database (or is disabled there). Sign in with an account from the backup.</source>
        <translation>Votre compte n’est pas dans la base restaurée (ou il y est désactivé). Connectez-vous avec un compte de la sauvegarde.</translation>
    </message>
</context>
<context>
    <name>oscalis::ui::band::BandBar</name>
    <message>
        <source>The band whose pages you see</source>
        <translation>Le groupe dont vous voyez les pages</translation>
    </message>
    <message>
        <source>Create or join a band…</source>
        <translation>Créer ou rejoindre un groupe…</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>no band yet</source>
        <translation>pas encore de groupe</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Connecté en tant que %1</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation>Se connecter…</translation>
    </message>
</context>
<context>
    <name>oscalis::ui::band::BandChoiceDialog</name>
    <message>
        <source>Your band</source>
        <translation>Votre groupe</translation>
    </message>
    <message>
        <source>You are not in a band yet. Create your band (you become its leader and get an invite code to give the others), or type the invite code a bandmate gave you.</source>
        <translation>Vous n’êtes pas encore dans un groupe. Créez votre groupe (vous en devenez le leader et recevez un code d’invitation à donner aux autres), ou tapez le code d’invitation qu’un membre du groupe vous a donné.</translation>
    </message>
    <message>
        <source>Create another band, or join one with the invite code a bandmate gave you.</source>
        <translation>Créez un autre groupe, ou rejoignez-en un avec le code d’invitation qu’un membre du groupe vous a donné.</translation>
    </message>
    <message>
        <source>e.g. Les Tilleuls</source>
        <translation>p. ex. Les Tilleuls</translation>
    </message>
    <message>
        <source>e.g. K7QM-4XPA</source>
        <translation>p. ex. K7QM-4XPA</translation>
    </message>
    <message>
        <source>Create your band</source>
        <translation>Créer votre groupe</translation>
    </message>
    <message>
        <source>…or join with an invite code</source>
        <translation>…ou rejoindre avec un code d’invitation</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <source>Create the band</source>
        <translation>Créer le groupe</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Rejoindre</translation>
    </message>
    <message>
        <source>Type a name for your band, or the invite code you were given.</source>
        <translation>Tapez un nom pour votre groupe, ou le code d’invitation que l’on vous a donné.</translation>
    </message>
</context>
<context>
    <name>oscalis::ui::band::CalendarPage</name>
    <message>
        <source>Calendar</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>New rehearsal…</source>
        <translation>Nouvelle répétition…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Export to calendar (.ics)…</source>
        <translation>Exporter vers un agenda (.ics)…</translation>
    </message>
    <message>
        <source>A file for phones and calendar programs, with every date of the band</source>
        <translation>Un fichier pour les téléphones et les logiciels d’agenda, avec toutes les dates du groupe</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <source>Open a band first: create yours or join one with its invite code.</source>
        <translation>Ouvrez d’abord un groupe&#xa0;: créez le vôtre ou rejoignez-en un avec son code d’invitation.</translation>
    </message>
    <message>
        <source>Nothing planned this month. Plan a rehearsal with “New rehearsal…”: everyone can then answer whether they come.</source>
        <translation>Rien de prévu ce mois-ci. Prévoyez une répétition avec «&#xa0;Nouvelle répétition…&#xa0;»&#xa0;: chacun pourra alors dire s’il vient.</translation>
    </message>
    <message>
        <source>Delete the date</source>
        <translation>Supprimer la date</translation>
    </message>
    <message>
        <source>Delete this date, its answers and its attendance?</source>
        <translation>Supprimer cette date, ses réponses et les présences&#xa0;?</translation>
    </message>
    <message>
        <source>%1 agenda.ics</source>
        <translation>agenda %1.ics</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Export to calendar</source>
        <translation>Exporter vers un agenda</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>Fichiers iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>Saved %1.
Open it on your phone or in your calendar program to add the band&apos;s dates.</source>
        <translation>%1 enregistré.
Ouvrez-le sur votre téléphone ou dans votre logiciel d’agenda pour y ajouter les dates du groupe.</translation>
    </message>
</context>
<context>
    <name>oscalis::ui::band::EventPanel</name>
    <message>
        <source>No answer yet</source>
        <translation>Pas encore de réponse</translation>
    </message>
    <message>
        <source>I&apos;ll come</source>
        <translation>Je viens</translation>
    </message>
    <message>
        <source>Maybe</source>
        <translation>Peut-être</translation>
    </message>
    <message>
        <source>I can&apos;t</source>
        <translation>Je ne peux pas</translation>
    </message>
    <message>
        <source>Edit the rehearsal…</source>
        <translation>Modifier la répétition…</translation>
    </message>
    <message>
        <source>Change the date, time, place or songs to work on</source>
        <translation>Changer la date, l’heure, le lieu ou les morceaux à travailler</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Came</source>
        <translation>Présent</translation>
    </message>
    <message>
        <source>Songs to work on</source>
        <translation>Morceaux à travailler</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>Votre réponse</translation>
    </message>
    <message>
        <source>Who comes, who came</source>
        <translation>Qui vient, qui est venu</translation>
    </message>
    <message>
        <source>Select a date in the list to see who comes.</source>
        <translation>Sélectionnez une date dans la liste pour voir qui vient.</translation>
    </message>
    <message>
        <source>%1, %2 – %3</source>
        <translation>%1, %2 – %3</translation>
    </message>
    <message>
        <source>answer by %1</source>
        <translation>réponse avant le %1</translation>
    </message>
    <message>
        <source>(a removed song)</source>
        <translation>(un morceau retiré)</translation>
    </message>
    <message>
        <source>No songs chosen</source>
        <translation>Aucun morceau choisi</translation>
    </message>
    <message>
        <source>%1 coming · %2 maybe · %3 can&apos;t · %4 not answered yet</source>
        <translation>Viennent&#xa0;: %1 · peut-être&#xa0;: %2 · ne peuvent pas&#xa0;: %3 · sans réponse&#xa0;: %4</translation>
    </message>
    <message>
        <source> · came: %1</source>
        <translation> · présents&#xa0;: %1</translation>
    </message>
    <message>
        <source>Tick who actually came</source>
        <translation>Cochez qui est vraiment venu</translation>
    </message>
    <message>
        <source>Leaders mark who actually came</source>
        <translation>Les leaders notent qui est vraiment venu</translation>
    </message>
    <message>
        <source>Answers closed on %1</source>
        <translation>Réponses closes le %1</translation>
    </message>
</context>
<context>
    <name>oscalis::ui::band::FirstAdminDialog</name>
    <message>
        <source>Welcome to Oscalis</source>
        <translation>Bienvenue dans Oscalis</translation>
    </message>
    <message>
        <source>This is the first start. Create the administrator account: it can create bands, add members and reset forgotten passwords.</source>
        <translation>C’est le premier démarrage. Créez le compte administrateur&#xa0;: il peut créer des groupes, ajouter des membres et réinitialiser les mots de passe oubliés.</translation>
    </message>
    <message>
        <source>As the band knows you (optional)</source>
        <translation>Tel que le groupe vous connaît (facultatif)</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d’utilisateur</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Nom affiché</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Confirmer le mot de passe</translation>
    </message>
    <message>
        <source>Create and sign in</source>
        <translation>Créer et se connecter</translation>
    </message>
    <message>
        <source>The two passwords are not the same. Type them again.</source>
        <translation>Les deux mots de passe ne sont pas identiques. Tapez-les à nouveau.</translation>
    </message>
</context>
<context>
    <name>oscalis::ui::band::GigDialog</name>
    <message>
        <source>Planned</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmé</translation>
    </message>
    <message>
        <source>Played</source>
        <translation>Joué</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Edit the gig</source>
        <translation>Modifier le concert</translation>
    </message>
    <message>
        <source>New gig</source>
        <translation>Nouveau concert</translation>
    </message>
    <message>
        <source>e.g. Fête de la musique</source>
        <translation>p. ex. Fête de la musique</translation>
    </message>
    <message>
        <source>Who to call on the day</source>
        <translation>Qui appeler le jour J</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Salle</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Cachet</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Create the gig</source>
        <translation>Créer le concert</translation>
    </message>
</context>
<context>
    <name>oscalis::ui::band::GigsPage</name>
    <message>
        <source>Gigs</source>
        <translation>Concerts</translation>
    </message>
    <message>
        <source>New gig…</source>
        <translation>Nouveau concert…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Gig</source>
        <translation>Concert</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Salle</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Open a band first: create yours or join one with its invite code.</source>
        <translation>Ouvrez d’abord un groupe&#xa0;: créez le vôtre ou rejoignez-en un avec son code d’invitation.</translation>
    </message>
    <message>
        <source>No gigs yet. Create your next gig with “New gig…”, then build its setlist from your songs and print it.</source>
        <translation>Pas encore de concert. Créez votre prochain concert avec «&#xa0;Nouveau concert…&#xa0;», puis montez sa setlist à partir de vos morceaux et imprimez-la.</translation>
    </message>
    <message>
        <source>Setlist: %1</source>
        <translation>Setlist&#xa0;: %1</translation>
    </message>
    <message>
        <source>Delete the gig</source>
        <translation>Supprimer le concert</translation>
    </message>
    <message>
        <source>Delete this gig and its setlist?</source>
        <translation>Supprimer ce concert et sa setlist&#xa0;?</translation>
    </message>
</context>
<context>
    <name>oscalis::ui::band::LoginDialog</name>
    <message>
        <source>Sign in to Oscalis</source>
        <translation>Se connecter à Oscalis</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d’utilisateur</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
</context>
<context>
    <name>oscalis::ui::band::MemberDialog</name>
    <message>
        <source>Your nickname and instrument</source>
        <translation>Votre surnom et votre instrument</translation>
    </message>
    <message>
        <source>Nickname and instrument</source>
        <translation>Surnom et instrument</translation>
    </message>
    <message>
        <source>How the band calls you, and what you play in %1.</source>
        <translation>Comment le groupe vous appelle, et ce que vous jouez dans %1.</translation>
    </message>
    <message>
        <source>How the band calls %1, and what they play in %2.</source>
        <translation>Comment le groupe appelle %1, et ce que cette personne joue dans %2.</translation>
    </message>
    <message>
        <source>e.g. %1 (empty: the name)</source>
        <translation>p. ex. %1 (vide&#xa0;: le nom)</translation>
    </message>
    <message>
        <source>e.g. bass, vocals</source>
        <translation>p. ex. basse, chant</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>Surnom</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Instrument</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
</context>
<context>
    <name>oscalis::ui::band::MembersPage</name>
    <message>
        <source>invited</source>
        <translation>invité</translation>
    </message>
    <message>
        <source>active</source>
        <translation>actif</translation>
    </message>
    <message>
        <source>left</source>
        <translation>parti</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>Invite code
Give it to a bandmate: they type it when they create their account or in “Join a band”.</source>
        <translation>Code d’invitation
Donnez-le aux musiciens&#xa0;: ils le tapent en créant leur compte ou dans «&#xa0;Rejoindre un groupe&#xa0;».</translation>
    </message>
    <message>
        <source>Rotate</source>
        <translation>Renouveler</translation>
    </message>
    <message>
        <source>Make a new code; the old one stops working at once.</source>
        <translation>Créer un nouveau code&#xa0;; l’ancien cesse aussitôt de fonctionner.</translation>
    </message>
    <message>
        <source>Invite bandmates…</source>
        <translation>Inviter des membres…</translation>
    </message>
    <message>
        <source>The addresses and QR codes bandmates use to join from a browser.</source>
        <translation>Les adresses et les QR codes qui permettent aux membres de se connecter depuis un navigateur.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>Surnom</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Instrument</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Nickname and instrument…</source>
        <translation>Surnom et instrument…</translation>
    </message>
    <message>
        <source>Make leader</source>
        <translation>Nommer leader</translation>
    </message>
    <message>
        <source>Remove from the band</source>
        <translation>Retirer du groupe</translation>
    </message>
    <message>
        <source>Reset password…</source>
        <translation>Réinitialiser le mot de passe…</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>personne</translation>
    </message>
    <message>
        <source>leaders</source>
        <translation>les leaders</translation>
    </message>
    <message>
        <source>all members</source>
        <translation>tous les membres</translation>
    </message>
    <message>
        <source>Who may use the browser remote:</source>
        <translation>Qui peut utiliser la télécommande du navigateur&#xa0;:</translation>
    </message>
    <message>
        <source>Who may play, stop and mix REAPER from a browser. A change applies when their browser next connects.</source>
        <translation>Qui peut lancer, arrêter et mixer REAPER depuis un navigateur. Un changement s’applique à la prochaine connexion de leur navigateur.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>leader</source>
        <translation>leader</translation>
    </message>
    <message>
        <source>member</source>
        <translation>membre</translation>
    </message>
    <message>
        <source>Open a band first: create yours or join one with its invite code.</source>
        <translation>Ouvrez d’abord un groupe&#xa0;: créez le vôtre ou rejoignez-en un avec son code d’invitation.</translation>
    </message>
    <message>
        <source>You are the only member so far. Give the invite code below to your bandmates: they join with it from their own account.</source>
        <translation>Vous êtes le seul membre pour l’instant. Donnez le code d’invitation ci-dessous aux autres musiciens&#xa0;: ils rejoignent le groupe avec ce code, depuis leur propre compte.</translation>
    </message>
    <message>
        <source>Your nickname and instrument…</source>
        <translation>Votre surnom et votre instrument…</translation>
    </message>
    <message>
        <source>Make member</source>
        <translation>Nommer membre</translation>
    </message>
    <message>
        <source>Leave the band</source>
        <translation>Quitter le groupe</translation>
    </message>
    <message>
        <source>Leave this band?</source>
        <translation>Quitter ce groupe&#xa0;?</translation>
    </message>
    <message>
        <source>Remove this member from the band? They can come back with the invite code.</source>
        <translation>Retirer ce membre du groupe&#xa0;? Il pourra revenir avec le code d’invitation.</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Réinitialiser le mot de passe</translation>
    </message>
    <message>
        <source>New password for this member (tell it to them; they can change it later):</source>
        <translation>Nouveau mot de passe pour ce membre (communiquez-le-lui&#xa0;; il pourra le changer ensuite)&#xa0;:</translation>
    </message>
    <message>
        <source>The password was changed.</source>
        <translation>Le mot de passe a été changé.</translation>
    </message>
</context>
<context>
    <name>oscalis::ui::band::PlayedListDialog</name>
    <message>
        <source>Played at %1</source>
        <translation>Joué le %1</translation>
    </message>
    <message>
        <source>#</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Song</source>
        <translation>Morceau</translation>
    </message>
    <message>
        <source>Played</source>
        <translation>Joué</translation>
    </message>
    <message numerus="yes">
        <source>%n song(s), %1 in all.</source>
        <translation>
            <numerusform>%n morceau, %1 au total.</numerusform>
            <numerusform>%n morceaux, %1 au total.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not played: %1.</source>
        <translation>Non joués&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>oscalis::ui::band::RehearsalDialog</name>
    <message>
        <source>Edit the rehearsal</source>
        <translation>Modifier la répétition</translation>
    </message>
    <message>
        <source>New rehearsal</source>
        <translation>Nouvelle répétition</translation>
    </message>
    <message>
        <source>Rehearsal</source>
        <translation>Répétition</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>e.g. Studio B, rue des Lilas</source>
        <translation>p. ex. Studio B, rue des Lilas</translation>
    </message>
    <message>
        <source>Ask for answers by</source>
        <translation>Demander une réponse avant le</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No songs yet: add them on the Songs page.</source>
        <translation>Pas encore de morceau&#xa0;: ajoutez-les sur la page Morceaux.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Songs to work on</source>
        <translation>Morceaux à travailler</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Plan the rehearsal</source>
        <translation>Prévoir la répétition</translation>
    </message>
</context>
<context>
    <name>oscalis::ui::band::RehearsalsPage</name>
    <message>
        <source>Rehearsals</source>
        <translation>Répétitions</translation>
    </message>
    <message>
        <source>Double-click a cell in your column, or type 0–9, + or −, to say how well you know the song: 0 = not at all, 10 = ready for the stage. Arrows move between cells, Enter goes to the next song.</source>
        <translation>Double-cliquez sur une case de votre colonne, ou tapez 0–9, + ou −, pour dire à quel point vous maîtrisez le morceau&#xa0;: 0 = pas du tout, 10 = prêt pour la scène. Les flèches passent d’une case à l’autre, Entrée passe au morceau suivant.</translation>
    </message>
    <message>
        <source>Song</source>
        <translation>Morceau</translation>
    </message>
    <message>
        <source>%1 (you)</source>
        <translation>%1 (vous)</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>Double-click to set %1&apos;s level (0 to 10)</source>
        <translation>Double-cliquez pour régler le niveau de %1 (0 à 10)</translation>
    </message>
    <message>
        <source>Only leaders can rate other members</source>
        <translation>Seuls les leaders peuvent noter les autres membres</translation>
    </message>
    <message>
        <source>Open a band first: create yours or join one with its invite code.</source>
        <translation>Ouvrez d’abord un groupe&#xa0;: créez le vôtre ou rejoignez-en un avec son code d’invitation.</translation>
    </message>
    <message>
        <source>Add songs on the Songs page first: each member then rates how well they know each song, from 0 to 10.</source>
        <translation>Ajoutez d’abord des morceaux sur la page Morceaux&#xa0;: chaque membre note ensuite sa maîtrise de chaque morceau, de 0 à 10.</translation>
    </message>
    <message>
        <source>No members yet: invite your bandmates from the Members page.</source>
        <translation>Pas encore de membre&#xa0;: invitez les autres musiciens depuis la page Membres.</translation>
    </message>
    <message>
        <source>How well do you know it?</source>
        <translation>Vous le maîtrisez comment&#xa0;?</translation>
    </message>
    <message>
        <source>How well does %1 know it?</source>
        <translation>%1 le maîtrise comment&#xa0;?</translation>
    </message>
</context>
<context>
    <name>oscalis::ui::band::SetlistEditor</name>
    <message>
        <source>Add the song</source>
        <translation>Ajouter le morceau</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Add a break</source>
        <translation>Ajouter une pause</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Exporter en PDF…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>The setlist is empty. Add songs from your repertoire and breaks below, then drag the rows into the order you will play them.</source>
        <translation>La setlist est vide. Ajoutez ci-dessous des morceaux de votre répertoire et des pauses, puis faites glisser les lignes dans l’ordre où vous les jouerez.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation>Total %1</translation>
    </message>
    <message numerus="yes">
        <source>  (%n song(s) without a length)</source>
        <translation>
            <numerusform>  (%n morceau sans durée)</numerusform>
            <numerusform>  (%n morceaux sans durée)</numerusform>
        </translation>
    </message>
    <message>
        <source> · played %1</source>
        <translation> · joué %1</translation>
    </message>
    <message>
        <source>setlist</source>
        <translation>setlist</translation>
    </message>
    <message>
        <source>Export the setlist as PDF</source>
        <translation>Exporter la setlist en PDF</translation>
    </message>
    <message>
        <source>Export the setlist as CSV</source>
        <translation>Exporter la setlist en CSV</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>oscalis::ui::band::SetlistModel</name>
    <message numerus="yes">
        <source>Break, %n min</source>
        <translation>
            <numerusform>Pause, %n min</numerusform>
            <numerusform>Pause, %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <source>not played</source>
        <translation>non joué</translation>
    </message>
    <message>
        <source>#</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Song</source>
        <translation>Morceau</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Tonalité</translation>
    </message>
    <message>
        <source>BPM</source>
        <translation>BPM</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Cumul</translation>
    </message>
    <message>
        <source>Played</source>
        <translation>Joué</translation>
    </message>
</context>
<context>
    <name>oscalis::ui::band::SetlistPdf</name>
    <message>
        <source>Cannot write the PDF to %1: %2</source>
        <translation>Impossible d’écrire le PDF dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Setlist: %1</source>
        <translation>Setlist&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot write the PDF to %1.</source>
        <translation>Impossible d’écrire le PDF dans %1.</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>TONALITÉ</translation>
    </message>
    <message>
        <source>BPM</source>
        <translation>BPM</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>DURÉE</translation>
    </message>
    <message>
        <source>Break, %1 min</source>
        <translation>Pause, %1 min</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Cannot finish the PDF at %1.</source>
        <translation>Impossible de terminer le PDF dans %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n song(s) without a length are not counted.</source>
        <translation>
            <numerusform>%n morceau sans durée n’est pas compté.</numerusform>
            <numerusform>%n morceaux sans durée ne sont pas comptés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>oscalis::ui::band::SongDialog</name>
    <message>
        <source>Edit the song</source>
        <translation>Modifier le morceau</translation>
    </message>
    <message>
        <source>Add a song</source>
        <translation>Ajouter un morceau</translation>
    </message>
    <message>
        <source>Am, F#…</source>
        <translation>Am, F#…</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source> BPM</source>
        <translation> BPM</translation>
    </message>
    <message>
        <source>m:ss, e.g. 3:45</source>
        <translation>m:ss, p. ex. 3:45</translation>
    </message>
    <message>
        <source>One link per line</source>
        <translation>Un lien par ligne</translation>
    </message>
    <message>
        <source>Name of the song&apos;s region in REAPER</source>
        <translation>Nom de la région du morceau dans REAPER</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Artist</source>
        <translation>Artiste</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Tonalité</translation>
    </message>
    <message>
        <source>Tempo</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Liens</translation>
    </message>
    <message>
        <source>REAPER region</source>
        <translation>Région REAPER</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Add the song</source>
        <translation>Ajouter le morceau</translation>
    </message>
    <message>
        <source>REAPER&apos;s regions show here while Oscalis is connected; you can type a region&apos;s name meanwhile.</source>
        <translation>Les régions de REAPER s’affichent ici quand Oscalis est connecté&#xa0;; en attendant, vous pouvez taper le nom d’une région.</translation>
    </message>
    <message>
        <source>A region of REAPER&apos;s project “Go” and “Next song” move to.</source>
        <translation>Une région du projet REAPER vers laquelle «&#xa0;Aller&#xa0;» et «&#xa0;Morceau suivant&#xa0;» se déplacent.</translation>
    </message>
    <message>
        <source>None yet: what REAPER records during a rehearsal of this song shows here.</source>
        <translation>Rien pour l’instant&#xa0;: ce que REAPER enregistre pendant une répétition de ce morceau s’affiche ici.</translation>
    </message>
    <message>
        <source>Takes</source>
        <translation>Prises</translation>
    </message>
    <message>
        <source>Take</source>
        <translation>Prise</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Enregistrée</translation>
    </message>
    <message>
        <source>In REAPER</source>
        <translation>Dans REAPER</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>Write the duration as minutes:seconds, for example 3:45.</source>
        <translation>Écrivez la durée en minutes:secondes, par exemple 3:45.</translation>
    </message>
</context>
<context>
    <name>oscalis::ui::band::SongImportDialog</name>
    <message>
        <source>Import songs</source>
        <translation>Importer des morceaux</translation>
    </message>
    <message>
        <source>From %1, 1 song will be added to %2.</source>
        <translation>Depuis %1, 1 morceau sera ajouté à %2.</translation>
    </message>
    <message>
        <source>From %1, %2 songs will be added to %3.</source>
        <translation>Depuis %1, %2 morceaux seront ajoutés à %3.</translation>
    </message>
    <message>
        <source>Nothing in %1 can be imported.</source>
        <translation>Rien dans %1 ne peut être importé.</translation>
    </message>
    <message>
        <source>1 line is left out: see why below.</source>
        <translation>1 ligne est écartée&#xa0;: voir pourquoi ci-dessous.</translation>
    </message>
    <message>
        <source>%1 lines are left out: see why below.</source>
        <translation>%1 lignes sont écartées&#xa0;: voir pourquoi ci-dessous.</translation>
    </message>
    <message>
        <source>Correct the file and import those lines again if you need them.</source>
        <translation>Corrigez le fichier et importez à nouveau ces lignes si vous en avez besoin.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Artist</source>
        <translation>Artiste</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Tonalité</translation>
    </message>
    <message>
        <source>Tempo</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Songs to add</source>
        <translation>Morceaux à ajouter</translation>
    </message>
    <message>
        <source>Lines left out</source>
        <translation>Lignes écartées</translation>
    </message>
    <message>
        <source>Import 1 song</source>
        <translation>Importer 1 morceau</translation>
    </message>
    <message>
        <source>Import %1 songs</source>
        <translation>Importer %1 morceaux</translation>
    </message>
</context>
<context>
    <name>oscalis::ui::band::SongRehearsalPanel</name>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>e.g. Watch the bridge, bar 32</source>
        <translation>p. ex. Attention au pont, mesure 32</translation>
    </message>
    <message>
        <source>Add the note</source>
        <translation>Ajouter la note</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Who is at what level, and since when</source>
        <translation>Qui est à quel niveau, et depuis quand</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Voice notes</source>
        <translation>Notes vocales</translation>
    </message>
    <message>
        <source>Select a song to see its history and notes.</source>
        <translation>Sélectionnez un morceau pour voir son historique et ses notes.</translation>
    </message>
    <message>
        <source>a former member</source>
        <translation>un ancien membre</translation>
    </message>
    <message>
        <source>%1
— %2, %3</source>
        <translation>%1
— %2, %3</translation>
    </message>
    <message>
        <source>No notes yet for this song.</source>
        <translation>Pas encore de note pour ce morceau.</translation>
    </message>
</context>
<context>
    <name>oscalis::ui::band::SongsPage</name>
    <message>
        <source>Songs</source>
        <translation>Morceaux</translation>
    </message>
    <message>
        <source>Search by title or artist…</source>
        <translation>Chercher par titre ou artiste…</translation>
    </message>
    <message>
        <source>Add a song…</source>
        <translation>Ajouter un morceau…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Import from CSV…</source>
        <translation>Importer depuis un CSV…</translation>
    </message>
    <message>
        <source>Add many songs at once from a spreadsheet saved as CSV, with a first line naming the columns: title, artist, key, tempo, duration, notes.</source>
        <translation>Ajouter d’un coup plein de morceaux depuis un tableur enregistré en CSV, avec une première ligne qui nomme les colonnes&#xa0;: title, artist, key, tempo, duration, notes.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Artist</source>
        <translation>Artiste</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Tonalité</translation>
    </message>
    <message>
        <source>Tempo</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>REAPER region</source>
        <translation>Région REAPER</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Précédents</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Suivants ▶</translation>
    </message>
    <message>
        <source>Open a band first: create yours or join one with its invite code (the band menu at the top).</source>
        <translation>Ouvrez d’abord un groupe&#xa0;: créez le vôtre ou rejoignez-en un avec son code d’invitation (le menu du groupe, en haut).</translation>
    </message>
    <message>
        <source>No songs yet. Add the songs you play with “Add a song…” or all at once with “Import from CSV…”, or suggest one on the right for the band to vote on.</source>
        <translation>Pas encore de morceau. Ajoutez les morceaux que vous jouez avec «&#xa0;Ajouter un morceau…&#xa0;» ou tous d’un coup avec «&#xa0;Importer depuis un CSV…&#xa0;», ou proposez-en un à droite pour que le groupe vote.</translation>
    </message>
    <message>
        <source>No song matches “%1”.</source>
        <translation>Aucun morceau ne correspond à «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Songs %1–%2 of %3</source>
        <translation>Morceaux %1 à %2 sur %3</translation>
    </message>
    <message>
        <source>Delete the song</source>
        <translation>Supprimer le morceau</translation>
    </message>
    <message>
        <source>Delete “%1” from the band&apos;s songs? It also leaves every setlist.</source>
        <translation>Supprimer «&#xa0;%1&#xa0;» des morceaux du groupe&#xa0;? Il disparaît aussi de toutes les setlists.</translation>
    </message>
    <message>
        <source>Import songs from a CSV file</source>
        <translation>Importer des morceaux depuis un fichier CSV</translation>
    </message>
    <message>
        <source>Song lists (*.csv *.txt);;All files (*)</source>
        <translation>Listes de morceaux (*.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>The file %1 could not be read: %2</source>
        <translation>Le fichier %1 n’a pas pu être lu&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>oscalis::ui::band::Stage</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n new take(s) from REAPER attached to the songs rehearsed.</source>
        <translation>
            <numerusform>%n nouvelle prise de REAPER rattachée aux morceaux répétés.</numerusform>
            <numerusform>%n nouvelles prises de REAPER rattachées aux morceaux répétés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) recorded during a rehearsal could not be matched to a song: choose the song with Go before recording.</source>
        <translation>
            <numerusform>%n fichier enregistré pendant une répétition n’a pu être rattaché à aucun morceau&#xa0;: choisissez le morceau avec Aller avant d’enregistrer.</numerusform>
            <numerusform>%n fichiers enregistrés pendant une répétition n’ont pu être rattachés à aucun morceau&#xa0;: choisissez le morceau avec Aller avant d’enregistrer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>oscalis::ui::band::StageBar</name>
    <message>
        <source>Go</source>
        <translation>Aller</translation>
    </message>
    <message>
        <source>Send REAPER to the selected song&apos;s region</source>
        <translation>Envoyer REAPER sur la région du morceau sélectionné</translation>
    </message>
    <message>
        <source>Next song ▶</source>
        <translation>Morceau suivant ▶</translation>
    </message>
    <message>
        <source>Send REAPER to the next song that has a region</source>
        <translation>Envoyer REAPER sur le prochain morceau qui a une région</translation>
    </message>
    <message>
        <source>Played list…</source>
        <translation>Morceaux joués…</translation>
    </message>
    <message>
        <source>A song that is not on the setlist</source>
        <translation>Un morceau qui n’est pas dans la setlist</translation>
    </message>
    <message>
        <source>Play it</source>
        <translation>Le jouer</translation>
    </message>
    <message>
        <source>Not on the setlist:</source>
        <translation>Hors setlist&#xa0;:</translation>
    </message>
    <message>
        <source>The played list could not be saved: %1 Live mode stays on; try “Stop live” again.</source>
        <translation>La liste des morceaux joués n’a pas pu être enregistrée&#xa0;: %1 Le mode live reste actif&#xa0;; réessayez «&#xa0;Arrêter le live&#xa0;».</translation>
    </message>
    <message>
        <source>Live mode ended: the played list is saved with the gig, which is now marked as played.</source>
        <translation>Mode live terminé&#xa0;: la liste des morceaux joués est enregistrée avec le concert, désormais marqué comme joué.</translation>
    </message>
    <message>
        <source>Live mode ended: nothing was played, so the setlist stays as planned.</source>
        <translation>Mode live terminé&#xa0;: rien n’a été joué, la setlist reste donc telle que prévue.</translation>
    </message>
    <message>
        <source>Live: each Go and Next song drops a marker named after the song in REAPER and starts its clock. Press “Stop live” after the last song.</source>
        <translation>Live&#xa0;: chaque Aller et chaque Morceau suivant pose dans REAPER un marqueur au nom du morceau et lance son chrono. Appuyez sur «&#xa0;Arrêter le live&#xa0;» après le dernier morceau.</translation>
    </message>
    <message>
        <source>■ Stop live</source>
        <translation>■ Arrêter le live</translation>
    </message>
    <message>
        <source>● Live</source>
        <translation>● Live</translation>
    </message>
    <message>
        <source>Live mode is on for another gig</source>
        <translation>Le mode live est actif pour un autre concert</translation>
    </message>
    <message>
        <source>Drop a marker per song and time the set</source>
        <translation>Poser un marqueur par morceau et chronométrer le set</translation>
    </message>
    <message>
        <source>Live — press Go or Next song to start</source>
        <translation>Live — appuyez sur Aller ou Morceau suivant pour commencer</translation>
    </message>
    <message>
        <source>Live · song %1 · %2 · %3</source>
        <translation>Live · morceau %1 · %2 · %3</translation>
    </message>
</context>
<context>
    <name>oscalis::ui::band::SuggestionDialog</name>
    <message>
        <source>Suggest a song</source>
        <translation>Proposer un morceau</translation>
    </message>
    <message>
        <source>The band votes on suggestions; a leader turns the favourites into songs.</source>
        <translation>Le groupe vote sur les propositions&#xa0;; un leader fait entrer les favoris au répertoire.</translation>
    </message>
    <message>
        <source>Where to listen to it</source>
        <translation>Où l’écouter</translation>
    </message>
    <message>
        <source>Why this one?</source>
        <translation>Pourquoi celui-ci&#xa0;?</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Artist</source>
        <translation>Artiste</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Suggest</source>
        <translation>Proposer</translation>
    </message>
</context>
<context>
    <name>oscalis::ui::band::SuggestionsPanel</name>
    <message>
        <source>Suggestions</source>
        <translation>Propositions</translation>
    </message>
    <message>
        <source>Nothing suggested yet. Heard a song the band should play? Suggest it: everyone votes, and a leader adds the favourites.</source>
        <translation>Rien de proposé pour l’instant. Vous avez entendu un morceau que le groupe devrait jouer&#xa0;? Proposez-le&#xa0;: tout le monde vote, et un leader ajoute les favoris.</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Votes</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Artist</source>
        <translation>Artiste</translation>
    </message>
    <message>
        <source>Suggested by</source>
        <translation>Proposé par</translation>
    </message>
    <message>
        <source>Suggest a song…</source>
        <translation>Proposer un morceau…</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>Voter</translation>
    </message>
    <message>
        <source>Add to the songs</source>
        <translation>Ajouter aux morceaux</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>in the songs</source>
        <translation>au répertoire</translation>
    </message>
    <message>
        <source>✓ you voted</source>
        <translation>✓ vous avez voté</translation>
    </message>
    <message>
        <source>Take my vote back</source>
        <translation>Retirer mon vote</translation>
    </message>
</context>
<context>
    <name>oscalis::ui::kiosk::KioskLock</name>
    <message>
        <source>Unlock the kiosk</source>
        <translation>Déverrouiller le kiosque</translation>
    </message>
    <message>
        <source>Leave kiosk mode</source>
        <translation>Quitter le mode kiosque</translation>
    </message>
    <message>
        <source>Open the settings</source>
        <translation>Ouvrir les réglages</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Stop the recording</source>
        <translation>Arrêter l’enregistrement</translation>
    </message>
    <message>
        <source>The band database is not open, so no PIN can be checked: the kiosk stays locked.</source>
        <translation>La base de données du groupe n’est pas ouverte, aucun code PIN ne peut donc être vérifié&#xa0;: le kiosque reste verrouillé.</translation>
    </message>
</context>
<context>
    <name>oscalis::ui::kiosk::KioskPinDialog</name>
    <message>
        <source>Set my kiosk PIN</source>
        <translation>Définir mon code PIN du kiosque</translation>
    </message>
    <message>
        <source>The PIN you type at the rehearsal-room kiosk to act in your own name: %1 to %2 digits. An administrator&apos;s PIN also unlocks the kiosk. It is kept only in a protected (hashed) form.</source>
        <translation>Le code PIN que vous tapez sur le kiosque de la salle de répétition pour agir en votre nom&#xa0;: de %1 à %2 chiffres. Le code PIN d’un administrateur déverrouille aussi le kiosque. Il n’est conservé que sous une forme protégée (hachée).</translation>
    </message>
    <message>
        <source>&amp;PIN:</source>
        <translation>Code &amp;PIN&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Confirmer&#xa0;:</translation>
    </message>
    <message>
        <source>The two PINs differ; type the same PIN twice.</source>
        <translation>Les deux codes PIN sont différents&#xa0;; tapez deux fois le même code PIN.</translation>
    </message>
</context>
<context>
    <name>oscalis::ui::kiosk::KioskTransport</name>
    <message>
        <source>Previous marker</source>
        <translation>Marqueur précédent</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Lecture</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Next marker</source>
        <translation>Marqueur suivant</translation>
    </message>
    <message>
        <source>Keep your finger on Stop until the ring is full to end the recording</source>
        <translation>Gardez le doigt sur Stop jusqu’à ce que l’anneau soit plein pour arrêter l’enregistrement</translation>
    </message>
    <message>
        <source>Beat %1</source>
        <translation>Temps %1</translation>
    </message>
    <message>
        <source>Recording: hold Stop to end it</source>
        <translation>Enregistrement&#xa0;: maintenez Stop pour l’arrêter</translation>
    </message>
    <message>
        <source>Playing</source>
        <translation>Lecture en cours</translation>
    </message>
</context>
<context>
    <name>oscalis::ui::kiosk::KioskWindow</name>
    <message>
        <source>Oscalis kiosk</source>
        <translation>Kiosque Oscalis</translation>
    </message>
    <message>
        <source>Mixer</source>
        <translation>Console</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Moi</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <source>Leave kiosk</source>
        <translation>Quitter le kiosque</translation>
    </message>
    <message>
        <source>Administrator&apos;s PIN: %1</source>
        <translation>Code PIN administrateur&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1, your PIN</source>
        <translation>%1, votre code PIN</translation>
    </message>
    <message>
        <source>LOCKED</source>
        <translation>VERROUILLÉ</translation>
    </message>
    <message>
        <source>Unlocked</source>
        <translation>Déverrouillé</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Verrouiller</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Groupe</translation>
    </message>
</context>
<context>
    <name>oscalis::ui::kiosk::MemberPage</name>
    <message>
        <source>Who are you? Tap your name, then type your PIN.</source>
        <translation>Qui êtes-vous&#xa0;? Touchez votre nom, puis tapez votre code PIN.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>Maybe</source>
        <translation>Peut-être</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Hello, %1</source>
        <translation>Bonjour %1</translation>
    </message>
    <message>
        <source>No song is current on the Now page.</source>
        <translation>Aucun morceau n’est en cours sur la page «&#xa0;En cours&#xa0;».</translation>
    </message>
    <message>
        <source>How well do you know “%1”?</source>
        <translation>Vous maîtrisez «&#xa0;%1&#xa0;» comment&#xa0;?</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>pas noté</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Nothing on the agenda to answer.</source>
        <translation>Rien à répondre dans l’agenda.</translation>
    </message>
    <message>
        <source>Are you coming to %1, %2?</source>
        <translation>%1, %2&#xa0;: vous venez&#xa0;?</translation>
    </message>
</context>
<context>
    <name>oscalis::ui::kiosk::NowPage</name>
    <message>
        <source>Previous song</source>
        <translation>Morceau précédent</translation>
    </message>
    <message>
        <source>Go to the song in REAPER</source>
        <translation>Aller au morceau dans REAPER</translation>
    </message>
    <message>
        <source>Next song</source>
        <translation>Morceau suivant</translation>
    </message>
    <message>
        <source>Notes on this song</source>
        <translation>Notes sur ce morceau</translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation>Supprimer la note</translation>
    </message>
    <message>
        <source>No songs on today&apos;s list</source>
        <translation>Aucun morceau au programme aujourd’hui</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>En cours&#xa0;: %1</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Suivant&#xa0;: %1</translation>
    </message>
    <message>
        <source>Next: end of the list</source>
        <translation>Suivant&#xa0;: fin de la liste</translation>
    </message>
    <message>
        <source>The note was deleted.</source>
        <translation>La note a été supprimée.</translation>
    </message>
</context>
<context>
    <name>oscalis::ui::kiosk::PinPad</name>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Enter the PIN</source>
        <translation>Tapez le code PIN</translation>
    </message>
</context>
<context>
    <name>oscalis::ui::kiosk::ScreenAwake</name>
    <message>
        <source>REAPER is playing or recording</source>
        <translation>REAPER est en lecture ou en enregistrement</translation>
    </message>
    <message>
        <source>There is no desktop session bus to ask.</source>
        <translation>Il n’y a aucun bus de session du bureau à interroger.</translation>
    </message>
</context>
<context>
    <name>oscalis::web::AudioFanOut</name>
    <message>
        <source>You stopped listening.</source>
        <translation>Vous avez arrêté l’écoute.</translation>
    </message>
    <message>
        <source>Your connection did not keep up with the live audio, so it was stopped. Listen again when the connection is better.</source>
        <translation>Votre connexion n’a pas suivi le son en direct, l’écoute a donc été arrêtée. Relancez l’écoute quand la connexion sera meilleure.</translation>
    </message>
</context>
<context>
    <name>oscalis::web::BandApi</name>
    <message>
        <source>%1 is missing (parameter “%2”, like 2026-05-17).</source>
        <translation>%1 est manquant (paramètre «&#xa0;%2&#xa0;», comme 2026-05-17).</translation>
    </message>
    <message>
        <source>Only members of this band can see its pages.</source>
        <translation>Seuls les membres de ce groupe peuvent voir ses pages.</translation>
    </message>
    <message>
        <source>The mastery level</source>
        <translation>Le niveau de maîtrise</translation>
    </message>
    <message>
        <source>The title</source>
        <translation>Le titre</translation>
    </message>
    <message>
        <source>The artist</source>
        <translation>L’artiste</translation>
    </message>
    <message>
        <source>The link</source>
        <translation>Le lien</translation>
    </message>
    <message>
        <source>The note</source>
        <translation>La note</translation>
    </message>
    <message>
        <source>The vote</source>
        <translation>Le vote</translation>
    </message>
    <message>
        <source>The start date</source>
        <translation>La date de début</translation>
    </message>
    <message>
        <source>The end date</source>
        <translation>La date de fin</translation>
    </message>
    <message>
        <source>The end date must come after the start date.</source>
        <translation>La date de fin doit venir après la date de début.</translation>
    </message>
    <message>
        <source>Ask for at most %1 days at a time.</source>
        <translation>Demandez au plus %1 jours à la fois.</translation>
    </message>
    <message>
        <source>The answer</source>
        <translation>La réponse</translation>
    </message>
</context>
<context>
    <name>oscalis::web::Hub</name>
    <message>
        <source>Too many messages; this one was dropped.</source>
        <translation>Trop de messages&#xa0;; celui-ci a été ignoré.</translation>
    </message>
    <message>
        <source>Binary messages are not accepted yet.</source>
        <translation>Les messages binaires ne sont pas encore acceptés.</translation>
    </message>
    <message>
        <source>More than 50 messages in a second; this one was dropped.</source>
        <translation>Plus de 50 messages en une seconde&#xa0;; celui-ci a été ignoré.</translation>
    </message>
    <message>
        <source>A message may hold at most 64 KiB.</source>
        <translation>Un message peut contenir au plus 64 Kio.</translation>
    </message>
    <message>
        <source>A message must be one JSON object.</source>
        <translation>Un message doit être un seul objet JSON.</translation>
    </message>
    <message>
        <source>The server does not know messages of type “%1”.</source>
        <translation>Le serveur ne connaît pas les messages de type «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>You may not use the remote in this band. A leader can allow it in the band&apos;s settings.</source>
        <translation>Vous ne pouvez pas utiliser la télécommande dans ce groupe. Un leader peut l’autoriser dans les réglages du groupe.</translation>
    </message>
    <message>
        <source>The server is stopping; please try again.</source>
        <translation>Le serveur s’arrête&#xa0;; veuillez réessayer.</translation>
    </message>
    <message>
        <source>You may not listen to the studio in this band.</source>
        <translation>Vous ne pouvez pas écouter le studio dans ce groupe.</translation>
    </message>
</context>
<context>
    <name>oscalis::web::NetworkServer</name>
    <message>
        <source>This request did not come from Oscalis&apos;s own page, so nothing was done.</source>
        <translation>Cette requête ne vient pas de la page d’Oscalis elle-même, donc rien n’a été fait.</translation>
    </message>
    <message>
        <source>You are not a member of this band.</source>
        <translation>Vous n’êtes pas membre de ce groupe.</translation>
    </message>
    <message>
        <source>The server is stopping.</source>
        <translation>Le serveur s’arrête.</translation>
    </message>
    <message>
        <source>No route for %1 %2.</source>
        <translation>Aucune route pour %1 %2.</translation>
    </message>
    <message>
        <source>%1 does not take %2; it takes %3.</source>
        <translation>%1 n’accepte pas %2&#xa0;; il accepte %3.</translation>
    </message>
    <message>
        <source>The request body is not valid JSON (%1 at character %2).</source>
        <translation>Le corps de la requête n’est pas du JSON valide (%1 au caractère %2).</translation>
    </message>
    <message>
        <source>This address only speaks WebSocket.</source>
        <translation>Cette adresse ne parle que WebSocket.</translation>
    </message>
    <message>
        <source>Say which band with ?band=&lt;number&gt;.</source>
        <translation>Indiquez le groupe avec&#xa0;?band=&lt;numéro&gt;.</translation>
    </message>
    <message>
        <source>Open the WebSocket on a connection of its own.</source>
        <translation>Ouvrez le WebSocket sur une connexion à part.</translation>
    </message>
</context>
<context>
    <name>oscalis::web::WebServer</name>
    <message>
        <source>Give both --web-cert and --web-key, or neither.</source>
        <translation>Donnez à la fois --web-cert et --web-key, ou aucun des deux.</translation>
    </message>
</context>
<context>
    <name>web</name>
    <message>
        <source>The request took too long to arrive.</source>
        <translation>La requête a mis trop de temps à arriver.</translation>
    </message>
    <message>
        <source>Plain HTTP is only allowed on this computer&apos;s own address (127.0.0.1).</source>
        <translation>Le HTTP simple n’est autorisé que sur l’adresse propre à cet ordinateur (127.0.0.1).</translation>
    </message>
    <message>
        <source>Port %1 is already used by another program. Choose another port with --web-port.</source>
        <translation>Le port %1 est déjà utilisé par un autre programme. Choisissez un autre port avec --web-port.</translation>
    </message>
    <message>
        <source>Oscalis may not listen on port %1 (ports below 1024 need administrator rights). Choose another port with --web-port.</source>
        <translation>Oscalis n’a pas le droit d’écouter sur le port %1 (les ports en dessous de 1024 demandent les droits d’administrateur). Choisissez un autre port avec --web-port.</translation>
    </message>
    <message>
        <source>The web server could not listen on %1 port %2: %3</source>
        <translation>Le serveur web n’a pas pu écouter sur %1, port %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>The studio computer has too many connections right now. Please try again in a minute.</source>
        <translation>L’ordinateur du studio a trop de connexions en ce moment. Veuillez réessayer dans une minute.</translation>
    </message>
    <message>
        <source>The band database %1 could not be opened: %2</source>
        <translation>La base de données du groupe %1 n’a pas pu être ouverte&#xa0;: %2</translation>
    </message>
</context>
</TS>
