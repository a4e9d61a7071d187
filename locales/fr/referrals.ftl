referrals-menu-give = Donner des contacts
referrals-none-waiting = Aucune rencontre n'attend de contacts. Après votre prochaine rencontre, vous pourrez proposer ici trois personnes au nouvel arrivant.
referrals-ask-meeting = Pour quelle rencontre sont ces contacts?
referrals-meeting-item = { $mentee }, { $when }
referrals-meeting-invalid = Choisissez une des rencontres de la liste.
referrals-meeting-help = Choisissez la personne rencontrée. Chaque rencontre peut mener à trois contacts.
referrals-ask-kind = Contact { $count } sur 3 pour { $mentee } ({ $profession }). Qui est-ce?
referrals-kind-member = Une personne du programme
referrals-kind-invite = Inviter une nouvelle personne
referrals-kind-outside = Un contact hors programme
referrals-kind-done = C'est tout pour l'instant
referrals-kind-invalid = Choisissez une des options.
referrals-kind-help = Une personne du programme recevra une demande. Une nouvelle personne recevra une invitation. Les coordonnées d'un contact hors programme vont au nouvel arrivant seulement.
referrals-ask-search = Tapez une partie de son nom ou de sa profession, ou cherchez dans le domaine du nouvel arrivant.
referrals-search-field = En { $sector }
referrals-search-invalid = Tapez au moins deux lettres d'un nom ou d'une profession.
referrals-search-help = Par exemple : Marie, ou ingénieur.
referrals-ask-member = Qui le nouvel arrivant devrait-il rencontrer?
referrals-member-none = Personne du programme ne correspond. Essayez d'autres mots, ou revenez en arrière pour l'inviter.
referrals-member-card = { $name }, { $profession }
referrals-search-again = Chercher de nouveau
referrals-member-invalid = Choisissez une personne de la liste, ou cherchez de nouveau.
referrals-member-help = Ce sont des connecteurs du programme. Le nouvel arrivant pourra leur demander un moment.
referrals-already-met = Ces deux personnes se sont déjà rencontrées. Proposez quelqu'un d'autre.
referrals-not-them = Vous ne pouvez proposer ni vous, ni le nouvel arrivant.
referrals-duplicate = { $name } a déjà été proposé à cette personne : ce contact compte une fois.
referrals-invite-name = Quel est le nom de la personne à inviter?
referrals-invite-name-invalid = Tapez son nom (2 à 80 caractères).
referrals-invite-name-help = Son prénom et son nom, comme elle les écrit.
referrals-invite-profession = Que fait { $name }?
referrals-invite-profession-invalid = Tapez sa profession (2 à 80 caractères).
referrals-invite-profession-help = Sa profession en quelques mots, par exemple : gestionnaire de projets.
referrals-invite-contact = Comment joindre { $name }? Tapez son numéro de cellulaire ou son nom d'utilisateur Telegram (@nom).
referrals-invite-contact-invalid = Ce n'est ni un numéro de téléphone ni un nom d'utilisateur Telegram.
referrals-invite-contact-help = Un numéro comme 613-555-0100, ou un nom Telegram comme @marie_t.
referrals-outside-name = Quel est le nom de votre contact?
referrals-outside-name-invalid = Tapez son nom (2 à 80 caractères).
referrals-outside-name-help = Son prénom et son nom.
referrals-outside-position = Quel est le poste de { $name }?
referrals-outside-position-invalid = Tapez son poste (2 à 80 caractères).
referrals-outside-position-help = Par exemple : gestionnaire RH.
referrals-outside-organisation = Où travaille { $name }?
referrals-outside-organisation-invalid = Tapez l'organisation (2 à 80 caractères).
referrals-outside-organisation-help = L'entreprise ou l'organisme, par exemple : Ville d'Ottawa.
referrals-outside-reach = Comment le nouvel arrivant peut-il joindre { $name }? Un courriel, un numéro ou un profil.
referrals-outside-reach-invalid = Tapez comment le joindre (2 à 140 caractères).
referrals-outside-reach-help = Seul le nouvel arrivant le verra.
referrals-saved = Merci : { $name } est le contact { $count } sur 3.
referrals-complete = Merci pour vos trois contacts! Le nouvel arrivant a été prévenu.
referrals-later = Merci. Vous avez donné { $count } contact(s) sur 3; nous vous le rappellerons dans deux jours.
referrals-to-mentee-member = { $connector } vous propose de rencontrer { $name } ({ $profession }), membre du programme. Vous pouvez lui demander un moment dès maintenant.
referrals-book = Demander un moment à { $name }
referrals-to-mentee-invite = { $connector } invite { $name } ({ $profession }) à rejoindre le programme pour vous. Nous vous dirons quand cette personne s'inscrira.
referrals-to-mentee-outside = { $connector } vous suggère de contacter { $name }, { $position } chez { $organisation }. Ses coordonnées suivent; mentionnez { $connector }.
referrals-contact-details = { $name } : { $contact }
referrals-reminder = Vous avez rencontré { $mentee } et donné { $count } contact(s) sur 3. Pourriez-vous donner les autres?
referrals-give-more = Donner des contacts
referrals-referred-by = { $connector } vous recommande { $mentee } après l'avoir rencontré(e). Acceptez-vous la demande?
referrals-invite-link = Envoyez ce lien personnel à { $name } pour rejoindre le programme sur Telegram : { $link } Il nous indique que vous l'avez recommandé(e).
referrals-invite-opted-out = Le numéro de { $name } a demandé à ne plus recevoir nos textos : nous n'avons pas écrit. Envoyez-lui ce lien à la place : { $link }
referrals-invite-join-by-sms = { $name } utilise Telegram, que ce programme n'utilise pas. Demandez-lui d'envoyer JOIN { $code } par texto au numéro du programme pour s'inscrire. Cela nous indique que vous l'avez recommandé(e).
referrals-invite-opted-out-by-sms = Le numéro de { $name } a demandé à ne plus recevoir nos textos : nous n'avons pas écrit. Cette personne peut toujours s'inscrire en envoyant JOIN { $code } par texto au numéro du programme.
referrals-invite-no-sms = Ce programme n'envoie pas de textos : nous n'avons donc pas écrit à { $name }. { $link ->
    [none] Demandez-lui d'écrire au programme avec le code { $code }.
   *[other] Envoyez-lui ce lien pour s'inscrire; il nous dira que vous l'avez recommandé : { $link }
}
referrals-invite-sent = Nous avons envoyé un texto à { $name } pour l'inviter. Nous préviendrons le nouvel arrivant quand cette personne s'inscrira.
referrals-invitation = { $connector } vous invite à rencontrer { $minutes } min une personne nouvellement arrivée au Canada ({ $profession }). Répondez JOIN { $code } pour accepter ou NON pour refuser. ARRET pour vous désabonner.
referrals-joined = { $name } ({ $profession }) s'est inscrit(e) au programme. Vous pouvez lui demander un moment dès maintenant.
referrals-invite-ended = { $how ->
    [declined] { $name } a décliné l'invitation au programme. Vos autres contacts restent valables.
   *[other] { $name } n'a pas répondu à l'invitation au programme en deux semaines; elle a pris fin. Vos autres contacts restent valables.
}
referrals-invite-declined = Merci de votre réponse. Nous ne vous écrirons plus au sujet de cette invitation.
referrals-held-recorded = { $by ->
        [coordinator] La coordination a noté votre rencontre avec { $mentee } du { $when } comme tenue.
       *[newcomer] { $mentee } nous a confirmé votre rencontre du { $when }; elle est donc notée comme tenue.
    } Pourriez-vous donner à { $mentee } trois contacts de votre réseau?
