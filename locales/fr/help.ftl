help-general = { $channel ->
    [sms] Connecteur met les personnes nouvellement arrivées en lien avec des professionnels de leur domaine. Mots utiles : MENU, AIDE, RETOUR, LANGUE. ARRET pour vous désinscrire.
   *[other] Connecteur met les personnes immigrantes qualifiées en lien avec des professionnels établis de leur domaine, le temps de courtes rencontres, et aide chacun à en faire le suivi. Ces mots fonctionnent partout : menu, aide, retour, langue.
} { $contact ->
    [none] Pour faire effacer vos données, écrivez à l'équipe de coordination du programme.
   *[other] Pour faire effacer vos données, écrivez au programme : { $contact }.
}
help-words = { $channel ->
    [sms] Vous pouvez aussi envoyer RETOUR, MENU ou LANGUE en tout temps.
   *[other] Vous pouvez aussi envoyer retour (question précédente), menu (arrêter ici) ou langue en tout temps.
}
