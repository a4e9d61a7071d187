privacy-menu-my-data = Mes données
privacy-former-participant = une ancienne personne participante
privacy-command-erase = Effacer les données personnelles d'une personne (par numéro)
privacy-usage-erase = Tapez effacer et le numéro de la personne, par exemple : effacer 12 (chercher donne les numéros).
privacy-your-data = { $channel ->
    [sms] Nous gardons : nom { $name }, profession { $profession }, ville { $city }, { $meetings ->
        [one] { $meetings } rencontre
       *[other] { $meetings } rencontres
    }, { $messages } messages. La copie complète vient en fichier, sur Telegram; la coordination peut la revoir avec vous.
   *[other] Voici tout ce que nous gardons sur vous, dans le fichier joint (my-data.json).
        Nom : { $name }
        Profession : { $profession }
        Ville : { $city }
        Rencontres : { $meetings }
        Messages reçus : { $messages }
}
privacy-ask-coordinator = Demander un suivi à la coordination
privacy-delete-label = Supprimer mes données
privacy-follow-up-asked = La personne #{ $id } a une question sur ses données (Mes données). Merci de faire un suivi.
privacy-follow-up-sent = La coordination vous contactera au sujet de vos données.
privacy-ask-sure = Supprimer vos données? Votre nom, vos coordonnées, vos commentaires et vos messages seront effacés, et vos rencontres à venir annulées. Seuls des chiffres anonymes restent.
privacy-ask-really = Dernière vérification : c'est sans retour. Tout supprimer maintenant?
privacy-yes-delete = Oui, supprimer mes données
privacy-yes-really = Oui, tout supprimer
privacy-keep = Non, garder mes données
privacy-yes-no = Choisissez une des options : supprimer vos données, ou les garder.
privacy-kept = Rien n'a été supprimé.
privacy-last-coordinator = On ne peut pas effacer les données de la dernière personne à la coordination; confiez d'abord la coordination à quelqu'un d'autre.
privacy-erased = Vos données ont été supprimées. Merci d'avoir participé. Si vous écrivez de nouveau, vous recommencerez comme nouvelle personne.
privacy-erased-by-coordinator = La coordination du programme a supprimé vos données personnelles. Merci d'avoir participé.
privacy-erased-someone = Les données personnelles de la personne #{ $id } ont été effacées.
privacy-erase-yourself = Pour effacer vos propres données, utilisez Mes données dans le menu.