referrals-outside-check = Il y a une semaine, on vous a donné { $name } comme contact. L'avez-vous joint(e)?
referrals-outside-met = Oui, on s'est vus
referrals-outside-contacted = Je l'ai contacté(e)
referrals-outside-not = Pas encore
referrals-outside-thanks-met = Merveilleux! Merci de nous parler de { $name }.
referrals-outside-thanks-contacted = Bien. Nous espérons que vous rencontrerez { $name } sous peu.
referrals-outside-thanks-not = Pas de souci. Les coordonnées de { $name } sont dans un message précédent.
referrals-menu-network = Mon réseau
referrals-menu-referred = Personnes recommandées
referrals-network-empty = { $met ->
        [0] Vous n'avez encore rencontré personne.
        [1] Vous avez rencontré une personne jusqu'ici.
       *[other] Vous avez rencontré { $met } personnes jusqu'ici.
    } Personne ne vous a encore été recommandé : après chaque rencontre, la personne rencontrée peut vous en proposer trois autres.
referrals-network = Votre réseau : { $met ->
        [0] vous n'avez encore rencontré personne.
        [1] vous avez rencontré une personne.
       *[other] vous avez rencontré { $met } personnes.
    } Vos contacts (choisissez-en un pour la suite) :
referrals-network-item = { $name } : { $status }
referrals-given-empty = Vous n'avez encore recommandé personne.
referrals-given = Personnes que vous avez recommandées (choisissez-en une) :
referrals-given-item = { $name } pour { $mentee } : { $status }
referrals-show = { $name }, recommandé(e) par { $connector } le { $when } : { $status }.
referrals-show-given = { $name }, recommandé(e) à { $mentee } le { $when } : { $status }.
referrals-outside-next = Avez-vous joint { $name }?
referrals-status-suggested = à contacter
referrals-status-invited = invité(e)
referrals-status-joined = inscrit(e), à contacter
referrals-status-requested = moment demandé
referrals-status-met = rencontré(e)
referrals-status-declined = refusé
referrals-status-expired = expiré
referrals-status-given = à contacter
referrals-status-contacted = contacté(e)
referrals-chain = { $channel ->
    [sms] { $name } : générations { $generations }, personnes { $people }, rencontres tenues { $meetings }, emplois { $jobs }.
   *[other] Chaîne de { $name } : générations { $generations }, personnes { $people }, rencontres tenues { $meetings }, emplois { $jobs }.
        { $tree }
        ✓ rencontré ou tenue, … en attente, ✉ invité, ☎ contacté, ✗ refusé ou annulé, ↗ contact hors programme, ★ a mené à un emploi
    }
