remind-before = { $hours ->
    [1] Dans une heure : { $name }, { $format }{ $where ->
            [none] {""}
           *[other] {" "}({ $where })
        }. Toujours d'accord?
   *[other] Demain : { $name }, { $when }, { $format }{ $where ->
            [none] {""}
           *[other] {" "}({ $where })
        }. Toujours d'accord?
}
remind-coming = Oui, j'y serai
remind-other-time = Il me faut une autre heure
remind-did-you-meet = Avez-vous rencontré { $name } ({ $when })?
remind-request-waiting = Rappel : { $name } attend toujours votre réponse.
remind-request-expired = { $name } n'a pas répondu à temps à votre demande ({ $when }); elle a expiré.
remind-request-expired-connector = La demande de { $name } ({ $when }) a expiré sans réponse; la plage est de nouveau libre.
remind-stalled = Bonjour { $name }! Ça fait un moment. Une conversation de 30 minutes avec quelqu'un de votre domaine peut ouvrir des portes. On cherche quelqu'un?
remind-digest = Bilan de la semaine : { $stalled ->
    [0] aucune personne nouvellement arrivée n'est inactive.
    [one] 1 personne nouvellement arrivée est inactive depuis 3 semaines ({ $names }).
   *[other] { $stalled } personnes nouvellement arrivées sont inactives depuis 3 semaines ({ $names }).
} { $upcoming ->
    [0] Aucune rencontre cette semaine.
    [one] 1 rencontre cette semaine :
   *[other] { $upcoming }{ $more ->
            [yes] + rencontres
           *[other] {""} rencontres
        } cette semaine :
}
remind-digest-meeting = { $when } : { $connector } avec { $mentee }
remind-not-understood = Désolé, je n'ai pas compris. { $question ->
    [met] Avez-vous rencontré { $name } ({ $when })?
   *[other] Votre rencontre avec { $name } ({ $when }) tient toujours?
}
