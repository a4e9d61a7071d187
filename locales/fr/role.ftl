role-mentee = Personne nouvellement arrivée
role-connector = Connecteur ou connectrice
role-coordinator = Coordination
role-mentor = Mentor ou mentore
role-agency = Organisme référent