referrals-chain-usage = Tapez chaine et un numéro de participant, par exemple : chaine 12
referrals-chain-unknown = Personne n'a le numéro { $id }.
referrals-chain-about = Le réseau de contacts d'un nouvel arrivant
referrals-menu-job = J'ai trouvé un emploi
referrals-job-role = Félicitations! Quel est le poste? Par exemple : ingénieure civile junior.
referrals-job-role-invalid = Tapez le titre du poste (2 à 80 caractères).
referrals-job-role-help = Le titre du poste, comme dans l'offre.
referrals-job-field = Est-ce dans votre domaine?
referrals-job-field-yes = Oui, dans mon domaine
referrals-job-field-related = Dans un domaine connexe
referrals-job-field-no = Dans un autre domaine
referrals-job-field-invalid = Choisissez une des options.
referrals-job-field-help = Votre domaine est le travail que vous faisiez avant d'arriver au Canada.
referrals-job-start = Quand commencez-vous? Choisissez, ou tapez le mois, par exemple : 03/2027.
referrals-job-this-month = Ce mois-ci
referrals-job-next-month = Le mois prochain
referrals-job-start-invalid = Tapez le mois et l'année, par exemple : 03/2027.
referrals-job-start-help = Le mois où vous commencez, ou avez commencé, cet emploi.
referrals-job-helped = Quelle personne de votre réseau vous a le plus aidé(e) à l'obtenir?
referrals-job-person = { $name }
referrals-job-nobody = Personne en particulier
referrals-job-helped-invalid = Choisissez une personne de la liste, ou "Personne en particulier".
referrals-job-helped-help = La personne rencontrée ou recommandée qui vous a aidé(e) à obtenir cet emploi.
referrals-job-thanks = Merci, et félicitations! Cela aide le programme à montrer ce qui fonctionne.
referrals-picture-title = Le réseau de { $name }, de rencontre en rencontre
referrals-picture-met = rencontré
referrals-picture-waiting = en attente
referrals-picture-ended = terminé
referrals-numbers = Depuis le début : contacts par rencontre tenue : { $per }. Contacts devenus rencontres : { $share } %. Plus long parcours (générations) : { $deepest }. Contacts menant au plus de rencontres/emplois : { $leaders }
referrals-period = { $channel ->
    [sms] Contacts : proposés { $made } ({ $made_before }), suivis { $followed } ({ $followed_before }), rencontrés { $met } ({ $met_before }).
   *[other] Contacts proposés : { $made } ({ $made_before })
        Suivis par la personne nouvellement arrivée : { $followed } ({ $followed_before })
        Devenus une rencontre : { $met } ({ $met_before })
}
referrals-jobs-period = { $channel ->
    [sms] Emplois déclarés : dans le domaine { $field } ({ $field_before }), domaine connexe { $related } ({ $related_before }), autres { $other } ({ $other_before }).
   *[other] Emplois déclarés dans le domaine : { $field } ({ $field_before })
        Dans un domaine connexe : { $related } ({ $related_before })
        Autres emplois : { $other } ({ $other_before })
}
referrals-chart-funnel = Contacts proposés pendant la période, et ce qu'ils sont devenus
referrals-funnel-made = Proposés
referrals-funnel-followed = Suivis
referrals-funnel-met = Rencontrés
referrals-col-made = proposé le
referrals-col-meeting = rencontre
referrals-col-kind = type
referrals-col-became = rencontre obtenue
referrals-col-person = personne recommandée
referrals-col-contact = coordonnées
referrals-col-reported = déclaré le
referrals-col-job = emploi
referrals-col-in-field = dans le domaine
referrals-col-start = mois de début
referrals-col-referral = recommandation
