remind-before = { $hours ->
    [1] Dans une heure : { $name }, { $format }{ $where ->
            [none] {""}
           *[other] {" "}({ $where })
        }. La rencontre tient toujours?
   *[other] Demain : { $name }, le { $when }, { $format }{ $where ->
            [none] {""}
           *[other] {" "}({ $where })
        }. La rencontre tient toujours?
}
remind-coming = Oui, j'y serai
remind-other-time = Changer l'heure
remind-did-you-meet = { $channel ->
    [sms] Avez-vous pu rencontrer { $name } le { $when }? Pour dire oui et noter son utilité (1 à 5) d'un coup, répondez par ex. OUI 5
   *[other] Avez-vous pu rencontrer { $name } le { $when }?
}
remind-request-waiting = Rappel : { $name } attend toujours votre réponse.
remind-request-expired = Votre demande à { $name } pour le { $when } a expiré faute de réponse.
remind-request-expired-connector = La demande de { $name } pour le { $when } a expiré sans réponse; la plage est de nouveau libre.
remind-stalled = Bonjour { $name }! Ça fait un moment. Une conversation de 30 minutes avec quelqu'un de votre domaine peut ouvrir des portes. On vous trouve quelqu'un?
remind-digest = Bilan de la semaine : { $stalled ->
    [0] aucune personne nouvellement arrivée n'est inactive.
    [one] 1 personne nouvellement arrivée est inactive depuis 3 semaines ({ $names }).
   *[other] { $stalled } personnes nouvellement arrivées sont inactives depuis 3 semaines ({ $names }).
} { $upcoming ->
    [0] Aucune rencontre Connecteur cette semaine.
    [one] 1 rencontre Connecteur cette semaine :
   *[other] { $upcoming }{ $more ->
            [yes] + rencontres Connecteur
           *[other] {""} rencontres Connecteur
        } cette semaine :
}
remind-digest-meeting = { $when } : { $connector } avec { $mentee }
remind-not-understood = Désolé, je n'ai pas compris. { $question ->
    [met] Avez-vous pu rencontrer { $name } le { $when }?
   *[other] Votre rencontre du { $when } avec { $name } tient toujours?
}
