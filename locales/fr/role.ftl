role-mentee = Personne nouvellement arrivée
role-connector = Connecteur (professionnel)
role-coordinator = Coordination
