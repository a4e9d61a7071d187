role-mentee = Personne nouvellement arrivée
role-connector = Connecteur (professionnel)
role-coordinator = Coordination
role-mentor = Mentor ou mentore
role-agency = Organisme référent
